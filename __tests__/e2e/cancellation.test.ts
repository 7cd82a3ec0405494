/**
 * End to end: a cancelled or killed apply leaves every role with the complete new trust policy or
 * exactly its original. The runner's cancellation (SIGINT or SIGTERM) at every write position and
 * during the canary, a SIGKILL followed by the post step as the runner runs it (STATE_* variables),
 * and the post step after a main step that finished.
 */
import { describe, expect, it } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount, templateTrustPolicy } from '../../emulator/seed.js'
import { mapBounded } from '../../src/aws/bounded.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { TAG_FINGERPRINT } from '../../src/domain/tags.js'
import { CANARY_SID } from '../../src/policy/canary.js'
import {
  externalIdsOf,
  runAction,
  runPostStep,
  secretLeaks,
  waitFor,
  type ActionRun,
  type RunOptions
} from './harness.js'

const ID = 'cancel-external-id-Zr81Lq'
const INPUTS = {
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': ID,
  mode: 'apply',
  verify: 'simulate'
}
/** The runner sends SIGTERM about 7.5 s after SIGINT: a cancelled step must be done by then. */
const GRACE_MS = 7_000

type RoleState = 'original' | 'new' | 'other'

interface Seeded {
  emulators: Emulators
  names: string[]
  policies: Record<string, string>
  tags: Record<string, Record<string, string>>
}

/**
 * Four roles whose writes land one after another (300 ms apart), and read-backs that take 300 ms:
 * a signal after the k-th logged write finds k roles written and the others in flight.
 */
async function seeded(): Promise<Seeded> {
  const emulators = await startEmulators()
  const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
  names.forEach((roleName, index) => {
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName,
      latencyMs: 300 * (index + 1),
      times: 1
    })
    emulators.aws.addFault({ action: 'GetRole', roleName, nth: 2, times: 1, latencyMs: 300 })
  })
  return {
    emulators,
    names,
    policies: Object.fromEntries(names.map((name) => [name, emulators.aws.trustPolicy(name)])),
    tags: Object.fromEntries(names.map((name) => [name, emulators.aws.roleTags(name)]))
  }
}

/** What a role holds now: its exact original (policy and tags), the complete new policy, or neither. */
function stateOf(seed: Seeded, name: string): RoleState {
  const stored = seed.emulators.aws.trustPolicy(name)
  const tags = seed.emulators.aws.roleTags(name)
  if (stored === seed.policies[name] && isDeepStrictEqual(tags, seed.tags[name])) return 'original'
  const onlyTheNewId = isDeepStrictEqual(externalIdsOf(stored), [[ID], null])
  if (onlyTheNewId && !stored.includes(CANARY_SID) && tags[TAG_FINGERPRINT] === fingerprint(ID)) return 'new'
  return 'other'
}

const writesLogged = (emulators: Emulators) =>
  emulators.aws.log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy' && entry.status === 200)
    .length

const afterWrites = (emulators: Emulators, k: number, signal: NodeJS.Signals): RunOptions['interrupt'] => ({
  signal,
  when: () => writesLogged(emulators) >= k
})

interface Observed {
  label: string
  states: RoleState[]
  run: ActionRun
  /** UpdateAssumeRolePolicy calls the emulator answered. */
  writes: number
  problems: string[]
}

/** Runs one case and collects every broken rule (never throws for one). */
async function cancelCase(
  label: string,
  signal: NodeJS.Signals,
  k: number,
  inputs: Record<string, string> = INPUTS
): Promise<Observed> {
  const seed = await seeded()
  const { emulators } = seed
  try {
    const run = await runAction(emulators, inputs, {
      interrupt: afterWrites(emulators, k, signal),
      timeoutMs: 60_000
    })
    // Whatever was in flight when the step exited has landed by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const states = seed.names.map((name) => stateOf(seed, name))
    const problems: string[] = []
    const distinct = [...new Set(states)]
    if (distinct.length !== 1 || distinct[0] === 'other') problems.push(`roles: ${states.join(', ')}`)
    if (run.signalledAt === null) problems.push('the signal was never sent')
    else if (run.exitedAt - run.signalledAt > GRACE_MS)
      problems.push(`exited ${run.exitedAt - run.signalledAt} ms after ${signal}`)
    if (run.exitCode === 0 || run.exitCode === null) problems.push(`exit code ${run.exitCode}`)
    const expected = distinct[0] === 'new' ? 'changed' : 'rolled-back'
    if (run.outputs.result !== expected)
      problems.push(`result ${run.outputs.result} for roles ${distinct[0]}`)
    const changedRoles = JSON.parse(run.outputs['changed-roles'] ?? 'null') as string[] | null
    if ((changedRoles?.length ?? -1) !== (distinct[0] === 'new' ? seed.names.length : 0))
      problems.push(`changed-roles ${run.outputs['changed-roles']}`)
    if (!run.stdout.includes(`${signal} received: the job is being cancelled`))
      problems.push('signal not logged')
    for (const place of secretLeaks(emulators, [run], [ID])) problems.push(`external ID shown in ${place}`)
    return {
      label,
      states,
      run,
      writes: writesLogged(emulators),
      problems: problems.map((problem) => `${label}: ${problem}`)
    }
  } finally {
    await emulators.stop()
  }
}

