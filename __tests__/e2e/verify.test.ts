/**
 * End to end: credentials through GitHub OIDC, account guards, retries, and verification
 * (read-back under propagation delay, simulation, the AssumeRole canary) with rollback.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { externalIdsOf, runAction, writeCalls, waitFor } from './harness.js'

const ID = 'verify-external-id-Zt81'
const ROLES_OF_ONE_CALL_CENTER = [
  'SCVProvisioningRole',
  'SCVAmazonConnectManagementRole',
  'CC1-ConnectCallRole',
  'CC1-SCVS3Role'
]

let emulators: Emulators
afterEach(async () => {
  await emulators.stop()
})

async function seeded(options: Parameters<typeof startEmulators>[0] = {}): Promise<Record<string, string>> {
  emulators = await startEmulators(options)
  const names = seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
  return Object.fromEntries(names.map((name) => [name, emulators.aws.trustPolicy(name)]))
}

const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': ID,
  mode: 'apply',
  ...overrides
})

const current = () =>
  Object.fromEntries(ROLES_OF_ONE_CALL_CENTER.map((name) => [name, emulators.aws.trustPolicy(name)]))
const calls = (action: string, roleName?: string) =>
  emulators.aws.log.filter(
    (entry) => entry.action === action && (roleName === undefined || entry.roleName === roleName)
  )

describe('credentials', () => {
  it('assumes role-to-assume with the GitHub OIDC token and works as that session', async () => {
    await seeded()
    const run = await runAction(
      emulators,
      inputs({ 'role-to-assume': `arn:aws:iam::${emulators.aws.accountId}:role/automation` }),
      { unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] }
    )
    expect(run.exitCode).toBe(0)
    expect(calls('AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(emulators.github.log.some((entry) => entry.path.startsWith('/_oidc/token'))).toBe(true)
    const session = `arn:aws:sts::${emulators.aws.accountId}:assumed-role/automation/scv-external-id-scv-config-4242`
    expect(calls('UpdateAssumeRolePolicy').every((entry) => entry.principal === session)).toBe(true)
    // The temporary credentials are masked before use.
    expect(run.stdout.match(/::add-mask::/g)?.length).toBeGreaterThanOrEqual(4)
  })

  it('prints the claims a trust policy matches when AssumeRoleWithWebIdentity is denied', async () => {
    await seeded()
    const provider = 'token.actions.githubusercontent.com'
    emulators.aws.createRole('github-scv-apply', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${emulators.aws.accountId}:oidc-provider/${provider}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${provider}:aud`]: 'sts.amazonaws.com',
              [`${provider}:sub`]: 'repo:octo-org/scv-config:environment:production'
            }
          }
        }
      ]
    })
    const apply = () =>
      runAction(
        emulators,
        inputs({ 'role-to-assume': `arn:aws:iam::${emulators.aws.accountId}:role/github-scv-apply` }),
        { unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] }
      )
    const denied = await apply()
    expect(denied.exitCode).toBe(1)
    expect(denied.stdout).toContain('  sub: repo:octo-org/scv-config:ref:refs/heads/main\n')
    expect(denied.stdout).toContain('  aud: sts.amazonaws.com\n')
    expect(denied.stdout).toContain('  repository: octo-org/scv-config\n')
    expect(denied.stdout).toContain('  environment: (not in the token)\n')
    expect(denied.stdout).toContain(
      "The token's sub is 'repo:octo-org/scv-config:ref:refs/heads/main' and its aud 'sts.amazonaws.com'"
    )
    expect(denied.stdout).toContain('usually pins token.actions.githubusercontent.com:sub')
    expect(calls('AssumeRoleWithWebIdentity').map((entry) => entry.errorCode)).toEqual(['AccessDenied'])
    expect(calls('GetRole')).toHaveLength(0)

    // The job in the production environment gets the sub the role trusts.
    emulators.github.setOidcSubject('repo:octo-org/scv-config:environment:production')
    const allowed = await apply()
    expect(allowed.exitCode).toBe(0)
  })

  it('says exactly what to add when the workflow lacks id-token: write', async () => {
    await seeded()
    const run = await runAction(
      emulators,
      inputs({ 'role-to-assume': `arn:aws:iam::${emulators.aws.accountId}:role/automation` }),
      {
        unset: ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set')
    expect(run.stdout).toContain('permissions: id-token: write')
    expect(run.stdout).toContain('forks')
    expect(emulators.aws.log).toHaveLength(0)
  })

  it('refuses an account outside allowed-account-ids before reading or writing any role', async () => {
    const before = await seeded()
    const run = await runAction(emulators, inputs({ 'allowed-account-ids': '999999999999' }))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `the credentials are for account ${emulators.aws.accountId}, which is not allowed`
    )
    expect(emulators.aws.log.map((entry) => entry.action)).toEqual(['GetCallerIdentity'])
    expect(current()).toEqual(before)
  })
})

describe('retries', () => {
  it('retries a throttled call and succeeds', async () => {
    await seeded()
    emulators.aws.addFault({
      action: 'GetRole',
      roleName: 'CC1-SCVS3Role',
      nth: 1,
      times: 2,
      error: { code: 'Throttling', status: 400, message: 'Rate exceeded' }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    const getRoles = calls('GetRole', 'CC1-SCVS3Role')
    expect(getRoles.slice(0, 3).map((entry) => entry.errorCode)).toEqual(['Throttling', 'Throttling', null])
  })

  it('fails on the first AccessDenied without retrying it', async () => {
    await seeded()
    emulators.aws.addFault({
      action: 'GetRole',
      roleName: 'CC1-SCVS3Role',
      error: { code: 'AccessDenied', status: 403, message: 'User is not authorized to perform: iam:GetRole' }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(1)
    expect(calls('GetRole', 'CC1-SCVS3Role')).toHaveLength(1)
    expect(run.stdout).toContain(
      'AccessDenied (HTTP 403): CC1-SCVS3Role: User is not authorized to perform: iam:GetRole'
    )
    expect(writeCalls(emulators)).toBe(0)
  })
})

describe('verification', () => {
  it('succeeds under a 3-second IAM propagation delay by reading back until the change shows', async () => {
    await seeded({ aws: { propagationDelayMs: 3000 } })
    const started = Date.now()
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
    // Each role was read back more than once: the first read-backs still saw the old policy.
    expect(calls('GetRole', 'CC1-SCVS3Role').length).toBeGreaterThan(3)
  })

  it('rolls back every role when the read-back never shows the new policy', async () => {
    const before = await seeded()
    const stale = 'CC1-ConnectCallRole'
    // GetRole keeps answering the policy as it was before the last update, until the rollback writes.
    emulators.aws.addFault({
      action: 'GetRole',
      roleName: stale,
      respond: 'previous-policy',
      times: 1_000_000
    })
    const running = runAction(emulators, inputs({ 'verify-timeout': '3' }))
    await waitFor(() => calls('UpdateAssumeRolePolicy', stale).length >= 2)
    emulators.aws.clearFaults()
    const run = await running
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(run.stdout).toContain(`IAM still returns another trust policy for ${stale}`)
    expect(current()).toEqual(before)
  })

  it('verify: assume proves the ID with a real AssumeRole canary and removes the canary', async () => {
    await seeded()
    const run = await runAction(emulators, inputs({ verify: 'assume' }))
    expect(run.exitCode).toBe(0)
    for (const name of ROLES_OF_ONE_CALL_CENTER) {
      expect(emulators.aws.trustPolicy(name)).not.toContain('ScvExternalIdCanary')
      expect(externalIdsOf(emulators.aws.trustPolicy(name))).toEqual([[ID], null])
      const outcomes = calls('AssumeRole', name).map((entry) => entry.errorCode)
      expect(outcomes).toEqual([null, 'AccessDenied', 'AccessDenied'])
    }
  })

  it('verify: assume rolls back and still removes the canary when assumption fails', async () => {
    const before = await seeded()
    emulators.aws.addFault({
      action: 'AssumeRole',
      roleName: 'CC1-SCVS3Role',
      error: { code: 'AccessDenied', status: 403 }
    })
    const run = await runAction(emulators, inputs({ verify: 'assume', 'verify-timeout': '3' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(run.stdout).toContain('cannot be assumed with the new external ID')
    expect(current()).toEqual(before)
    for (const name of ROLES_OF_ONE_CALL_CENTER)
      expect(emulators.aws.trustPolicy(name)).not.toContain('ScvExternalIdCanary')
  })
})
