import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  GetRoleCommand,
  IAMClient,
  ListRolesCommand,
  ListRoleTagsCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { failure } from './aws-failure.js'
import { createOidcIssuer } from '../../emulator/oidc.js'
import { startAwsEmulator, type AwsEmulator } from '../../emulator/aws/server.js'
import { FaultPlan } from '../../emulator/aws/faults.js'
import { evaluateTrustPolicy, type TrustRequest } from '../../emulator/aws/policy-eval.js'

const SALESFORCE_ACCOUNT = '793525387755'
const SALESFORCE_ROLE = `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SCVProvisioningSalesforce`
const SALESFORCE_SESSION = `arn:aws:sts::${SALESFORCE_ACCOUNT}:assumed-role/SCVProvisioningSalesforce/emulator`
const EXTERNAL_ID = 'scv-0123456789abcdef'

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string }

const issuer = createOidcIssuer()
let emu: AwsEmulator
let iam: IAMClient
let sts: STSClient

const iamAs = (credentials: Credentials): IAMClient =>
  new IAMClient({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 })
const stsAs = (credentials: Credentials): STSClient =>
  new STSClient({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 })

function trustPolicy(statement: Record<string, unknown>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }]
  })
}

const salesforceTrust = (condition?: Record<string, unknown>): string =>
  trustPolicy({
    Principal: { AWS: `arn:aws:iam::${SALESFORCE_ACCOUNT}:root` },
    ...(condition ? { Condition: condition } : {})
  })

let roleCounter = 0
/** A fresh role per test, so tests do not depend on each other's state. */
function freshRole(
  policy: string = salesforceTrust(),
  options: { path?: string } = {}
): { name: string; arn: string } {
  const name = `Role${++roleCounter}`
  return { name, arn: emu.createRole(name, policy, options) }
}

const decodedPolicy = async (client: IAMClient, roleName: string): Promise<unknown> => {
  const { Role } = await client.send(new GetRoleCommand({ RoleName: roleName }))
  return JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))
}

beforeAll(async () => {
  emu = await startAwsEmulator({ issuer })
  iam = iamAs(emu.credentials)
  sts = stsAs(emu.credentials)
})

afterAll(async () => {
  await emu.stop()
})

afterEach(() => {
  emu.clearFaults()
  emu.setLatency(0)
  emu.setPropagationDelay(0)
})

describe('authentication', () => {
  it('knows the default caller as a session of the automation role', async () => {
    const identity = await sts.send(new GetCallerIdentityCommand({}))
    expect(identity.Account).toBe('111122223333')
    expect(identity.Arn).toBe('arn:aws:sts::111122223333:assumed-role/automation/emulator')
    expect(identity.UserId).toMatch(/^AROA[A-Z0-9]{17}:emulator$/)
    expect(emu.roleNames()).toContain('automation')
  })

  it('refuses an unknown access key', async () => {
    const error = await failure(
      stsAs({ accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x' }).send(
        new GetCallerIdentityCommand({})
      )
    )
    expect(error).toEqual({
      code: 'InvalidClientTokenId',
      status: 403,
      message: 'The security token included in the request is invalid.'
    })
  })

  it('refuses a signature made with the wrong secret', async () => {
    const wrongSecret = { accessKeyId: emu.credentials.accessKeyId, secretAccessKey: 'not-the-secret' }
    const error = await failure(iamAs(wrongSecret).send(new GetRoleCommand({ RoleName: 'automation' })))
    expect(error.code).toBe('SignatureDoesNotMatch')
    expect(error.status).toBe(403)
  })

  it('refuses temporary credentials without their session token', async () => {
    const { accessKeyId, secretAccessKey } = emu.credentialsFor(SALESFORCE_ROLE)
    const error = await failure(
      stsAs({ accessKeyId, secretAccessKey }).send(new GetCallerIdentityCommand({}))
    )
    expect(error.code).toBe('InvalidClientTokenId')
  })

  it('refuses an unsigned request to IAM', async () => {
    const response = await fetch(emu.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetRole&Version=2010-05-08&RoleName=automation'
    })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('<Code>MissingAuthenticationToken</Code>')
  })

  it('gives credentials for any principal ARN, of any account', async () => {
    const identity = await stsAs(emu.credentialsFor(SALESFORCE_ROLE)).send(new GetCallerIdentityCommand({}))
    expect(identity.Arn).toBe(SALESFORCE_SESSION)
    expect(identity.Account).toBe(SALESFORCE_ACCOUNT)
    const user = await stsAs(emu.credentialsFor('arn:aws:iam::444455556666:user/ops')).send(
      new GetCallerIdentityCommand({})
    )
    expect(user.Arn).toBe('arn:aws:iam::444455556666:user/ops')
  })
})

