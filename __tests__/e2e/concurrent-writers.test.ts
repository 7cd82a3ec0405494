/**
 * End to end: two applies with different IDs interleaved by the emulator's latency rules, a restore
 * that IAM refuses, and a canary statement left behind by an interrupted run. No role ends without
 * a condition unless a run intended it, no run reports success for a state IAM does not hold, the
 * loser's rollback never overwrites the winner, and the outputs say what IAM holds.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import type { FaultRule } from '../../emulator/aws/server.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { TAG_FINGERPRINT } from '../../src/domain/tags.js'
import { CANARY_SID } from '../../src/policy/canary.js'
import {
  allComments,
  externalIdsOf,
  pullRequestEvent,
  runAction,
  secretLeaks,
  waitFor,
  type ActionRun
} from './harness.js'

const ID_A = 'run-a-external-id-Ps2Vn7'
const ID_B = 'run-b-external-id-Kw9Qe4'
const inputs = (externalId: string, overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': externalId,
  mode: 'apply',
  ...overrides
})

let emulators: Emulators
let names: string[]
beforeEach(async () => {
  emulators = await startEmulators()
  names = seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
})
afterEach(async () => {
  await emulators.stop()
})

/** Run A signs as the default automation role; run B with credentials of a role of its own. */
const A_PRINCIPAL = 'arn:aws:sts::111122223333:assumed-role/automation/emulator'
const B_PRINCIPAL = 'arn:aws:sts::111122223333:assumed-role/automation-b/emulator'
function runB(externalId: string) {
  const credentials = emulators.aws.credentialsFor('arn:aws:iam::111122223333:role/automation-b')
  return runAction(emulators, inputs(externalId), {
    env: {
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken ?? ''
    }
  })
}

const writesBy = (principal: string) =>
  emulators.aws.log.filter(
    (entry) =>
      entry.action === 'UpdateAssumeRolePolicy' && entry.principal === principal && entry.status === 200
  ).length

/** The IDs each role requires at the end (null: no condition), by role. */
const finalIds = () => names.map((name) => externalIdsOf(emulators.aws.trustPolicy(name))[0])

/** The rules of the issue, checked on both runs and on what IAM holds at the end. */
function checkRace(runs: Record<'A' | 'B', ActionRun>, ids: Record<'A' | 'B', string>) {
  const held = finalIds()
  // No role ends without a condition: neither run meant to remove it.
  expect(held.every((value) => value !== null && value !== undefined)).toBe(true)
  for (const [label, run] of Object.entries(runs) as Array<['A' | 'B', ActionRun]>) {
    const id = ids[label]
    if (run.outputs.result === 'changed') {
      // A run reporting success: IAM holds its ID on every role, and its fingerprint tags.
      expect(held).toEqual(names.map(() => [id]))
      for (const name of names) expect(emulators.aws.roleTags(name)[TAG_FINGERPRINT]).toBe(fingerprint(id))
    } else {
      expect(run.exitCode).toBe(1)
      // changed-roles: what IAM holds differently from this run's start (the other run's change).
      expect(JSON.parse(run.outputs['changed-roles'] ?? '[]')).toHaveLength(names.length)
    }
  }
  expect(secretLeaks(emulators, [runs.A, runs.B], [ID_A, ID_B])).toEqual([])
}

describe('two applies at once', () => {
  it('A writes first, B overwrites: A reports conflict and leaves B’s change; B succeeds', async () => {
    // A's read-back waits long enough for B to read, write and verify in between.
    emulators.aws.addFault({ action: 'GetRole', principal: A_PRINCIPAL, nth: 5, times: 4, latencyMs: 5_000 })
    const runningA = runAction(emulators, inputs(ID_A))
    await waitFor(() => writesBy(A_PRINCIPAL) === 4)
    const b = await runB(ID_B)
    const a = await runningA

    expect(b.outputs.result).toBe('changed')
    expect(a.outputs.result).toBe('conflict')
    expect(a.stdout).toContain("changed by another writer after this run's write")
    expect(writesBy(A_PRINCIPAL)).toBe(4)
    expect(finalIds()).toEqual(names.map(() => [ID_B]))
    checkRace({ A: a, B: b }, { A: ID_A, B: ID_B })
  })

  it('B writes first, A overwrites: B reports conflict and leaves A’s change; A succeeds', async () => {
    // Both read the original; B's writes land first, A's a little later; B reads back after both.
    const slow = (principal: string, action: string, latencyMs: number, extra: Partial<FaultRule> = {}) =>
      emulators.aws.addFault({ action, principal, latencyMs, ...extra })
    slow(B_PRINCIPAL, 'UpdateAssumeRolePolicy', 1_000, { times: 4 })
    slow(B_PRINCIPAL, 'TagRole', 1_000, { times: 4 })
    slow(A_PRINCIPAL, 'UpdateAssumeRolePolicy', 3_000, { times: 4 })
    slow(A_PRINCIPAL, 'TagRole', 3_000, { times: 4 })
    slow(B_PRINCIPAL, 'GetRole', 5_000, { nth: 5, times: 4 })
    const [a, b] = await Promise.all([runAction(emulators, inputs(ID_A)), runB(ID_B)])

    expect(a.outputs.result).toBe('changed')
    expect(b.outputs.result).toBe('conflict')
    expect(finalIds()).toEqual(names.map(() => [ID_A]))
    checkRace({ A: a, B: b }, { A: ID_A, B: ID_B })
  })

  it('A verifies while B writes: A sees B’s change on some roles, reports conflict, and its rollback overwrites none', async () => {
    // Two of A's read-backs answer at once (A's change), two only after B has written.
    emulators.aws.addFault({ action: 'GetRole', principal: A_PRINCIPAL, nth: 7, times: 2, latencyMs: 5_000 })
    const runningA = runAction(emulators, inputs(ID_A))
    await waitFor(() => writesBy(A_PRINCIPAL) === 4)
    const b = await runB(ID_B)
    const a = await runningA

    expect(b.outputs.result).toBe('changed')
    expect(a.outputs.result).toBe('conflict')
    // A never wrote again after B's change: no restore reached IAM.
    expect(writesBy(A_PRINCIPAL)).toBe(4)
    expect(finalIds()).toEqual(names.map(() => [ID_B]))
    checkRace({ A: a, B: b }, { A: ID_A, B: ID_B })
  })
})

