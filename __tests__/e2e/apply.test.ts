/**
 * End to end: the bundled action (dist/index.js) run as the Actions runner runs it, against the
 * local IAM/STS emulator over HTTP. Plan, apply, idempotence, rollback and secrecy.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import {
  CONNECT_SERVICE_STATEMENT,
  paddingStatement,
  seedSalesforceAccount,
  templateTrustPolicy,
  type SeedType
} from '../../emulator/seed.js'
import { externalIdsOf, runAction, secretLeaks, stdoutWithoutMasks, writeCalls, waitFor } from './harness.js'
import { GUARD_MAX_AGE_MS } from '../../src/transaction/transaction.js'

const ID = 'e2e-external-id-7Q2x9Kp'
const CALL_CENTERS = ['ContactCenterA', 'ContactCenterB']

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
})
afterEach(async () => {
  await emulators.stop()
})

const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': CALL_CENTERS.join(', '),
  'external-id': ID,
  mode: 'apply',
  ...overrides
})

function policies(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, emulators.aws.trustPolicy(name)]))
}

const updates = () => emulators.aws.log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy')

describe('plan', () => {
  it('writes nothing and reports every role that apply would change', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', CALL_CENTERS)
    const before = policies(names)
    const run = await runAction(emulators, inputs({ mode: 'plan' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('planned')
    expect(JSON.parse(run.outputs['changed-roles'] ?? '[]')).toHaveLength(names.length)
    expect(writeCalls(emulators)).toBe(0)
    expect(policies(names)).toEqual(before)
    expect(run.summary).toContain('Plan: 6 roles to change')
    expect(run.outputs['backup-file']).toBeUndefined()
  })
})

describe('debug logging (RUNNER_DEBUG=1)', () => {
  it('logs each AWS call and answer by operation and role, never an input, and only when on', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', CALL_CENTERS)
    const debug = await runAction(emulators, inputs(), { env: { RUNNER_DEBUG: '1' } })
    expect(debug.exitCode).toBe(0)
    const lines = debug.stdout.split('\n').filter((line) => line.startsWith('::debug::AWS '))
    for (const name of names) {
      expect(lines).toContain(`::debug::AWS call: IAMClient GetRoleCommand ${name}`)
      expect(lines).toContain(`::debug::AWS call: IAMClient UpdateAssumeRolePolicyCommand ${name}`)
      expect(
        lines.some((line) => line.startsWith(`::debug::AWS answer: IAMClient GetRoleCommand ${name}: ok in `))
      ).toBe(true)
    }
    expect(lines).toContain('::debug::AWS call: IAMClient ListRolesCommand')
    expect(secretLeaks(emulators, [debug], [ID])).toEqual([])

    const quiet = await runAction(emulators, inputs({ mode: 'check' }))
    expect(quiet.exitCode).toBe(0)
    expect(quiet.stdout).not.toContain('::debug::AWS')
  })
})

describe.each<[SeedType, string[]]>([
  ['new-instance', ['SCVProvisioningRole', 'SCVAmazonConnectManagementRole']],
  ['existing-instance', ['SCVProvisioningRole', 'SCVAmazonConnectManagementRole']],
  ['xml-import', ['SCVAmazonConnectManagementRole', 'SCVUpdateCredentialRole']]
])('apply for %s', (type, sharedRoles) => {
  it('sets the condition on exactly the roles of the type and keeps the other statements', async () => {
    const names = seedSalesforceAccount(emulators.aws, type, CALL_CENTERS)
    // A role of another type, present in the account: it must not be touched.
    const bystander = type === 'xml-import' ? 'SCVProvisioningRole' : 'SCVUpdateCredentialRole'
    emulators.aws.createRole(bystander, templateTrustPolicy())
    const run = await runAction(emulators, inputs({ 'contact-center-type': type }))

    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(names).toEqual(expect.arrayContaining(sharedRoles))
    for (const name of names) {
      const stored = JSON.parse(emulators.aws.trustPolicy(name)) as { Statement: object[] }
      expect(externalIdsOf(emulators.aws.trustPolicy(name))).toEqual([[ID], null])
      expect(stored.Statement[1]).toEqual(CONNECT_SERVICE_STATEMENT)
    }
    expect(externalIdsOf(emulators.aws.trustPolicy(bystander))).toEqual([null])
    const roles = JSON.parse(run.outputs.roles ?? '[]') as Array<{
      logicalRole: string
      arn: string
      change: string
    }>
    expect(roles.map((role) => role.arn.split('/').pop()).sort()).toEqual([...names].sort())
    expect(roles.every((role) => role.change === 'add-condition')).toBe(true)
    expect(updates()).toHaveLength(names.length)
  })
})

describe('apply', () => {
  it('makes no write at all when rerun with the same ID', async () => {
    seedSalesforceAccount(emulators.aws, 'new-instance', CALL_CENTERS)
    expect((await runAction(emulators, inputs())).exitCode).toBe(0)
    const writesAfterFirstRun = writeCalls(emulators)
    const rerun = await runAction(emulators, inputs())
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs.result).toBe('no-change')
    expect(rerun.outputs['changed-roles']).toBe('[]')
    expect(writeCalls(emulators)).toBe(writesAfterFirstRun)
  })

  it('saves the original trust policies to a backup file readable only by the runner user', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    const before = policies(names)
    const run = await runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
    const file = run.outputs['backup-file'] as string
    expect(file.startsWith(`${run.workdir}/runner-temp/`)).toBe(true)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const backup = JSON.parse(readFileSync(file, 'utf8')) as {
      roles: Array<{ roleName: string; trustPolicy: string }>
    }
    expect(Object.fromEntries(backup.roles.map((role) => [role.roleName, role.trustPolicy]))).toEqual(before)
  })

  it.each([1, 2, 3, 4])(
    'leaves every role at its original policy when write number %i fails',
    async (nth) => {
      const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
      const before = policies(names)
      emulators.aws.addFault({
        action: 'UpdateAssumeRolePolicy',
        nth,
        error: { code: 'ServiceFailure', status: 400 }
      })
      const run = await runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
      expect(run.exitCode).toBe(1)
      expect(run.outputs.result).toBe('rolled-back')
      expect(run.outputs['changed-roles']).toBe('[]')
      expect(policies(names)).toEqual(before)
      expect(run.stdout).toContain('ServiceFailure')
      expect(run.summary).toContain('Rolled back')
    }
  )

  it('fails before any write when the new policy would exceed max-policy-size', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    const padding = paddingStatement(1800)
    emulators.aws.setTrustPolicy('ContactCenterA-SCVS3Role', templateTrustPolicy([padding]))
    const before = policies(names)
    const run = await runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /ContactCenterA-SCVS3Role would be \d+ characters \(minified\), over max-policy-size 2048 \(was \d+\)/
    )
    expect(writeCalls(emulators)).toBe(0)
    expect(policies(names)).toEqual(before)
  })

  it('rolls back when IAM answers LimitExceeded (quota lower than max-policy-size)', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    const padding = paddingStatement(1900)
    emulators.aws.setTrustPolicy('ContactCenterA-SCVS3Role', templateTrustPolicy([padding]))
    const before = policies(names)
    const run = await runAction(
      emulators,
      inputs({ 'call-center-api-name': 'ContactCenterA', 'max-policy-size': '4096' })
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(run.stdout).toContain('LimitExceeded (HTTP 409): Cannot exceed quota for ACLSizePerRole: 2048')
    expect(policies(names)).toEqual(before)
  })

  it('fails naming a missing role, with nothing written', async () => {
    seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    emulators.aws.deleteRole('ContactCenterA-ConnectCallRole')
    const run = await runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      'Role ContactCenterA-ConnectCallRole does not exist in this account (NoSuchEntity)'
    )
    expect(writeCalls(emulators)).toBe(0)
  })

  it('rolls back when IAM rejects a document as MalformedPolicyDocument', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    const before = policies(names)
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: 'SCVProvisioningRole',
      error: { code: 'MalformedPolicyDocument', status: 400, message: 'Invalid principal in policy' }
    })
    const run = await runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(run.stdout).toContain(
      'SCVProvisioningRole: MalformedPolicyDocument (HTTP 400): Invalid principal in policy'
    )
    expect(policies(names)).toEqual(before)
  })

  it('aborts as a concurrent modification when a role read seconds ago changed before the write, keeping the other change', async () => {
    const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
    const before = policies(names)
    const target = 'SCVAmazonConnectManagementRole'
    // One slow read makes the others older than the guard trusts: they are read again before their
    // write. Meanwhile someone edits the target.
    const slow = names.find((name) => name !== target) as string
    emulators.aws.addFault({ action: 'GetRole', roleName: slow, nth: 1, latencyMs: GUARD_MAX_AGE_MS + 500 })
    const edited = templateTrustPolicy([
      {
        Sid: 'EditedByAnAdmin',
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: 'sts:AssumeRole'
      }
    ])
    const running = runAction(emulators, inputs({ 'call-center-api-name': 'ContactCenterA' }))
    await waitFor(() =>
      emulators.aws.log.some((entry) => entry.action === 'GetRole' && entry.roleName === target)
    )
    emulators.aws.setTrustPolicy(target, edited)
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`${target} was changed by someone else since it was read`)
    expect(run.outputs.result).toBe('rolled-back')
    expect(JSON.parse(emulators.aws.trustPolicy(target))).toEqual(edited)
    for (const name of names.filter((name) => name !== target))
      expect(emulators.aws.trustPolicy(name)).toBe(before[name])
  })

  it('never shows the raw external ID but in the mask command', async () => {
    seedSalesforceAccount(emulators.aws, 'new-instance', CALL_CENTERS)
    const runs = [await runAction(emulators, inputs({ mode: 'plan' })), await runAction(emulators, inputs())]
    expect(runs[0]?.stdout).toContain(`::add-mask::${ID}`)
    expect(secretLeaks(emulators, runs, [ID])).toEqual([])
    expect(stdoutWithoutMasks(runs[1]!)).toContain('sha256:')
    expect(runs[1]?.outputs['external-id-fingerprint']).toMatch(/^sha256:[0-9a-f]{12}$/)
  })
})

describe('bad input', () => {
  it('fails before any AWS call with a message naming the input', async () => {
    const run = await runAction(emulators, inputs({ 'contact-center-type': 'new' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      "::error::Input 'contact-center-type': 'new' is not supported. Accepted values: new-instance, existing-instance, xml-import."
    )
    expect(emulators.aws.log).toHaveLength(0)
  })
})
