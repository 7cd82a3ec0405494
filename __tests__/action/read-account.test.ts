import { afterEach, describe, expect, it } from '@jest/globals'
import { GetRoleCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { InputError, parseSettings } from '../../src/action/inputs.js'
import { readAccount } from '../../src/action/read-account.js'
import type { Connection } from '../../src/aws/credentials.js'
import { ACCOUNT, CREDENTIALS, ORIGINAL_POLICY, awsError, noSuchEntity, rfc3986 } from '../aws/iam-fake.js'

const iam = mockClient(IAMClient)
afterEach(() => {
  iam.reset()
})

const settings = (inputs: Record<string, string> = {}) =>
  parseSettings(
    (name) =>
      ({
        'contact-center-type': 'new-instance',
        'call-center-api-name': 'Acme',
        'external-id': 'scv-read-account-id',
        'aws-region': 'us-east-1',
        ...inputs
      })[name] ?? ''
  )

const connection = (): Promise<Connection> =>
  Promise.resolve({
    sts: new STSClient({ region: 'us-east-1', credentials: CREDENTIALS }),
    credentials: CREDENTIALS,
    identity: {
      accountId: ACCOUNT,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/automation/run`,
      partition: 'aws'
    }
  })

const stored = (roleName: string) => ({
  Role: {
    RoleName: roleName,
    Path: '/',
    Arn: `arn:aws:iam::${ACCOUNT}:role/${roleName}`,
    RoleId: 'AROAEXAMPLEID',
    CreateDate: new Date('2024-01-01T00:00:00Z'),
    AssumeRolePolicyDocument: rfc3986(JSON.stringify(ORIGINAL_POLICY))
  }
})

/** A role of the account outside the run that trusts Salesforce without an ID. */
const OPEN_ROLE = 'Acme-SCVTenantBucketWriteAccessRole'

describe('readAccount', () => {
  it('reads every role of the run and lists the account beside them', async () => {
    iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => {
      if (input.RoleName === 'Acme-SCVS3Role') throw noSuchEntity(input.RoleName)
      return stored(input.RoleName)
    })
    iam.on(ListRolesCommand).resolves({ Roles: [stored(OPEN_ROLE).Role, stored('SCVProvisioningRole').Role] })

    const read = await readAccount(settings(), connection())

    expect(iam.commandCalls(GetRoleCommand).map((call) => call.args[0].input.RoleName)).toEqual([
      'SCVProvisioningRole',
      'SCVAmazonConnectManagementRole',
      'Acme-ConnectCallRole',
      'Acme-SCVS3Role'
    ])
    expect(read.roles.current.map((role) => [role.target.roleName, role.document !== null])).toEqual([
      ['SCVProvisioningRole', true],
      ['SCVAmazonConnectManagementRole', true],
      ['Acme-ConnectCallRole', true],
      ['Acme-SCVS3Role', false]
    ])
    expect(read.roles.stored).toHaveLength(3)
    expect(await read.audit).toEqual({
      status: 'done',
      roles: [{ arn: `arn:aws:iam::${ACCOUNT}:role/${OPEN_ROLE}`, roleName: OPEN_ROLE }],
      listed: 2
    })
    expect(read.aws.identity.accountId).toBe(ACCOUNT)
  })

  it('resolves once the roles are read: the audit settles on its own, after the last ListRoles page', async () => {
    iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => stored(input.RoleName))
    let answerList: (value: { Roles: NonNullable<ReturnType<typeof stored>['Role']>[] }) => void = () => {}
    iam.on(ListRolesCommand).callsFake(() => new Promise((resolve) => (answerList = resolve)))

    const read = await readAccount(settings(), connection())
    expect(read.roles.stored).toHaveLength(4)
    let audited = false
    void read.audit.then(() => (audited = true))
    await new Promise((resolve) => setImmediate(resolve))
    expect(audited).toBe(false)

    answerList({ Roles: [stored(OPEN_ROLE).Role] })
    expect(await read.audit).toEqual({
      status: 'done',
      roles: [{ arn: `arn:aws:iam::${ACCOUNT}:role/${OPEN_ROLE}`, roleName: OPEN_ROLE }],
      listed: 1
    })
  })

  it('sends no ListRoles with audit: off', async () => {
    iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => stored(input.RoleName))
    const read = await readAccount(settings({ audit: 'off' }), connection())
    expect(await read.audit).toEqual({ status: 'off' })
    expect(iam.commandCalls(ListRolesCommand)).toHaveLength(0)
  })

  it('reports an audit it could not run (no iam:ListRoles) and keeps the reads', async () => {
    iam.on(GetRoleCommand).callsFake((input: { RoleName: string }) => stored(input.RoleName))
    iam.on(ListRolesCommand).rejects(awsError('AccessDenied', 403))
    const read = await readAccount(settings(), connection())
    const audit = await read.audit
    expect(audit.status).toBe('unavailable')
    expect(audit.status === 'unavailable' && audit.reason).toContain('iam:ListRoles')
    expect(read.roles.stored).toHaveLength(4)
  })

  it('refuses a role ARN of another account before any IAM call, naming role-arns', async () => {
    const other = 'arn:aws:iam::999988887777:role/Acme-SCVS3Role'
    const reading = readAccount(settings({ 'role-arns': `SCVS3Role=${other}` }), connection())
    await expect(reading).rejects.toThrow(InputError)
    await expect(reading).rejects.toThrow(/role-arns.*999988887777:role\/Acme-SCVS3Role.*111122223333/s)
    expect(iam.calls()).toHaveLength(0)
  })

  it('sends nothing when the connection failed, and fails with its error', async () => {
    const refused = new Error('AccessDenied on sts:GetCallerIdentity')
    await expect(readAccount(settings(), Promise.reject(refused))).rejects.toBe(refused)
    expect(iam.calls()).toHaveLength(0)
  })
})