describe('cancellation (SIGINT, SIGTERM)', () => {
  const cases = (['SIGINT', 'SIGTERM'] as const).flatMap((signal) => [1, 2, 3, 4].map((k) => ({ signal, k })))
  let observed: Observed[] = []

  it('at every write position of a 4-role apply: all roles original (or all new), outputs say which, exit non-zero, within the grace', async () => {
    observed = await mapBounded(cases, 2, ({ signal, k }) =>
      cancelCase(`${signal} after write ${k}`, signal, k)
    )
    for (const item of observed)
      console.log(
        `${item.label}: ${item.run.outputs.result}, exit ${item.run.exitCode} ${(item.run.exitedAt - (item.run.signalledAt ?? 0)).toString()} ms after the signal, roles ${item.states.join(' ')}`
      )
    expect(observed.flatMap((item) => item.problems)).toEqual([])
    // The restore is logged step by step.
    const first = observed[0]?.run.stdout ?? ''
    expect(first).toContain('SIGINT: sending no new write; waiting for the writes in flight')
    expect(first).toContain('Restoring every role this run touched')
    expect(first).toMatch(/SCVProvisioningRole: restored/)
  }, 180_000)

  it('during the canary of verify: assume: the canary is gone, every role original, and no write is sent after the signal', async () => {
    const results = await mapBounded(['SIGINT', 'SIGTERM'] as const, 2, (signal) =>
      cancelCase(`${signal} during the canary`, signal, 6, { ...INPUTS, verify: 'assume' })
    )
    for (const item of results)
      console.log(
        `${item.label}: ${item.run.outputs.result}, exit ${item.run.exitCode} ${(item.run.exitedAt - (item.run.signalledAt ?? 0)).toString()} ms after the signal, roles ${item.states.join(' ')}`
      )
    expect(results.flatMap((item) => item.problems)).toEqual([])
    for (const item of results) {
      expect(item.states).toEqual(['original', 'original', 'original', 'original'])
      // 4 writes of the change, 4 canary writes already in flight, 4 restores: no canary removal sent.
      expect(item.writes).toBe(12)
      expect(item.run.stdout).not.toContain('Verified 4 roles with a real sts:AssumeRole')
    }
  }, 120_000)
})

describe('a signal while the roles are read (before any write)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s: the step stops at once, sends no write, leaves every role as it was, and the post step has nothing to do',
    async (signal) => {
      const seed = await seeded()
      const { emulators } = seed
      try {
        // Slow reads: the signal lands while they are in flight, before main has planned anything.
        emulators.aws.addFault({ action: 'GetRole', latencyMs: 3_000 })
        const main = await runAction(emulators, INPUTS, {
          interrupt: {
            signal,
            when: () => emulators.aws.log.some((entry) => entry.action === 'GetCallerIdentity')
          },
          timeoutMs: 30_000
        })
        await new Promise((resolve) => setTimeout(resolve, 3_500))

        expect(main.signalledAt).not.toBeNull()
        expect(main.exitCode).not.toBe(0)
        // It did not wait for the reads to come back.
        expect(main.exitedAt - (main.signalledAt ?? 0)).toBeLessThan(2_000)
        expect(
          emulators.aws.log.filter((entry) => ['UpdateAssumeRolePolicy', 'TagRole'].includes(entry.action))
        ).toEqual([])
        expect(seed.names.map((name) => stateOf(seed, name))).toEqual([
          'original',
          'original',
          'original',
          'original'
        ])
        expect(secretLeaks(emulators, [main], [ID])).toEqual([])

        const post = await runPostStep(main)
        expect(post.exitCode).toBe(0)
        expect(post.stdout).toContain('nothing to restore')
        expect(emulators.aws.log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy')).toEqual([])
      } finally {
        await emulators.stop()
      }
    },
    30_000
  )
})

