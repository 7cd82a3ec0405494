import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { GetRoleCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam'
import {
  AssumeRoleCommand,
  STSClient,
  STSServiceException,
  type AssumeRoleCommandInput
} from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { TrustTransaction } from '../../src/transaction/transaction.js'
import { readRole, type StoredRole } from '../../src/aws/roles.js'
import { runCanary, type CanaryOptions } from '../../src/transaction/canary.js'
import { CANARY_SID } from '../../src/policy/canary.js'
import { Journal } from '../../src/transaction/journal.js'
import type { WritePlan } from '../../src/domain/plan-types.js'
import { policySize, type PolicyDocument, type PolicyStatement } from '../../src/policy/document.js'
import { VerificationError } from '../../src/transaction/errors.js'
import {
  ACCOUNT,
  CREDENTIALS,
  NEW_ID,
  ORIGINAL_POLICY,
  awsError,
  fakeIam,
  plannedRole,
  policyRequiring,
  roleNamesOf,
  target,
  errorOf,
  journalFile
} from '../aws/iam-fake.js'

const A = target('SCVAmazonConnectManagementRole', 'AmazonConnectManagementRole')
const B = target('Acme-SCVS3Role', 'SCVS3Role')
const CALLER_ROLE = 'scv-automation'
const CALLER_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/${CALLER_ROLE}/github-run-42`
const NEW_POLICY = policyRequiring(NEW_ID)
const noWait = async (): Promise<void> => {}

type Accepts = (externalId: string | undefined) => boolean
const onlyTheNewId: Accepts = (externalId) => externalId === NEW_ID

/**
 * The written roles (and the caller's own role, under a path) in a fake IAM, a real transaction over
 * it, and an STS that answers AssumeRole by `accepts`, denying the first `propagationDenials` calls.
 */
async function setUp(
  options: { accepts?: Accepts; propagationDenials?: number; after?: PolicyDocument } = {}
) {
  const after = options.after ?? NEW_POLICY
  const afterJson = JSON.stringify(after)
  const fake = fakeIam({
    [A.roleName]: { json: afterJson },
    [B.roleName]: { json: afterJson },
    [CALLER_ROLE]: { json: JSON.stringify(ORIGINAL_POLICY), path: '/github/' }
  })
  const originals = (await Promise.all([A, B].map((role) => readRole(fake.iam, role)))) as StoredRole[]
  fake.mock.resetHistory()
  const transaction = new TrustTransaction(fake.iam, originals, {
    concurrency: 2,
    deadline: () => Date.now() + 60_000,
    journal: Journal.create(journalFile(), ACCOUNT, originals)
  })

  const sts = new STSClient({ region: 'us-east-1', credentials: CREDENTIALS })
  const stsMock = mockClient(sts)
  const accepts = options.accepts ?? onlyTheNewId
  let denials = options.propagationDenials ?? 0
  stsMock.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
    if (denials > 0 || !accepts(input.ExternalId)) {
      denials = Math.max(0, denials - 1)
      throw accessDenied(input.RoleArn ?? '')
    }
    return {
      Credentials: {
        AccessKeyId: 'ASIACANARY',
        SecretAccessKey: 'canary-secret',
        SessionToken: 'canary-token',
        Expiration: new Date('2030-01-01T00:00:00Z')
      }
    }
  })

  const plans = [plannedRole(A, after), plannedRole(B, after)]
  const canaryOptions: CanaryOptions = {
    callerArn: CALLER_ARN,
    externalId: NEW_ID,
    maxPolicySize: 2048,
    deadline: Date.now() + 60_000,
    concurrency: 2,
    sleep: jest.fn(noWait)
  }
  const run = (overrides: Partial<CanaryOptions> = {}, planned: WritePlan[] = plans) =>
    runCanary({ iam: fake.iam, sts }, transaction, planned, { ...canaryOptions, ...overrides })
  return { ...fake, stsMock, transaction, plans, afterJson, canaryOptions, run }
}

function accessDenied(roleArn: string): Error {
  const error = new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: `User: ${CALLER_ARN} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
  })
  return Object.assign(error, { Code: 'AccessDenied' })
}

type Fake = Awaited<ReturnType<typeof setUp>>