describe('IAM roles', () => {
  it('creates a role and reads it back with AWS fields', async () => {
    const policy = salesforceTrust()
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: 'SCVS3RoleCreated',
        Path: '/scv/',
        AssumeRolePolicyDocument: policy,
        Tags: [{ Key: 'owner', Value: 'voice' }]
      })
    )
    expect(created.Role?.Arn).toBe('arn:aws:iam::111122223333:role/scv/SCVS3RoleCreated')

    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'SCVS3RoleCreated' }))
    expect(Role).toMatchObject({
      Path: '/scv/',
      RoleName: 'SCVS3RoleCreated',
      Arn: 'arn:aws:iam::111122223333:role/scv/SCVS3RoleCreated',
      MaxSessionDuration: 3600,
      Tags: [{ Key: 'owner', Value: 'voice' }]
    })
    expect(Role?.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/)
    expect(Role?.CreateDate).toBeInstanceOf(Date)
    expect(JSON.parse(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? ''))).toEqual(JSON.parse(policy))
  })

  it('refuses a second role of the same name, whatever its case', async () => {
    const { name } = freshRole()
    const error = await failure(
      iam.send(
        new CreateRoleCommand({ RoleName: name.toUpperCase(), AssumeRolePolicyDocument: salesforceTrust() })
      )
    )
    expect(error).toMatchObject({ code: 'EntityAlreadyExists', status: 409 })
  })

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const read = await failure(iam.send(new GetRoleCommand({ RoleName: 'Missing' })))
    expect(read).toEqual({
      code: 'NoSuchEntity',
      status: 404,
      message: 'The role with name Missing cannot be found.'
    })
    const write = await failure(
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'Missing', PolicyDocument: salesforceTrust() }))
    )
    expect(write).toMatchObject({ code: 'NoSuchEntity', status: 404 })
  })

  it('returns the trust policy URL-encoded (RFC 3986) on the wire, and the SDK leaves it encoded', async () => {
    const { name } = freshRole(salesforceTrust({ StringLike: { 'sts:ExternalId': 'scv-*' } }))

    const raw = await rawResponse(new GetRoleCommand({ RoleName: name }))
    expect(raw.status).toBe(200)
    expect(raw.body).toMatch(
      /^<GetRoleResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><GetRoleResult><Role>/
    )
    expect(raw.body).toMatch(
      /<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/GetRoleResponse>$/
    )
    const encoded = /<AssumeRolePolicyDocument>([^<]*)<\/AssumeRolePolicyDocument>/.exec(raw.body)?.[1] ?? ''
    expect(encoded).toMatch(/^%7B%22Version%22%3A%222012-10-17%22%2C/)
    expect(encoded).toContain('scv-%2A') // RFC 3986 encodes even what encodeURIComponent leaves alone
    expect(encoded).not.toMatch(/[{}":*]/)

    const { Role } = await iam.send(new GetRoleCommand({ RoleName: name }))
    expect(Role?.AssumeRolePolicyDocument).toBe(encoded)
  })

  it('stores a bare account ID principal as the account root ARN', async () => {
    const { name } = freshRole(trustPolicy({ Principal: { AWS: [SALESFORCE_ACCOUNT, SALESFORCE_ROLE] } }))
    const expected = { AWS: [`arn:aws:iam::${SALESFORCE_ACCOUNT}:root`, SALESFORCE_ROLE] }
    expect(await decodedPolicy(iam, name)).toMatchObject({ Statement: [{ Principal: expected }] })
    expect(JSON.parse(emu.trustPolicy(name))).toMatchObject({ Statement: [{ Principal: expected }] })
  })

  it('updates a trust policy and lists, tags and deletes roles', async () => {
    const { name } = freshRole()
    const updated = salesforceTrust({ StringEquals: { 'sts:ExternalId': EXTERNAL_ID } })
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: updated }))
    expect(await decodedPolicy(iam, name)).toEqual(JSON.parse(updated))
    expect(emu.trustPolicy(name)).toBe(JSON.stringify(JSON.parse(updated)))

    await iam.send(new DeleteRoleCommand({ RoleName: name }))
    expect(emu.roleNames()).not.toContain(name)
    expect(await failure(iam.send(new GetRoleCommand({ RoleName: name })))).toMatchObject({
      code: 'NoSuchEntity'
    })
  })

  describe('MalformedPolicyDocument', () => {
    const statement = { Effect: 'Allow', Principal: { AWS: SALESFORCE_ACCOUNT }, Action: 'sts:AssumeRole' }
    const document = (change: Record<string, unknown>, remove: string[] = []): string => {
      const changed: Record<string, unknown> = { ...statement, ...change }
      for (const field of remove) delete changed[field]
      return JSON.stringify({ Version: '2012-10-17', Statement: [changed] })
    }

    it.each([
      ['invalid JSON', '{"Version": "2012-10-17", "Statement": [', 'This policy contains invalid Json'],
      ['a Resource', document({ Resource: '*' }), 'Has prohibited field Resource'],
      ['a NotPrincipal', document({ NotPrincipal: { AWS: '*' } }), 'Has prohibited field NotPrincipal'],
      ['an unknown Effect', document({ Effect: 'Permit' }), 'Invalid effect: Permit'],
      ['no Principal', document({}, ['Principal']), 'Missing required field Principal'],
      ['no Action', document({}, ['Action']), 'Policy statement must contain actions.'],
      [
        'a non-STS action',
        document({ Action: 's3:GetObject' }),
        'AssumeRole policy may only specify STS AssumeRole actions.'
      ],
      [
        'an unknown condition operator',
        document({ Condition: { StringEqualz: { 'sts:ExternalId': 'x' } } }),
        'Invalid Condition type : StringEqualz'
      ],
      [
        'a wildcard inside a principal ARN',
        document({ Principal: { AWS: 'arn:aws:iam::793525387755:role/*' } }),
        'Invalid principal in policy: "AWS":"arn:aws:iam::793525387755:role/*"'
      ]
    ])('refuses %s and keeps the stored policy', async (_case, policy, message) => {
      const { name } = freshRole()
      const before = emu.trustPolicy(name)
      const error = await failure(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: policy }))
      )
      expect(error).toEqual({ code: 'MalformedPolicyDocument', status: 400, message })
      expect(emu.trustPolicy(name)).toBe(before)
    })

    it('accepts every condition operator form a trust policy may use', async () => {
      const { name } = freshRole()
      const condition = {
        StringEquals: { 'sts:ExternalId': ['a1', 'b2'] },
        'ForAnyValue:StringLike': { 'aws:PrincipalArn': 'arn:aws:iam::*' },
        StringNotEqualsIfExists: { 'sts:RoleSessionName': 'x' },
        Null: { 'sts:ExternalId': 'false' },
        Bool: { 'aws:SecureTransport': true }
      }
      await iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: name,
          PolicyDocument: document({ Condition: condition })
        })
      )
      expect(JSON.parse(emu.trustPolicy(name)).Statement[0].Condition).toEqual(condition)
    })
  })

  describe('trust policy size quota', () => {
    /** A valid trust policy whose minified JSON is exactly `size` characters long. */
    const policyOfSize = (size: number): string => {
      const base = salesforceTrust({ StringEquals: { 'sts:ExternalId': '' } })
      const filler = 'x'.repeat(size - base.length)
      return salesforceTrust({ StringEquals: { 'sts:ExternalId': filler } })
    }

    it('accepts 2048 characters and refuses 2049 with LimitExceeded', async () => {
      const { name } = freshRole()
      const atQuota = policyOfSize(2048)
      expect(atQuota).toHaveLength(2048)
      await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: atQuota }))

      const error = await failure(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: policyOfSize(2049) }))
      )
      expect(error).toEqual({
        code: 'LimitExceeded',
        status: 409,
        message: 'Cannot exceed quota for ACLSizePerRole: 2048'
      })
      expect(emu.trustPolicy(name)).toBe(atQuota)
    })

    it('measures the minified document, not the whitespace sent', async () => {
      const { name } = freshRole()
      const pretty = JSON.stringify(JSON.parse(policyOfSize(2000)), null, 8)
      expect(pretty.length).toBeGreaterThan(2048)
      await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: pretty }))
      expect(emu.trustPolicy(name)).toHaveLength(2000)
    })

    it('follows a raised quota', async () => {
      const { name } = freshRole()
      emu.setPolicySizeQuota(4096)
      try {
        await iam.send(
          new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: policyOfSize(4000) })
        )
        const error = await failure(
          iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: policyOfSize(4097) }))
        )
        expect(error.message).toBe('Cannot exceed quota for ACLSizePerRole: 4096')
      } finally {
        emu.setPolicySizeQuota(2048)
      }
    })
  })

  it('pages ListRoles with Marker and IsTruncated across three pages', async () => {
    const names = ['Paged-c', 'Paged-a', 'Paged-e', 'Paged-b', 'Paged-d']
    for (const name of names) emu.createRole(name, salesforceTrust(), { path: '/paged/' })

    const pages: string[][] = []
    let marker: string | undefined
    do {
      const page = await iam.send(
        new ListRolesCommand({ PathPrefix: '/paged/', MaxItems: 2, Marker: marker })
      )
      pages.push((page.Roles ?? []).map((role) => role.RoleName ?? ''))
      expect(page.IsTruncated).toBe(page.Marker !== undefined)
      marker = page.Marker
    } while (marker)

    expect(pages).toEqual([['Paged-a', 'Paged-b'], ['Paged-c', 'Paged-d'], ['Paged-e']])
    const everything = await iam.send(new ListRolesCommand({}))
    expect(everything.IsTruncated).toBe(false)
    expect(everything.Roles?.map((role) => role.RoleName)).toEqual(
      expect.arrayContaining(['automation', ...names])
    )
    expect(decodeURIComponent(everything.Roles?.[0]?.AssumeRolePolicyDocument ?? '')).toMatch(/^\{"Version"/)
  })

  it('denies an IAM action the caller may no longer use, as IAM words it, and only that action', async () => {
    const own = await startAwsEmulator({ issuer })
    const ownIam = new IAMClient({
      endpoint: own.url,
      region: 'us-east-1',
      credentials: own.credentials,
      maxAttempts: 1
    })
    try {
      own.createRole('Kept', salesforceTrust())
      own.denyAction('ListRoles')
      expect(await failure(ownIam.send(new ListRolesCommand({})))).toEqual({
        code: 'AccessDenied',
        status: 403,
        message: `User: arn:aws:sts::${own.accountId}:assumed-role/automation/emulator is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${own.accountId}:role/ because no identity-based policy allows the iam:ListRoles action`
      })
      expect((await ownIam.send(new GetRoleCommand({ RoleName: 'Kept' }))).Role?.RoleName).toBe('Kept')
    } finally {
      ownIam.destroy()
      await own.stop()
    }
  })

  it('tags, lists tags of, and untags a role', async () => {
    const { name } = freshRole()
    await iam.send(
      new TagRoleCommand({
        RoleName: name,
        Tags: [
          { Key: 'scv:external-id-fingerprint', Value: 'sha256:0123456789ab' },
          { Key: 'team', Value: 'voice' }
        ]
      })
    )
    await iam.send(new TagRoleCommand({ RoleName: name, Tags: [{ Key: 'team', Value: 'contact-center' }] }))
    const listed = await iam.send(new ListRoleTagsCommand({ RoleName: name }))
    expect(listed.Tags).toEqual([
      { Key: 'scv:external-id-fingerprint', Value: 'sha256:0123456789ab' },
      { Key: 'team', Value: 'contact-center' }
    ])
    expect(listed.IsTruncated).toBe(false)

    await iam.send(new UntagRoleCommand({ RoleName: name, TagKeys: ['team'] }))
    expect(emu.roleTags(name)).toEqual({ 'scv:external-id-fingerprint': 'sha256:0123456789ab' })

    const tooMany = Array.from({ length: 50 }, (_, index) => ({ Key: `k${index}`, Value: 'v' }))
    expect(await failure(iam.send(new TagRoleCommand({ RoleName: name, Tags: tooMany })))).toMatchObject({
      code: 'LimitExceeded',
      status: 409
    })
  })
})

