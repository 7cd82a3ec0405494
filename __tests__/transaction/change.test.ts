import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { GetRoleCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { existsSync, readFileSync } from 'node:fs'
import { change, type RolesRead, type RunControl } from '../../src/transaction/change.js'
import type { PlanOptions } from '../../src/domain/plan.js'
import type { Settings } from '../../src/domain/settings.js'
import type { StoredRole } from '../../src/aws/roles.js'
import { installLogSink } from '../../src/report/log.js'
import {
  ACCOUNT,
  CREDENTIALS,
  NEW_ID,
  ORIGINAL_POLICY,
  awsError,
  fakeIam,
  journalFile,
  policyRequiring,
  roleNamesOf,
  target
} from '../aws/iam-fake.js'

installLogSink({ info: () => undefined, debug: () => undefined })

const A = target('Acme-SCVS3Role', 'SCVS3Role')
const B = target('Acme-ConnectCallRole', 'InstanceRecordingRole')
const OLD_JSON = JSON.stringify(ORIGINAL_POLICY)
const scope = { salesforceAccountIds: ['793525387755'] }
const APPLY: PlanOptions = {
  mode: 'apply',
  rotation: 'replace',
  externalIds: { kind: 'single', id: NEW_ID },
  scope,
  maxPolicySize: 2048,
  now: new Date('2026-01-01T00:00:00Z')
}
const SETTINGS = {
  mode: 'apply',
  verify: 'simulate',
  verifyTimeoutSeconds: 0,
  maxPolicySize: 2048
} satisfies Partial<Settings>
const settings = (mode: Settings['mode']): Settings => ({ ...(SETTINGS as unknown as Settings), mode })
const identity = { accountId: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`, partition: 'aws' }

/** Two roles of the fake IAM as read at the start of the run. */
function account(json = OLD_JSON) {
  const fake = fakeIam({ [A.roleName]: { json }, [B.roleName]: { json } })
  const stored = [A, B].map((role): StoredRole => ({
    target: role,
    json: OLD_JSON,
    document: ORIGINAL_POLICY,
    tags: {},
    readAt: Date.now()
  }))
  const roles: RolesRead = {
    current: stored.map(({ target: role, document, tags }) => ({ target: role, document, tags })),
    stored
  }
  const aws = {
    clients: { iam: fake.iam, sts: new STSClient({ region: 'us-east-1', credentials: CREDENTIALS }) },
    identity
  }
  return { fake, roles, aws }
}

function control(stop = new AbortController()): RunControl & { writing: jest.Mock } {
  return { journalPath: journalFile(), stop: stop.signal, writing: jest.fn() }
}

const storedPolicy = (fake: ReturnType<typeof fakeIam>, roleName: string) =>
  JSON.parse(fake.state.get(roleName)?.json ?? 'null')

afterEach(() => {
  jest.restoreAllMocks()
})

describe('change', () => {
  it('plans without writing or journalling', async () => {
    const { fake, roles, aws } = account()
    const run = control()
    const outcome = await change(settings('plan'), { ...APPLY, mode: 'plan' }, aws, roles, run)
    expect(outcome.result).toBe('planned')
    expect(outcome.changedRoles).toEqual([A.arn, B.arn])
    expect(outcome.plans.map((plan) => plan.change)).toEqual(['add-condition', 'add-condition'])
    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
    expect(run.writing).not.toHaveBeenCalled()
    expect(existsSync(run.journalPath)).toBe(false)
  })

  it('writes only the tags when the roles already require the ID', async () => {
    const { fake, roles, aws } = account(JSON.stringify(policyRequiring(NEW_ID)))
    const current = roles.current.map((role) => ({ ...role, document: policyRequiring(NEW_ID) }))
    const outcome = await change(settings('apply'), APPLY, aws, { ...roles, current }, control())
    // The fingerprint tags are still to be written: the policy is left as it is.
    expect(outcome.result).toBe('changed')
    expect(outcome.changedRoles).toEqual([])
    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
  })

  it('applies: journals the originals, writes every role, verifies and reports the change', async () => {
    const { fake, roles, aws } = account()
    const run = control()
    const outcome = await change(settings('apply'), APPLY, aws, roles, run)
    expect(outcome).toMatchObject({
      result: 'changed',
      changedRoles: [A.arn, B.arn],
      errors: [],
      backupFile: run.journalPath
    })
    expect(run.writing).toHaveBeenCalledTimes(1)
    expect(storedPolicy(fake, A.roleName)).toEqual(policyRequiring(NEW_ID))
    expect(storedPolicy(fake, B.roleName)).toEqual(policyRequiring(NEW_ID))
    expect(readFileSync(run.journalPath, 'utf8')).toContain(A.roleName)
  })

  it('rolls every written role back when a write fails', async () => {
    const { fake, roles, aws } = account()
    fake.failOnce('UpdateAssumeRolePolicy', B.roleName, awsError('LimitExceeded', 409))
    const outcome = await change(settings('apply'), APPLY, aws, roles, control())
    expect(outcome.result).toBe('rolled-back')
    expect(outcome.changedRoles).toEqual([])
    expect(outcome.errors.join(' ')).toContain('LimitExceeded')
    expect(outcome.errors.join(' ')).not.toContain(NEW_ID)
    expect(storedPolicy(fake, A.roleName)).toEqual(ORIGINAL_POLICY)
    expect(storedPolicy(fake, B.roleName)).toEqual(ORIGINAL_POLICY)
  })

  it("leaves another writer's policy alone and reports a conflict", async () => {
    const { fake, roles, aws } = account()
    const theirs = JSON.stringify(policyRequiring('their-id-0000'))
    // Another writer replaces B's policy right after this run's write.
    fake.mock.on(UpdateAssumeRolePolicyCommand, { RoleName: B.roleName }).callsFake(async () => {
      fake.setPolicy(B.roleName, theirs)
      return {}
    })
    const outcome = await change(settings('apply'), APPLY, aws, roles, control())
    expect(outcome.result).toBe('conflict')
    expect(fake.state.get(B.roleName)?.json).toBe(theirs)
    expect(storedPolicy(fake, A.roleName)).toEqual(ORIGINAL_POLICY)
  })

  it('writes nothing when cancelled before the first write', async () => {
    const { fake, roles, aws } = account()
    const stop = new AbortController()
    stop.abort('SIGTERM')
    const outcome = await change(settings('apply'), APPLY, aws, roles, control(stop))
    expect(outcome.result).toBe('error')
    expect(outcome.errors.join(' ')).toContain('SIGTERM')
    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
    expect(roleNamesOf(fake.mock, GetRoleCommand)).toEqual([])
  })

  it('refuses a trust policy it cannot change safely, and errs on a missing role, writing nothing', async () => {
    const { fake, roles, aws } = account()
    const [first, second] = roles.current
    if (!first || !second) throw new Error('two roles expected')
    const missing = await change(
      settings('apply'),
      APPLY,
      aws,
      { ...roles, current: [first, { ...second, document: null }] },
      control()
    )
    expect(missing.result).toBe('error')
    const tooSmall = await change(settings('apply'), { ...APPLY, maxPolicySize: 10 }, aws, roles, control())
    expect(tooSmall.result).toBe('refused')
    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
  })

  it('warns on disable that Salesforce can assume the roles without an ID again', async () => {
    const { roles, aws } = account()
    const current = roles.current.map((role) => ({ ...role, document: policyRequiring(NEW_ID) }))
    const outcome = await change(
      settings('plan'),
      { ...APPLY, mode: 'disable', externalIds: null },
      aws,
      { ...roles, current },
      control()
    )
    expect(outcome.warnings).toEqual([])
    const disabling = await change(
      settings('disable'),
      { ...APPLY, mode: 'disable', externalIds: null },
      aws,
      { ...roles, current, stored: [] },
      control()
    )
    expect(disabling.warnings.join(' ')).toMatch(/confused-deputy/)
  })
})
