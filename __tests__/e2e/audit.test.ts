/**
 * End to end: the audit of roles outside the run (`audit`), the roles added to it (`extra-roles`),
 * and CloudFormation-created roles, through the bundled action against the emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { CONNECT_SERVICE_STATEMENT, seedSalesforceAccount, templateTrustPolicy } from '../../emulator/seed.js'
import { assumeAsSalesforce, externalIdsOf, runAction, secretLeaks, writeCalls } from './harness.js'

const ID = 'audit-external-id-Q9'
/** Salesforce's templates: the contact-center stack and the health-check stack. */
const TENANT_BUCKET = 'cc1-SCVTenantBucketWriteAccessRole'
const HEALTH_CHECK = 'scv-SCVHealthCheckRole'
const CONNECT_ONLY = 'cc1-SCVContactLensStreamingRole'

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['cc1'])
  emulators.aws.createRole(TENANT_BUCKET, templateTrustPolicy([]), {
    tags: { 'aws:cloudformation:stack-name': 'cc1-contact-center' }
  })
  emulators.aws.createRole(HEALTH_CHECK, templateTrustPolicy([]))
  emulators.aws.createRole(CONNECT_ONLY, {
    Version: '2012-10-17',
    Statement: [CONNECT_SERVICE_STATEMENT]
  })
})
afterEach(async () => {
  await emulators.stop()
})

const arnOf = (name: string) => `arn:aws:iam::${emulators.aws.accountId}:role/${name}`
const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'cc1',
  'external-id': ID,
  mode: 'apply',
  ...overrides
})
const warningsOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'))

