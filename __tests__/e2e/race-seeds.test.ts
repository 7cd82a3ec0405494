/**
 * End to end, seeded: two applies with different IDs run at once through dist/, every IAM call of
 * each delayed at random (seeded, so a failing seed can be replayed). Whoever wins, after both
 * runs every role's fingerprint tag names an ID its trust policy requires (and a role without a tag
 * is as it was), a run that reports `changed` is what IAM holds unless the other run changed the
 * roles after it finished, every other run fails, and no ID leaks.
 */
import { describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seededRandom } from '../../emulator/seeded-random.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { TAG_FINGERPRINT } from '../../src/domain/tags.js'
import { externalIdsOf, runAction, secretLeaks, type ActionRun } from './harness.js'

const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1)
const IDS = { A: 'race-a-external-id-Hq4Wz1', B: 'race-b-external-id-Tn7Xc6' } as const
const A_PRINCIPAL = 'arn:aws:sts::111122223333:assumed-role/automation/emulator'
const B_PRINCIPAL = 'arn:aws:sts::111122223333:assumed-role/automation-b/emulator'
const RACED_ACTIONS = ['GetRole', 'UpdateAssumeRolePolicy', 'TagRole', 'UntagRole']
/** Latency steps a call may draw; several can add up. */
const JITTER_MS = [15, 40, 90]

const inputs = (externalId: string) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'cc1',
  'external-id': externalId,
  mode: 'apply',
  // A run that waits for a state another run overwrote gives up soon.
  'verify-timeout': '4'
})

/** Every IAM call of both runs draws its own delay from the seed. */
function addJitter(emulators: Emulators, seed: number): void {
  let rule = 0
  for (const principal of [A_PRINCIPAL, B_PRINCIPAL]) {
    for (const action of RACED_ACTIONS) {
      for (const latencyMs of JITTER_MS) {
        emulators.aws.addFault({ action, principal, latencyMs, probability: 0.4, seed: seed * 1000 + rule++ })
      }
    }
  }
}

function runB(emulators: Emulators): Promise<ActionRun> {
  const credentials = emulators.aws.credentialsFor('arn:aws:iam::111122223333:role/automation-b')
  return runAction(emulators, inputs(IDS.B), {
    env: {
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken ?? ''
    }
  })
}

/** Each role: the IDs its policy requires, and the ID its fingerprint tag names (null: none). */
function heldState(
  emulators: Emulators,
  names: readonly string[]
): Array<{ name: string; ids: string[]; tagged: string | null }> {
  const byFingerprint = new Map(Object.values(IDS).map((id) => [fingerprint(id), id]))
  return names.map((name) => {
    const tag = emulators.aws.roleTags(name)[TAG_FINGERPRINT]
    return {
      name,
      ids: externalIdsOf(emulators.aws.trustPolicy(name))[0] ?? [],
      tagged: tag === undefined ? null : (byFingerprint.get(tag) ?? `unknown ${tag}`)
    }
  })
}

describe('two applies racing, seeded jitter', () => {
  // Each seed has emulators of its own, so that seeds run side by side: the runs mostly wait on latency.
  it.concurrent.each(SEEDS)(
    'seed %i: tags agree with policies, and success is what IAM holds',
    async (seed) => {
      const emulators = await startEmulators()
      try {
        const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['cc1'])
        addJitter(emulators, seed)
        const startB = Math.floor(seededRandom(seed)() * 300)
        const runningA = runAction(emulators, inputs(IDS.A))
        await new Promise((resolve) => setTimeout(resolve, startB))
        const [a, b] = await Promise.all([runningA, runB(emulators)])
        checkRace(heldState(emulators, names), { A: a, B: b })
        expect(secretLeaks(emulators, [a, b], Object.values(IDS))).toEqual([])
      } finally {
        await emulators.stop()
      }
    }
  )
})

type Held = ReturnType<typeof heldState>

function checkRace(held: Held, runs: Record<'A' | 'B', ActionRun>): void {
  for (const role of held) {
    // The tag names an ID the policy requires; no tag only on a role still as it was.
    if (role.tagged === null) expect(role.ids).toEqual([])
    else expect(role.ids).toContain(role.tagged)
  }
  const succeeded = (['A', 'B'] as const).filter((label) => runs[label].outputs.result === 'changed')
  for (const label of ['A', 'B'] as const) {
    const run = runs[label]
    expect(['changed', 'conflict', 'rolled-back']).toContain(run.outputs.result)
    if (run.outputs.result !== 'changed') expect(run.exitCode).toBe(1)
  }
  // One success: IAM holds it everywhere. Two: one finished before the other wrote; the last holds.
  if (succeeded.length > 0) {
    const holders = succeeded.filter((label) =>
      held.every((role) => role.tagged === IDS[label] && role.ids.join() === IDS[label])
    )
    expect(holders.length).toBeGreaterThan(0)
  }
}