describe('a signal once the change is verified, while the audit still lists the account', () => {
  it('the step does not wait for the ListRoles pages: it exits at once, every role all new or all original', async () => {
    const seed = await seeded()
    const { emulators } = seed
    try {
      // audit: warn: the change goes ahead without the audit, whose only page takes 8 s.
      emulators.aws.addFault({ action: 'ListRoles', latencyMs: 8_000 })
      const readBacks = () =>
        emulators.aws.log.filter((entry) => entry.action === 'GetRole' && entry.status === 200).length
      const main = await runAction(emulators, INPUTS, {
        interrupt: { signal: 'SIGINT', when: () => readBacks() >= 2 * seed.names.length },
        timeoutMs: 30_000
      })

      expect(main.signalledAt).not.toBeNull()
      expect(main.exitCode).toBe(1)
      expect(main.exitedAt - (main.signalledAt ?? 0)).toBeLessThan(2_000)
      expect(emulators.aws.log.filter((entry) => entry.action === 'ListRoles')).toEqual([])
      const states = new Set(seed.names.map((name) => stateOf(seed, name)))
      expect([['new'], ['original']]).toContainEqual([...states])
      expect(secretLeaks(emulators, [main], [ID])).toEqual([])
    } finally {
      await emulators.stop()
    }
  }, 30_000)
})

describe('SIGKILL, then the post step', () => {
  it('restores every role the killed step wrote, from the journal named in STATE_journal', async () => {
    const seed = await seeded()
    const { emulators, names } = seed
    try {
      const main = await runAction(emulators, INPUTS, { interrupt: afterWrites(emulators, 2, 'SIGKILL') })
      expect(main.exitCode).toBeNull()
      expect(main.outputs.result).toBeUndefined()
      // The writes in flight at the kill land anyway (their tags follow only a confirmed policy).
      await waitFor(() => writesLogged(emulators) >= 4)
      expect(names.some((name) => externalIdsOf(emulators.aws.trustPolicy(name))[0]?.includes(ID))).toBe(true)
      expect(Object.keys(main.state).sort()).toEqual(['journal'])

      const post = await runPostStep(main)

      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain('The main step did not finish: restoring')
      expect(names.map((name) => stateOf(seed, name))).toEqual([
        'original',
        'original',
        'original',
        'original'
      ])
      for (const name of names) expect(post.stdout).toContain(`${name}: restored`)
      expect(secretLeaks(emulators, [main, post], [ID])).toEqual([])
      expect(post.stdout).toContain(`::add-mask::${ID}`)
    } finally {
      await emulators.stop()
    }
  })

  it('leaves a role another writer changed after the kill, and restores the others', async () => {
    const seed = await seeded()
    const { emulators, names } = seed
    try {
      const main = await runAction(emulators, INPUTS, { interrupt: afterWrites(emulators, 4, 'SIGKILL') })
      await waitFor(() => writesLogged(emulators) >= 4)
      const [changedByOthers, ...rest] = names as [string, ...string[]]
      const theirs = templateTrustPolicy([
        {
          Sid: 'AddedByAnAdmin',
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole'
        }
      ])
      emulators.aws.setTrustPolicy(changedByOthers, theirs)

      const post = await runPostStep(main)

      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain(
        `${changedByOthers}: changed by another writer after this run's write; left as is`
      )
      expect(JSON.parse(emulators.aws.trustPolicy(changedByOthers))).toEqual(theirs)
      expect(rest.map((name) => stateOf(seed, name))).toEqual(['original', 'original', 'original'])
    } finally {
      await emulators.stop()
    }
  })

  it('during the canary: every role restored, the canary gone', async () => {
    const seed = await seeded()
    const { emulators, names } = seed
    try {
      const main = await runAction(
        emulators,
        { ...INPUTS, verify: 'assume' },
        { interrupt: afterWrites(emulators, 6, 'SIGKILL') }
      )
      await waitFor(() => writesLogged(emulators) >= 8)
      expect(names.some((name) => emulators.aws.trustPolicy(name).includes(CANARY_SID))).toBe(true)

      const post = await runPostStep(main)

      expect(post.exitCode).toBe(0)
      for (const name of names) expect(emulators.aws.trustPolicy(name)).not.toContain(CANARY_SID)
      expect(names.map((name) => stateOf(seed, name))).toEqual([
        'original',
        'original',
        'original',
        'original'
      ])
    } finally {
      await emulators.stop()
    }
  })

  it('does nothing after a main step that finished, and says so in one line', async () => {
    const seed = await seeded()
    const { emulators, names } = seed
    try {
      const main = await runAction(emulators, INPUTS)
      expect(main.outputs.result).toBe('changed')
      expect(main.state.finished).toBe('true')
      const calls = emulators.aws.log.length

      const post = await runPostStep(main)

      expect(post.exitCode).toBe(0)
      expect(post.stdout.trim()).toBe('The main step finished: nothing to restore.')
      expect(emulators.aws.log.length).toBe(calls)
      expect(names.map((name) => stateOf(seed, name))).toEqual(['new', 'new', 'new', 'new'])
    } finally {
      await emulators.stop()
    }
  })
})
