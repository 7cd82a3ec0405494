import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Outcome } from '../src/domain/plan-types.js'
import type { PlanOptions } from '../src/domain/plan.js'
import type { Settings } from '../src/domain/settings.js'
import type { AuditResult } from '../src/domain/audit.js'
import type { RunControl } from '../src/transaction/change.js'
import { ACCOUNT, NEW_ID, ORIGINAL_POLICY, policyRequiring, target } from './aws/iam-fake.js'

const core = {
  info: jest.fn(),
  warning: jest.fn(),
  error: jest.fn(),
  debug: jest.fn(),
  setSecret: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
  saveState: jest.fn(),
  group: jest.fn(async (_name: string, step: () => Promise<unknown>) => step())
}
const change = jest.fn<(...args: [Settings, PlanOptions, unknown, unknown, RunControl]) => Promise<Outcome>>()
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/transaction/change.js', () => ({ change }))
const { main, runMode } = await import('../src/main.js')
const { InputError } = await import('../src/action/inputs.js')
const { Cancellation } = await import('../src/action/cancellation.js')

const A = target('Acme-SCVS3Role', 'SCVS3Role')
const B = target('Acme-ConnectCallRole', 'InstanceRecordingRole')
const OPTIONS: PlanOptions = {
  mode: 'apply',
  rotation: 'replace',
  externalIds: { kind: 'single', id: NEW_ID },
  scope: { salesforceAccountIds: ['793525387755'] },
  maxPolicySize: 2048,
  now: new Date('2026-01-01T00:00:00Z')
}
const settings = (mode: Settings['mode'], audit: Settings['audit'] = 'warn'): Settings =>
  ({
    mode,
    audit,
    rotation: 'replace',
    maxAgeSeconds: null
  }) satisfies Partial<Settings> as unknown as Settings