describe('audit', () => {
  it('warn: finds both template roles, not the managed ones nor a connect-only role, and still applies', async () => {
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(JSON.parse(run.outputs['unmanaged-roles'] ?? '')).toEqual([
      arnOf(TENANT_BUCKET),
      arnOf(HEALTH_CHECK)
    ])
    const warnings = warningsOf(run.stdout)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain(
      `${arnOf(TENANT_BUCKET)}: Salesforce's account can assume this role without an external ID`
    )
    expect(warnings[1]).toContain(arnOf(HEALTH_CHECK))
    expect(run.summary).toContain('Roles Salesforce can assume without an external ID')
    expect(run.summary).toContain(`| \`${HEALTH_CHECK}\` | \`${arnOf(HEALTH_CHECK)}\` |`)
    expect(run.summary).not.toContain(CONNECT_ONLY)
    // Reported, never changed: Salesforce's account still gets in without an ID.
    expect(externalIdsOf(emulators.aws.trustPolicy(TENANT_BUCKET))).toEqual([null])
    expect(await assumeAsSalesforce(emulators, arnOf(HEALTH_CHECK))).toBe('allowed')
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('fail: refuses plan and apply before any write, and makes the roles drift in check', async () => {
    const writes = writeCalls(emulators)
    for (const mode of ['plan', 'apply']) {
      const run = await runAction(emulators, inputs({ mode, audit: 'fail' }))
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(
        `::error::audit: fail: 2 roles outside this run let Salesforce's account assume them`
      )
      expect(run.stdout).toContain(`(${TENANT_BUCKET}, ${HEALTH_CHECK}). Nothing was changed`)
      expect(JSON.parse(run.outputs['unmanaged-roles'] ?? '')).toHaveLength(2)
    }
    expect(writeCalls(emulators)).toBe(writes)
    expect(externalIdsOf(emulators.aws.trustPolicy('cc1-SCVS3Role'))).toEqual([null, null])

    expect((await runAction(emulators, inputs())).exitCode).toBe(0)
    const check = await runAction(emulators, inputs({ mode: 'check', audit: 'fail' }))
    expect(check.exitCode).toBe(1)
    expect(check.outputs.result).toBe('drift')
    expect(check.stdout).toContain(`::error title=Drift (unmanaged-role)::${TENANT_BUCKET}: `)
    expect(check.stdout).toContain(`::error title=Drift (unmanaged-role)::${HEALTH_CHECK}: `)
    const inSync = await runAction(emulators, inputs({ mode: 'check' }))
    expect(inSync.outputs.result).toBe('in-sync')
  })

  it('without iam:ListRoles: one warning naming the permission and the run goes on; with fail an error before any write', async () => {
    emulators.aws.denyAction('ListRoles')
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    const warnings = warningsOf(run.stdout)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('The audit needs iam:ListRoles')
    expect(run.outputs['unmanaged-roles']).toBeUndefined()
    expect(run.summary).toContain('The audit needs iam:ListRoles')

    const writes = writeCalls(emulators)
    const failed = await runAction(emulators, inputs({ 'external-id': `${ID}-next`, audit: 'fail' }))
    expect(failed.exitCode).toBe(1)
    expect(failed.stdout).toContain('::error::audit: fail: The audit needs iam:ListRoles')
    expect(warningsOf(failed.stdout)).toEqual([])
    expect(writeCalls(emulators)).toBe(writes)
  })

  /** Enough roles of other services for ListRoles to answer in three pages. */
  const createOtherRoles = () => {
    for (let index = 0; index < 230; index++) {
      emulators.aws.createRole(`app-${String(index).padStart(3, '0')}`, {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }
        ]
      })
    }
  }

  it('lists every page: an open role on the third page of ListRoles is found', async () => {
    createOtherRoles()
    emulators.aws.createRole('zz-LastPageOpenRole', templateTrustPolicy([]))
    const run = await runAction(emulators, inputs({ mode: 'plan', audit: 'warn' }))
    expect(run.exitCode).toBe(0)
    expect(emulators.aws.log.filter((entry) => entry.action === 'ListRoles')).toHaveLength(3)
    expect(JSON.parse(run.outputs['unmanaged-roles'] ?? '')).toEqual([
      arnOf(TENANT_BUCKET),
      arnOf(HEALTH_CHECK),
      arnOf('zz-LastPageOpenRole')
    ])
  })

  it('warn: the writes do not wait for the pages of ListRoles; fail: they wait for all of them', async () => {
    createOtherRoles()
    emulators.aws.addFault({ action: 'ListRoles', latencyMs: 300 })
    const pagesAndFirstWrite = (since: number) => {
      const log = emulators.aws.log.slice(since)
      const pages = log.filter((entry) => entry.action === 'ListRoles')
      const writes = log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy')
      return {
        pages: pages.length,
        lastPageEnd: Math.max(...pages.map((entry) => entry.end)),
        firstWrite: Math.min(...writes.map((entry) => entry.start))
      }
    }

    const warned = await runAction(emulators, inputs())
    expect(warned.outputs.result).toBe('changed')
    const warn = pagesAndFirstWrite(0)
    expect(warn.pages).toBe(3)
    expect(warn.firstWrite).toBeLessThan(warn.lastPageEnd)
    // Reported all the same, from every page.
    expect(JSON.parse(warned.outputs['unmanaged-roles'] ?? '')).toEqual([
      arnOf(TENANT_BUCKET),
      arnOf(HEALTH_CHECK)
    ])
    expect(warningsOf(warned.stdout)).toHaveLength(2)

    // With the two open roles managed too, audit: fail finds nothing to refuse, after the last page.
    const since = emulators.aws.log.length
    const failed = await runAction(
      emulators,
      inputs({
        'external-id': `${ID}-next`,
        audit: 'fail',
        'extra-roles': `{call-center}-SCVTenantBucketWriteAccessRole\n${arnOf(HEALTH_CHECK)}`
      })
    )
    expect(failed.outputs.result).toBe('changed')
    const fail = pagesAndFirstWrite(since)
    expect(fail.pages).toBe(3)
    expect(fail.firstWrite).toBeGreaterThanOrEqual(fail.lastPageEnd)
    expect(secretLeaks(emulators, [warned, failed], [ID, `${ID}-next`])).toEqual([])
  })

  it('off: no ListRoles call, no output', async () => {
    const run = await runAction(emulators, inputs({ mode: 'plan', audit: 'off' }))
    expect(run.exitCode).toBe(0)
    expect(emulators.aws.log.some((entry) => entry.action === 'ListRoles')).toBe(false)
    expect(run.outputs['unmanaged-roles']).toBeUndefined()
  })
})