describe('a restore that IAM refuses', () => {
  it('ends with result rollback-failed and changed-roles naming exactly the roles left changed', async () => {
    const arn = (name: string) => `arn:aws:iam::${emulators.aws.accountId}:role/${name}`
    const before = Object.fromEntries(names.map((name) => [name, emulators.aws.trustPolicy(name)]))
    const [first, second, third] = names as [string, string, string, string]
    // The first role's tags are refused: the apply fails after its policy writes.
    emulators.aws.addFault({
      action: 'TagRole',
      roleName: first,
      error: { code: 'AccessDenied', status: 403 }
    })
    // Every restore of two roles is refused (each role's second policy write is its restore).
    for (const roleName of [second, third])
      emulators.aws.addFault({
        action: 'UpdateAssumeRolePolicy',
        roleName,
        nth: 2,
        times: 100,
        error: {
          code: 'AccessDenied',
          status: 403,
          message: 'not authorized to perform: iam:UpdateAssumeRolePolicy'
        }
      })
    const run = await runAction(emulators, inputs(ID_A), { event: pullRequestEvent() })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rollback-failed')
    expect(JSON.parse(run.outputs['changed-roles'] ?? '[]').sort()).toEqual([arn(second), arn(third)].sort())
    for (const name of names) {
      const leftChanged = name === second || name === third
      expect(externalIdsOf(emulators.aws.trustPolicy(name))[0]).toEqual(leftChanged ? [ID_A] : null)
      if (!leftChanged) expect(emulators.aws.trustPolicy(name)).toBe(before[name])
    }
    const roles = JSON.parse(run.outputs.roles ?? '[]') as Array<{ arn: string; change: string }>
    expect(
      roles
        .filter((role) => role.change !== 'unchanged')
        .map((role) => role.arn)
        .sort()
    ).toEqual([arn(second), arn(third)].sort())
    expect(run.stdout).toContain(`${second} could NOT be restored`)
    expect(allComments(emulators)[0]?.body).toContain('Rollback failed: 2 roles not restored')
    expect(secretLeaks(emulators, [run], [ID_A])).toEqual([])
  })
})

describe('a canary left behind by an interrupted run', () => {
  const LEFTOVER_ID = 'leftover-canary-id-Yt5Mc2'
  const canaryStatement = {
    Sid: CANARY_SID,
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:role/automation' },
    Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'sts:ExternalId': LEFTOVER_ID } }
  }

  it('check reports it as drift leftover-canary; plan shows it; apply removes it; its ID shows nowhere', async () => {
    const [role] = names as [string]
    const first = await runAction(emulators, inputs(ID_A))
    expect(first.outputs.result).toBe('changed')
    const applied = JSON.parse(emulators.aws.trustPolicy(role)) as { Statement: object[] }
    emulators.aws.setTrustPolicy(role, { ...applied, Statement: [...applied.Statement, canaryStatement] })

    const check = await runAction(emulators, inputs(ID_A, { mode: 'check' }))
    expect(check.outputs.result).toBe('drift')
    expect(check.stdout).toContain('Drift (leftover-canary)')
    const plan = await runAction(emulators, inputs(ID_A, { mode: 'plan' }), { event: pullRequestEvent() })
    expect(plan.outputs.result).toBe('planned')
    expect(allComments(emulators)[0]?.body).toContain(CANARY_SID)
    const apply = await runAction(emulators, inputs(ID_A))
    expect(apply.outputs.result).toBe('changed')
    expect(emulators.aws.trustPolicy(role)).not.toContain(CANARY_SID)
    expect(externalIdsOf(emulators.aws.trustPolicy(role))).toEqual([[ID_A], null])
    expect(secretLeaks(emulators, [first, check, plan, apply], [ID_A, LEFTOVER_ID])).toEqual([])
  })
})