describe('STS AssumeRole', () => {
  const salesforce = (): STSClient => stsAs(emu.credentialsFor(SALESFORCE_ROLE))
  const assume = (roleArn: string, externalId?: string) =>
    salesforce().send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'salesforce',
        ...(externalId !== undefined ? { ExternalId: externalId } : {})
      })
    )
  const deniedMessage = (roleArn: string): string =>
    `User: ${SALESFORCE_SESSION} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`

  it('denies a wrong and a missing external ID and allows the right one', async () => {
    const { arn } = freshRole(salesforceTrust({ StringEquals: { 'sts:ExternalId': EXTERNAL_ID } }))

    expect(await failure(assume(arn, 'scv-wrong-id'))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: deniedMessage(arn)
    })
    expect(await failure(assume(arn))).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: deniedMessage(arn)
    })

    const session = await assume(arn, EXTERNAL_ID)
    expect(session.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/)
    expect(session.Credentials?.SessionToken).toBeTruthy()
    expect(session.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now())
    const sessionArn = `arn:aws:sts::111122223333:assumed-role/${arn.split('/').at(-1)}/salesforce`
    expect(session.AssumedRoleUser?.Arn).toBe(sessionArn)

    const credentials = {
      accessKeyId: session.Credentials?.AccessKeyId ?? '',
      secretAccessKey: session.Credentials?.SecretAccessKey ?? '',
      sessionToken: session.Credentials?.SessionToken ?? ''
    }
    expect((await stsAs(credentials).send(new GetCallerIdentityCommand({}))).Arn).toBe(sessionArn)
  })

  it('lets a role without a condition accept any external ID, or none', async () => {
    const { arn } = freshRole()
    await expect(assume(arn, 'anything-at-all')).resolves.toBeDefined()
    await expect(assume(arn)).resolves.toBeDefined()
  })

  it('accepts each of several external IDs listed in one condition (a staged rotation)', async () => {
    const { arn } = freshRole(
      salesforceTrust({ StringEquals: { 'sts:ExternalId': ['scv-old-id', 'scv-new-id'] } })
    )
    await expect(assume(arn, 'scv-old-id')).resolves.toBeDefined()
    await expect(assume(arn, 'scv-new-id')).resolves.toBeDefined()
    expect((await failure(assume(arn, 'scv-other-id'))).code).toBe('AccessDenied')
  })

  it('lets an explicit Deny win over an Allow', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: SALESFORCE_ACCOUNT }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: { Null: { 'sts:ExternalId': 'true' } } }
      ]
    })
    const { arn } = freshRole(policy)
    expect((await failure(assume(arn))).code).toBe('AccessDenied')
    await expect(assume(arn, EXTERNAL_ID)).resolves.toBeDefined()
  })

  it('denies principals the policy does not trust, and roles that do not exist', async () => {
    const { arn } = freshRole(trustPolicy({ Principal: { AWS: 'arn:aws:iam::999988887777:root' } }))
    expect(await failure(assume(arn))).toMatchObject({ code: 'AccessDenied', message: deniedMessage(arn) })
    const missing = 'arn:aws:iam::111122223333:role/DoesNotExist'
    expect(await failure(assume(missing))).toMatchObject({
      code: 'AccessDenied',
      message: deniedMessage(missing)
    })
  })

  it('matches a role ARN principal to the sessions of that role', async () => {
    const { arn } = freshRole(trustPolicy({ Principal: { AWS: SALESFORCE_ROLE } }))
    await expect(assume(arn)).resolves.toBeDefined()
    const other = stsAs(emu.credentialsFor(`arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SomeoneElse`))
    const error = await failure(other.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'x1' })))
    expect(error.code).toBe('AccessDenied')
  })

  it('refuses an external ID outside the AWS pattern without echoing it', async () => {
    const { arn } = freshRole()
    const error = await failure(assume(arn, 'has spaces!'))
    expect(error.code).toBe('ValidationError')
    expect(error.message).not.toContain('has spaces!')
  })

  it('limits sessions assumed by a role session (role chaining) to one hour', async () => {
    const { arn } = freshRole(
      trustPolicy({ Principal: { AWS: 'arn:aws:iam::111122223333:role/automation' } })
    )
    const error = await failure(
      sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'chain', DurationSeconds: 7200 }))
    )
    expect(error.message).toContain('role chaining')
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'chain' }))
    ).resolves.toBeDefined()
  })
})