describe('extra-roles', () => {
  const extra = () => ({
    'extra-roles': `{call-center}-SCVTenantBucketWriteAccessRole\n${arnOf(HEALTH_CHECK)}`
  })

  it('applies, verifies, tags, checks and disables the extra roles like the type roles', async () => {
    const applied = await runAction(emulators, inputs({ ...extra(), verify: 'assume' }))
    expect(applied.exitCode).toBe(0)
    expect(applied.outputs.result).toBe('changed')
    const roles = JSON.parse(applied.outputs.roles ?? '[]') as Array<Record<string, unknown>>
    expect(roles.slice(4)).toEqual([
      { logicalRole: 'ExtraRole', callCenter: 'cc1', arn: arnOf(TENANT_BUCKET), change: 'add-condition' },
      { logicalRole: 'ExtraRole', callCenter: null, arn: arnOf(HEALTH_CHECK), change: 'add-condition' }
    ])
    expect(applied.stdout).toContain('Verified 6 roles with a real sts:AssumeRole')
    for (const name of [TENANT_BUCKET, HEALTH_CHECK]) {
      expect(externalIdsOf(emulators.aws.trustPolicy(name))).toEqual([[ID]])
      expect(emulators.aws.roleTags(name)).toHaveProperty('scv-external-id:fingerprint')
      expect(await assumeAsSalesforce(emulators, arnOf(name))).toBe('AccessDenied')
      expect(await assumeAsSalesforce(emulators, arnOf(name), ID)).toBe('allowed')
    }
    // Managed now: the audit no longer reports them.
    expect(JSON.parse(applied.outputs['unmanaged-roles'] ?? '')).toEqual([])

    const inSync = await runAction(emulators, inputs({ ...extra(), mode: 'check' }))
    expect(inSync.outputs.result).toBe('in-sync')
    emulators.aws.setTrustPolicy(HEALTH_CHECK, templateTrustPolicy([]))
    const drift = await runAction(emulators, inputs({ ...extra(), mode: 'check' }))
    expect(drift.outputs.result).toBe('drift')
    expect(drift.stdout).toContain(`::error title=Drift (missing-condition)::${HEALTH_CHECK}: `)

    const disabled = await runAction(emulators, inputs({ ...extra(), mode: 'disable', 'external-id': '' }))
    expect(disabled.outputs.result).toBe('disabled')
    expect(externalIdsOf(emulators.aws.trustPolicy(TENANT_BUCKET))).toEqual([null])
    expect(emulators.aws.roleTags(TENANT_BUCKET)).not.toHaveProperty('scv-external-id:fingerprint')
    expect(secretLeaks(emulators, [applied, inSync, drift, disabled], [ID])).toEqual([])
  })
})

describe('CloudFormation', () => {
  it('shows the stack of a role it created and says that a stack update restores the template', async () => {
    const run = await runAction(emulators, inputs({ mode: 'plan', 'extra-roles': TENANT_BUCKET }))
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('| Logical role | Role | Call center | Stack | Change |')
    expect(run.summary).toContain(
      `| ExtraRole | \`${TENANT_BUCKET}\` | — | \`cc1-contact-center\` | add condition |`
    )
    expect(run.summary).toContain("A CloudFormation stack update puts the template's trust policy back")
  })

  it('adds no Stack column when no role was created by CloudFormation', async () => {
    const run = await runAction(emulators, inputs({ mode: 'plan' }))
    expect(run.summary).toContain('| Logical role | Role | Call center | Change |')
    expect(run.summary).not.toContain('CloudFormation')
  })
})