const read = (...documents: Array<typeof ORIGINAL_POLICY | null>) => ({
  aws: {
    clients: {} as never,
    identity: { accountId: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`, partition: 'aws' }
  },
  roles: {
    current: documents.map((document, index) => ({ target: index === 0 ? A : B, document, tags: {} })),
    stored: []
  }
})
const CHANGED: Outcome = {
  result: 'changed',
  plans: [],
  changedRoles: [A.arn],
  drift: [],
  warnings: [],
  errors: [],
  backupFile: '/tmp/journal.json'
}
const OPEN_ROLE: AuditResult = {
  status: 'done',
  roles: [{ arn: `arn:aws:iam::${ACCOUNT}:role/Other`, roleName: 'Other' }],
  listed: 3
}

let cancellation: InstanceType<typeof Cancellation>
const control = (audit: AuditResult | null = null) => ({ audit, journal: '/tmp/journal.json', cancellation })

beforeEach(() => {
  jest.clearAllMocks()
  change.mockResolvedValue(CHANGED)
  cancellation = new Cancellation()
})

describe('runMode', () => {
  it.each(['plan', 'apply', 'disable'] as const)(
    'hands %s to the change with the run control',
    async (mode) => {
      const options = mode === 'disable' ? { ...OPTIONS, mode, externalIds: null } : { ...OPTIONS, mode }
      const roles = read(ORIGINAL_POLICY, ORIGINAL_POLICY)
      await expect(runMode(settings(mode), options, roles, control())).resolves.toBe(CHANGED)
      const [, givenOptions, aws, given, run] = change.mock.calls[0] ?? []
      expect(givenOptions).toBe(options)
      expect(aws).toBe(roles.aws)
      expect(given).toBe(roles.roles)
      expect(run?.journalPath).toBe('/tmp/journal.json')
      expect(run?.stop).toBe(cancellation.stop)
    }
  )

  it('checks for drift without changing anything, one error annotation per drifting role', async () => {
    const outcome = await runMode(
      settings('check'),
      { ...OPTIONS, mode: 'check' },
      read(policyRequiring(NEW_ID), ORIGINAL_POLICY),
      control()
    )
    expect(change).not.toHaveBeenCalled()
    expect(outcome.result).toBe('drift')
    expect(outcome.drift.map((finding) => finding.role.roleName)).toEqual([B.roleName])
    expect(core.error).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(core.error.mock.calls)).not.toContain(NEW_ID)
  })

  it('finds a check in sync when every role requires exactly the ID', async () => {
    const outcome = await runMode(
      settings('check'),
      { ...OPTIONS, mode: 'check' },
      read(policyRequiring(NEW_ID), policyRequiring(NEW_ID)),
      control()
    )
    expect(outcome).toMatchObject({ result: 'in-sync', drift: [], errors: [] })
    expect(core.error).not.toHaveBeenCalled()
  })

  it('counts roles open outside the run as drift with audit: fail', async () => {
    const outcome = await runMode(
      settings('check', 'fail'),
      { ...OPTIONS, mode: 'check' },
      read(policyRequiring(NEW_ID)),
      control(OPEN_ROLE)
    )
    expect(outcome.result).toBe('drift')
    expect(outcome.drift.map((finding) => finding.role.roleName)).toEqual(['Other'])
  })

  it('refuses a change that audit: fail stops, showing the plan and writing nothing', async () => {
    const outcome = await runMode(
      settings('apply', 'fail'),
      OPTIONS,
      read(ORIGINAL_POLICY),
      control(OPEN_ROLE)
    )
    expect(change).not.toHaveBeenCalled()
    expect(outcome.result).toBe('refused')
    expect(outcome.plans.map((plan) => plan.change)).toEqual(['add-condition'])
    expect(outcome.errors).toEqual([
      expect.stringMatching(/^audit: fail: 1 role outside this run .*\(Other\)/)
    ])
  })

  it('refuses with audit: fail when the audit could not run, and reports it as an error of a check', async () => {
    const unavailable: AuditResult = { status: 'unavailable', reason: 'no iam:ListRoles' }
    const refused = await runMode(
      settings('apply', 'fail'),
      OPTIONS,
      read(ORIGINAL_POLICY),
      control(unavailable)
    )
    expect(refused).toMatchObject({ result: 'refused', errors: ['audit: fail: no iam:ListRoles'] })
    const checked = await runMode(
      settings('check', 'fail'),
      { ...OPTIONS, mode: 'check' },
      read(policyRequiring(NEW_ID)),
      control(unavailable)
    )
    expect(checked).toMatchObject({ result: 'in-sync', errors: ['audit: fail: no iam:ListRoles'] })
  })

  it('lets an error of the change reach the caller', async () => {
    change.mockRejectedValue(new Error('IAM is down'))
    await expect(runMode(settings('apply'), OPTIONS, read(ORIGINAL_POLICY), control())).rejects.toThrow(
      'IAM is down'
    )
  })
})

describe('main', () => {
  const SECRET = 'scv-main-test-secret-id'
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('reports a run refused on its inputs as refused, with every given ID redacted', async () => {
    process.env['INPUT_EXTERNAL-ID'] = SECRET
    await main({ refused: new InputError('external-id', `${SECRET} is not allowed here`) })
    expect(core.setOutput.mock.calls).toEqual([['result', 'refused']])
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(String(core.setFailed.mock.calls[0]?.[0])).not.toContain(SECRET)
    expect(core.saveState).toHaveBeenLastCalledWith('finished', 'true')
  })

  it('reports a run whose reads failed as an error, before any output of an outcome', async () => {
    const failed = Promise.reject(new Error('GetRole failed'))
    failed.catch(() => undefined)
    const started = {
      settings: {
        externalId: { kind: 'given', id: SECRET },
        mode: 'apply'
      } satisfies Partial<Settings> as unknown as Settings,
      context: { commentOn: null } as never,
      connection: Promise.resolve(read().aws) as never,
      reading: failed as never
    }
    await main(started)
    expect(core.setOutput.mock.calls.filter(([name]) => name === 'result')).toEqual([['result', 'error']])
    expect(core.setOutput.mock.calls.map(([name]) => name)).not.toContain('changed-roles')
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('GetRole failed'))
    expect(change).not.toHaveBeenCalled()
    // The fingerprint is known before the reads: it is set, and nothing set shows the ID.
    expect(core.setOutput.mock.calls.map(([name]) => name)).toContain('external-id-fingerprint')
    expect(JSON.stringify([core.setOutput.mock.calls, core.setFailed.mock.calls])).not.toContain(SECRET)
  })
})