describe('eventual consistency', () => {
  it('shows and evaluates the previous trust policy until the propagation delay has passed', async () => {
    const { name, arn } = freshRole()
    const salesforce = stsAs(emu.credentialsFor(SALESFORCE_ROLE))
    const assumeWithoutId = () =>
      salesforce.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'sf' }))
    const conditioned = salesforceTrust({ StringEquals: { 'sts:ExternalId': EXTERNAL_ID } })
    emu.setPropagationDelay(400)

    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: conditioned }))
    expect(await decodedPolicy(iam, name)).toEqual(JSON.parse(salesforceTrust()))
    await expect(assumeWithoutId()).resolves.toBeDefined()
    expect(emu.trustPolicy(name)).toBe(conditioned) // the truth, ignoring propagation

    await new Promise((resolve) => setTimeout(resolve, 450))
    expect(await decodedPolicy(iam, name)).toEqual(JSON.parse(conditioned))
    expect((await failure(assumeWithoutId())).code).toBe('AccessDenied')
  })

  it('makes direct edits visible at once', async () => {
    const { name } = freshRole()
    emu.setPropagationDelay(10_000)
    const drifted = trustPolicy({ Principal: { AWS: SALESFORCE_ACCOUNT } })
    emu.setTrustPolicy(name, drifted)
    expect(await decodedPolicy(iam, name)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { AWS: `arn:aws:iam::${SALESFORCE_ACCOUNT}:root` }
        }
      ]
    })
  })
})