function writesTo(fake: Fake, roleName: string): string[] {
  return fake.mock
    .commandCalls(UpdateAssumeRolePolicyCommand, { RoleName: roleName })
    .map((call) => call.args[0].input.PolicyDocument ?? '')
}

function canaryOf(policyJson: string): PolicyStatement | undefined {
  const statements = (JSON.parse(policyJson) as { Statement: PolicyStatement[] }).Statement
  return statements.find((statement) => statement.Sid === CANARY_SID)
}

function probesOf(fake: Fake, roleArn: string): Array<AssumeRoleCommandInput> {
  return fake.stsMock.commandCalls(AssumeRoleCommand, { RoleArn: roleArn }).map((call) => call.args[0].input)
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('runCanary', () => {
  it('adds a statement trusting the caller’s role under the new ID, then writes the planned policy back', async () => {
    const fake = await setUp()

    await fake.run()

    for (const role of [A, B]) {
      const [withCanary, restored] = writesTo(fake, role.roleName)
      expect(JSON.parse(withCanary ?? '{}')).toEqual({
        ...NEW_POLICY,
        Statement: [
          ...(NEW_POLICY.Statement as PolicyStatement[]),
          {
            Sid: 'ScvExternalIdCanary',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/github/${CALLER_ROLE}` },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': NEW_ID } }
          }
        ]
      })
      expect(restored).toBe(fake.afterJson)
      expect(writesTo(fake, role.roleName)).toHaveLength(2)
      expect(fake.state.get(role.roleName)?.json).toBe(fake.afterJson)
    }
    expect(roleNamesOf(fake.mock, GetRoleCommand)).toContain(CALLER_ROLE)
  })

  it('assumes each role with the new ID, then with a wrong ID and with none', async () => {
    const fake = await setUp()

    await fake.run()

    for (const role of [A, B]) {
      const probes = probesOf(fake, role.arn)
      expect(probes).toHaveLength(3)
      expect(probes[0]).toEqual({
        RoleArn: role.arn,
        RoleSessionName: 'scv-external-id-canary',
        DurationSeconds: 900,
        ExternalId: NEW_ID
      })
      expect(probes[1]?.ExternalId).toMatch(/^scv-wrong-/)
      expect(probes[2]).not.toHaveProperty('ExternalId')
    }
  })

  it('trusts the path-less role ARN in the caller’s partition when GetRole on its own role is denied', async () => {
    const fake = await setUp()
    fake.mock
      .on(GetRoleCommand, { RoleName: CALLER_ROLE })
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetRole'))

    await fake.run({ callerArn: `arn:aws-us-gov:sts::${ACCOUNT}:assumed-role/${CALLER_ROLE}/run-42` })

    const canary = canaryOf(writesTo(fake, A.roleName)[0] ?? '{}')
    expect(canary?.Principal).toEqual({ AWS: `arn:aws-us-gov:iam::${ACCOUNT}:role/${CALLER_ROLE}` })
  })

  it('trusts a caller that is not an assumed role by its own ARN, without looking it up', async () => {
    const fake = await setUp()
    const userArn = `arn:aws:iam::${ACCOUNT}:user/ci`

    await fake.run({ callerArn: userArn })

    expect(canaryOf(writesTo(fake, A.roleName)[0] ?? '{}')?.Principal).toEqual({ AWS: userArn })
    expect(roleNamesOf(fake.mock, GetRoleCommand)).not.toContain(CALLER_ROLE)
  })

  it('retries AccessDenied with the new ID until the change has propagated', async () => {
    const fake = await setUp({ propagationDenials: 2 })
    const sleep = jest.fn(noWait)

    await fake.run({ concurrency: 1, sleep })

    const withNewId = probesOf(fake, A.arn).filter((probe) => probe.ExternalId === NEW_ID)
    expect(withNewId).toHaveLength(3)
    expect(sleep).toHaveBeenCalledTimes(2)
  })

  it('fails when the new ID is still denied at the deadline, and removes the canary', async () => {
    const fake = await setUp({ accepts: () => false })
    let now = Date.now()
    jest.spyOn(Date, 'now').mockImplementation(() => now)
    const sleep = jest.fn(async (ms: number) => {
      now += ms
    })

    const error = await errorOf(fake.run({ deadline: now + 30_000, sleep }))

    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toBe(
      `verify: assume: ${A.arn} cannot be assumed with the new external ID (AccessDenied).`
    )
    expect(probesOf(fake, A.arn).length).toBeGreaterThan(5)
    expect(fake.state.get(A.roleName)?.json).toBe(fake.afterJson)
    expect(fake.state.get(B.roleName)?.json).toBe(fake.afterJson)
  })

  it.each([
    ['a wrong external ID', (id: string | undefined) => id !== undefined],
    ['no external ID', (id: string | undefined) => id === NEW_ID || id === undefined]
  ])('fails when %s is accepted, and removes the canary', async (label, accepts) => {
    const fake = await setUp({ accepts })

    const error = await errorOf(fake.run())

    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toBe(
      `verify: assume: ${A.arn} answered allowed for ${label}; expected AccessDenied.`
    )
    expect(error.message).not.toContain(NEW_ID)
    expect(writesTo(fake, A.roleName).at(-1)).toBe(fake.afterJson)
    expect(fake.state.get(A.roleName)?.json).toBe(fake.afterJson)
  })

  it('after a disable adds a canary without condition and only checks assumption without an ID', async () => {
    const fake = await setUp({ after: ORIGINAL_POLICY, accepts: () => true })

    await fake.run({ externalId: null })

    const canary = canaryOf(writesTo(fake, A.roleName)[0] ?? '{}')
    expect(canary).toEqual({
      Sid: CANARY_SID,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/github/${CALLER_ROLE}` },
      Action: 'sts:AssumeRole'
    })
    expect(probesOf(fake, A.arn)).toEqual([
      { RoleArn: A.arn, RoleSessionName: 'scv-external-id-canary', DurationSeconds: 900 }
    ])
  })

  it('fails before any write when the canary would not fit in max-policy-size', async () => {
    const fake = await setUp()
    const maxPolicySize = policySize(NEW_POLICY) + 20

    const error = await errorOf(fake.run({ maxPolicySize }))

    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toContain(`temporary statement in ${A.roleName}`)
    expect(error.message).toContain(`over max-policy-size ${maxPolicySize}`)
    expect(error.message).not.toContain(NEW_ID)
    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
    expect(fake.stsMock.calls()).toHaveLength(0)
    expect(fake.transaction.touched).toBe(false)
  })

  it('fails with a VerificationError when the canary cannot be removed although the probes passed', async () => {
    const fake = await setUp()
    fake.mock
      .on(UpdateAssumeRolePolicyCommand, { RoleName: A.roleName, PolicyDocument: fake.afterJson })
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:UpdateAssumeRolePolicy'))

    const error = await errorOf(fake.run())

    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toContain(
      'Could not remove the canary statement: SCVAmazonConnectManagementRole: AccessDenied (HTTP 403): not authorized to perform: iam:UpdateAssumeRolePolicy'
    )
    expect(fake.transaction.touched).toBe(true)
  })

  it('reports the failed probe, not the failed removal, when both fail', async () => {
    const fake = await setUp({ accepts: () => true })
    fake.mock
      .on(UpdateAssumeRolePolicyCommand, { RoleName: A.roleName, PolicyDocument: fake.afterJson })
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:UpdateAssumeRolePolicy'))

    const error = await errorOf(fake.run())

    expect(error.message).toMatch(/answered allowed for a wrong external ID/)
  })

  it('removes the canary from every role when writing it fails for one', async () => {
    const fake = await setUp()
    fake.failOnce('UpdateAssumeRolePolicy', B.roleName, awsError('LimitExceeded', 409, 'Cannot exceed quota'))

    const error = await errorOf(fake.run())

    // The write error names the role AWS's message does not name.
    expect(error.message).toContain('Acme-SCVS3Role: LimitExceeded (HTTP 409): Cannot exceed quota')
    expect(fake.stsMock.calls()).toHaveLength(0)
    expect(fake.state.get(A.roleName)?.json).toBe(fake.afterJson)
    expect(writesTo(fake, B.roleName).at(-1)).toBe(fake.afterJson)
  })
})