describe('faults', () => {
  it('answers an injected error for the matching action and role only, and logs it', async () => {
    const target = freshRole()
    const other = freshRole()
    emu.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: target.name,
      error: { code: 'Throttling', status: 400, message: 'Rate exceeded' }
    })
    const update = (name: string) =>
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: salesforceTrust() }))

    expect(await failure(update(target.name))).toEqual({
      code: 'Throttling',
      status: 400,
      message: 'Rate exceeded'
    })
    expect(await failure(update(target.name))).toMatchObject({ code: 'Throttling' })
    await expect(update(other.name)).resolves.toBeDefined()
    await expect(iam.send(new GetRoleCommand({ RoleName: target.name }))).resolves.toBeDefined()

    const entry = emu.log
      .filter((e) => e.roleName === target.name && e.action === 'UpdateAssumeRolePolicy')
      .at(-1)
    expect(entry).toMatchObject({
      service: 'iam',
      status: 400,
      errorCode: 'Throttling',
      principal: 'arn:aws:sts::111122223333:assumed-role/automation/emulator'
    })
  })

  it('fires on the nth matching call only, or `times` times from there', async () => {
    const { name } = freshRole()
    emu.addFault({
      action: 'GetRole',
      roleName: name,
      nth: 2,
      error: { code: 'ServiceFailure', status: 500 }
    })
    const read = () => iam.send(new GetRoleCommand({ RoleName: name }))
    await expect(read()).resolves.toBeDefined()
    expect(await failure(read())).toMatchObject({ code: 'ServiceFailure', status: 500 })
    await expect(read()).resolves.toBeDefined()

    emu.clearFaults()
    emu.addFault({ action: '*', roleName: name, times: 2, error: { code: 'Throttling', status: 400 } })
    expect((await failure(read())).code).toBe('Throttling')
    expect((await failure(read())).code).toBe('Throttling')
    await expect(read()).resolves.toBeDefined()
  })

  it('fires on a seeded random share of the matching calls, the same calls for the same seed', async () => {
    const firings = (seed: number): boolean[] => {
      const plan = new FaultPlan()
      plan.add({ action: '*', probability: 0.2, seed, error: { code: 'Throttling', status: 400 } })
      return Array.from({ length: 1000 }, () => plan.apply('GetRole', 'Any').error !== undefined)
    }
    const share = firings(7).filter(Boolean).length / 1000
    expect(share).toBeGreaterThan(0.15)
    expect(share).toBeLessThan(0.25)
    expect(firings(7)).toEqual(firings(7))
    expect(firings(8)).not.toEqual(firings(7))

    const { name } = freshRole()
    emu.addFault({
      action: 'GetRole',
      roleName: name,
      probability: 0.5,
      seed: 3,
      error: { code: 'Throttling', status: 400 }
    })
    const expected = new FaultPlan()
    expected.add({ action: 'GetRole', probability: 0.5, seed: 3, error: { code: 'Throttling', status: 400 } })
    for (let call = 0; call < 8; call++) {
      const throttled = expected.apply('GetRole', name).error !== undefined
      const answer = iam.send(new GetRoleCommand({ RoleName: name }))
      if (throttled) expect((await failure(answer)).code).toBe('Throttling')
      else await expect(answer).resolves.toBeDefined()
    }
  })

  it('adds latency to matching calls', async () => {
    const { name } = freshRole()
    emu.addFault({ action: 'GetRole', roleName: name, latencyMs: 300 })
    const started = Date.now()
    await iam.send(new GetRoleCommand({ RoleName: name }))
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    const quick = Date.now()
    await iam.send(new GetRoleCommand({ RoleName: 'automation' }))
    expect(Date.now() - quick).toBeLessThan(200)
  })

  it('drops the connection without an answer and logs status 0', async () => {
    const { name } = freshRole()
    emu.addFault({ action: 'UpdateAssumeRolePolicy', roleName: name, drop: true, times: 1 })
    const update = () =>
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: salesforceTrust() }))
    await expect(update()).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect(emu.log.filter((e) => e.roleName === name).at(-1)).toMatchObject({ status: 0, errorCode: null })
    await expect(update()).resolves.toBeDefined()
  })

  it('answers GetRole with the trust policy from before the last update', async () => {
    const { name } = freshRole()
    const conditioned = salesforceTrust({ StringEquals: { 'sts:ExternalId': EXTERNAL_ID } })
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: conditioned }))
    emu.addFault({ action: 'GetRole', roleName: name, respond: 'previous-policy', times: 1 })
    expect(await decodedPolicy(iam, name)).toEqual(JSON.parse(salesforceTrust()))
    expect(await decodedPolicy(iam, name)).toEqual(JSON.parse(conditioned))
  })
})

describe('AssumeRoleWithWebIdentity', () => {
  const unsigned = (): STSClient =>
    new STSClient({
      endpoint: emu.url,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' }
    })
  const assumeWith = (token: string) =>
    unsigned().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::111122223333:role/automation',
        RoleSessionName: 'github-run-1',
        WebIdentityToken: token
      })
    )

  it('accepts a token of the shared issuer and yields working credentials', async () => {
    const response = await assumeWith(
      issuer.sign({ aud: 'sts.amazonaws.com', sub: 'repo:acme/voice:ref:refs/heads/main' })
    )
    expect(response.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::111122223333:assumed-role/automation/github-run-1'
    )
    expect(response.SubjectFromWebIdentityToken).toBe('repo:acme/voice:ref:refs/heads/main')
    const credentials = {
      accessKeyId: response.Credentials?.AccessKeyId ?? '',
      secretAccessKey: response.Credentials?.SecretAccessKey ?? '',
      sessionToken: response.Credentials?.SessionToken ?? ''
    }
    const identity = await stsAs(credentials).send(new GetCallerIdentityCommand({}))
    expect(identity.Arn).toBe('arn:aws:sts::111122223333:assumed-role/automation/github-run-1')
    expect(emu.log.filter((e) => e.action === 'AssumeRoleWithWebIdentity').at(-1)?.principal).toBeNull()
  })

  it('refuses a token signed by another issuer', async () => {
    const impostor = createOidcIssuer()
    const error = await failure(
      assumeWith(impostor.sign({ aud: 'sts.amazonaws.com', sub: 'repo:acme/voice:ref:x' }))
    )
    expect(error).toMatchObject({ code: 'InvalidIdentityToken', status: 400 })
  })

  it('refuses a token whose claims the trust policy does not accept', async () => {
    const wrongSubject = await failure(
      assumeWith(issuer.sign({ aud: 'sts.amazonaws.com', sub: 'environment:prod' }))
    )
    expect(wrongSubject).toEqual({
      code: 'AccessDenied',
      status: 403,
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
    })
    const wrongAudience = await failure(
      assumeWith(issuer.sign({ aud: 'other-audience', sub: 'repo:acme/voice:x' }))
    )
    expect(wrongAudience.code).toBe('InvalidIdentityToken')
  })
})

describe('concurrency', () => {
  it('handles requests concurrently: 10 calls with 200 ms latency finish well under 2 s', async () => {
    emu.setLatency(200)
    const started = Date.now()
    await Promise.all(Array.from({ length: 10 }, () => sts.send(new GetCallerIdentityCommand({}))))
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(190)
    expect(elapsed).toBeLessThan(1000)

    const calls = emu.log.filter((entry) => entry.start >= started)
    expect(calls).toHaveLength(10)
    const latestStart = Math.max(...calls.map((entry) => entry.start))
    const earliestEnd = Math.min(...calls.map((entry) => entry.end))
    expect(latestStart).toBeLessThan(earliestEnd) // all ten were in flight at once
  })
})

describe('trust policy evaluator', () => {
  const caller = {
    kind: 'aws' as const,
    arn: SALESFORCE_SESSION,
    principalArn: SALESFORCE_ROLE,
    accountId: SALESFORCE_ACCOUNT
  }
  const request = (context: TrustRequest['context'] = {}, action = 'sts:AssumeRole'): TrustRequest => ({
    action,
    principal: caller,
    context: { 'aws:PrincipalArn': SALESFORCE_ROLE, 'aws:PrincipalAccount': SALESFORCE_ACCOUNT, ...context }
  })
  const policy = (statement: Record<string, unknown>) => ({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: SALESFORCE_ACCOUNT }, Action: 'sts:AssumeRole', ...statement }
    ]
  })
  const withCondition = (condition: Record<string, unknown>) => policy({ Condition: condition })

  it.each([
    ['a bare account ID', SALESFORCE_ACCOUNT, 'allow'],
    ['the account root ARN', `arn:aws:iam::${SALESFORCE_ACCOUNT}:root`, 'allow'],
    ['the role ARN of the session', SALESFORCE_ROLE, 'allow'],
    ['the session ARN', SALESFORCE_SESSION, 'allow'],
    ['everyone', '*', 'allow'],
    ['another account', 'arn:aws:iam::999988887777:root', 'implicit-deny'],
    ['another role of the account', `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/Other`, 'implicit-deny']
  ])('matches an AWS principal given as %s', (_case, principal, decision) => {
    expect(evaluateTrustPolicy(policy({ Principal: { AWS: principal } }), request())).toBe(decision)
  })

  it('does not let service or federated principals match an AWS caller', () => {
    expect(evaluateTrustPolicy(policy({ Principal: { Service: 'connect.amazonaws.com' } }), request())).toBe(
      'implicit-deny'
    )
    expect(evaluateTrustPolicy(policy({ Principal: '*' }), request())).toBe('allow')
  })

  it.each([
    ['sts:*', 'allow'],
    ['*', 'allow'],
    ['sts:Assume*', 'allow'],
    ['STS:assumerole', 'allow'],
    ['sts:AssumeRoleWithWebIdentity', 'implicit-deny'],
    [['sts:TagSession', 'sts:AssumeRole'], 'allow']
  ])('matches the action pattern %j', (action, decision) => {
    expect(evaluateTrustPolicy(policy({ Action: action }), request())).toBe(decision)
  })

  it('applies NotAction to every action but the listed ones', () => {
    const notAction = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: SALESFORCE_ACCOUNT }, NotAction: 'sts:TagSession' }]
    }
    expect(evaluateTrustPolicy(notAction, request())).toBe('allow')
    expect(evaluateTrustPolicy(notAction, request({}, 'sts:TagSession'))).toBe('implicit-deny')
  })

  it('evaluates string operators, case-insensitive keys and ORed values', () => {
    const equals = withCondition({ StringEquals: { 'STS:EXTERNALID': ['one1', 'two2'] } })
    expect(evaluateTrustPolicy(equals, request({ 'sts:ExternalId': 'two2' }))).toBe('allow')
    expect(evaluateTrustPolicy(equals, request({ 'sts:ExternalId': 'TWO2' }))).toBe('implicit-deny')
    const ignoreCase = withCondition({ StringEqualsIgnoreCase: { 'sts:ExternalId': 'two2' } })
    expect(evaluateTrustPolicy(ignoreCase, request({ 'sts:ExternalId': 'TWO2' }))).toBe('allow')
    const like = withCondition({ StringLike: { 'sts:ExternalId': 'scv-??-*' } })
    expect(evaluateTrustPolicy(like, request({ 'sts:ExternalId': 'scv-ab-anything' }))).toBe('allow')
    expect(evaluateTrustPolicy(like, request({ 'sts:ExternalId': 'scv-abc' }))).toBe('implicit-deny')
  })

  it('treats a missing key as not matching, so negated operators and IfExists hold', () => {
    const notEquals = withCondition({ StringNotEquals: { 'sts:ExternalId': 'abc1' } })
    expect(evaluateTrustPolicy(notEquals, request())).toBe('allow')
    expect(evaluateTrustPolicy(notEquals, request({ 'sts:ExternalId': 'abc1' }))).toBe('implicit-deny')
    const notLike = withCondition({ StringNotLike: { 'sts:ExternalId': 'abc*' } })
    expect(evaluateTrustPolicy(notLike, request({ 'sts:ExternalId': 'xyz1' }))).toBe('allow')
    const equals = withCondition({ StringEquals: { 'sts:ExternalId': 'abc1' } })
    expect(evaluateTrustPolicy(equals, request())).toBe('implicit-deny')
    const ifExists = withCondition({ StringEqualsIfExists: { 'sts:ExternalId': 'abc1' } })
    expect(evaluateTrustPolicy(ifExists, request())).toBe('allow')
    expect(evaluateTrustPolicy(ifExists, request({ 'sts:ExternalId': 'zzz9' }))).toBe('implicit-deny')
  })

  it('evaluates Null and the set operators the way AWS does', () => {
    const mustBeAbsent = withCondition({ Null: { 'sts:ExternalId': 'true' } })
    expect(evaluateTrustPolicy(mustBeAbsent, request())).toBe('allow')
    expect(evaluateTrustPolicy(mustBeAbsent, request({ 'sts:ExternalId': 'abc1' }))).toBe('implicit-deny')
    // ForAllValues holds when the key is absent: the reason never to use it for sts:ExternalId.
    const forAll = withCondition({ 'ForAllValues:StringEquals': { 'sts:ExternalId': 'abc1' } })
    expect(evaluateTrustPolicy(forAll, request())).toBe('allow')
    expect(evaluateTrustPolicy(forAll, request({ 'sts:ExternalId': 'wrong1' }))).toBe('implicit-deny')
    const forAny = withCondition({ 'ForAnyValue:StringLike': { 'token:aud': ['sts.*'] } })
    expect(evaluateTrustPolicy(forAny, request({ 'token:aud': ['other', 'sts.amazonaws.com'] }))).toBe(
      'allow'
    )
    expect(evaluateTrustPolicy(forAny, request())).toBe('implicit-deny')
  })

  it('ANDs several operators and several keys', () => {
    const both = withCondition({
      StringEquals: { 'sts:ExternalId': 'abc1', 'aws:PrincipalAccount': SALESFORCE_ACCOUNT },
      StringLike: { 'aws:PrincipalArn': '*:role/SCV*' }
    })
    expect(evaluateTrustPolicy(both, request({ 'sts:ExternalId': 'abc1' }))).toBe('allow')
    expect(
      evaluateTrustPolicy(both, {
        ...request({ 'sts:ExternalId': 'abc1' }),
        context: { 'sts:ExternalId': 'abc1' }
      })
    ).toBe('implicit-deny')
  })

  it('lets a matching Deny override every Allow', () => {
    const denyWrongId = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'sts:AssumeRole',
          Condition: { StringNotEquals: { 'sts:ExternalId': 'abc1' } }
        }
      ]
    }
    expect(evaluateTrustPolicy(denyWrongId, request({ 'sts:ExternalId': 'abc1' }))).toBe('allow')
    expect(evaluateTrustPolicy(denyWrongId, request({ 'sts:ExternalId': 'bad1' }))).toBe('explicit-deny')
  })
})

/**
 * The raw HTTP answer to a command: the SDK serialises and signs the request, which is then sent
 * again with fetch so the body can be read as it came over the wire.
 */
async function rawResponse(command: GetRoleCommand): Promise<{ status: number; body: string }> {
  const captured: { request?: { headers: Record<string, string>; body?: unknown; method: string } } = {}
  const capture = new Error('captured')
  const capturing = iamAs(emu.credentials)
  capturing.middlewareStack.add(
    (_next) => async (args) => {
      captured.request = args.request as typeof captured.request
      throw capture
    },
    { step: 'deserialize', name: 'captureSignedRequest' }
  )
  await capturing.send(command).catch((error: unknown) => {
    if (error !== capture) throw error
  })
  const request = captured.request
  if (!request) throw new Error('no request captured')
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(
      ([name]) => !['host', 'content-length'].includes(name.toLowerCase())
    )
  )
  const response = await fetch(emu.url, { method: request.method, headers, body: String(request.body) })
  return { status: response.status, body: await response.text() }
}
