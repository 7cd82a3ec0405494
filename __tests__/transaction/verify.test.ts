import { describe, expect, it } from '@jest/globals'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import type { TrustTransaction } from '../../src/transaction/transaction.js'
import { VerificationError } from '../../src/transaction/errors.js'
import { verifyApplied, verifyTags, type VerifyOptions } from '../../src/transaction/verify.js'
import { installLogSink } from '../../src/report/log.js'
import type { ReadyPlan } from '../../src/domain/plan-types.js'
import type { StoredRole } from '../../src/aws/roles.js'
import {
  CREDENTIALS,
  NEW_ID,
  ORIGINAL_POLICY,
  errorOf,
  fakeIam,
  plannedRole,
  policyRequiring,
  roleNamesOf,
  target
} from '../aws/iam-fake.js'

installLogSink({ info: () => undefined, debug: () => undefined })

const A = target('Acme-SCVS3Role', 'SCVS3Role')
const B = target('Acme-ConnectCallRole', 'InstanceRecordingRole')
const NEW_POLICY = policyRequiring(NEW_ID)
const OPTIONS: VerifyOptions = {
  mode: 'simulate',
  scope: { salesforceAccountIds: ['793525387755'] },
  externalIds: [NEW_ID],
  timeoutSeconds: 0,
  maxPolicySize: 2048,
  callerArn: 'arn:aws:iam::111122223333:user/deployer'
}
/** The transaction is reached only by the canary of `verify: assume`, which these tests do not run. */
const NO_TRANSACTION = {} satisfies Partial<TrustTransaction>
const sts = new STSClient({ region: 'us-east-1', credentials: CREDENTIALS })

function apply(
  iam: ReturnType<typeof fakeIam>['iam'],
  plans: ReadyPlan[],
  options: Partial<VerifyOptions> = {}
) {
  const transaction: TrustTransaction = Object.create(NO_TRANSACTION)
  return verifyApplied({ iam, sts }, transaction, plans, { ...OPTIONS, ...options })
}

describe('verifyApplied', () => {
  it('reads nothing with verify: none', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(ORIGINAL_POLICY) } })
    await apply(fake.iam, [plannedRole(A, NEW_POLICY)], { mode: 'none' })
    expect(fake.mock.commandCalls(GetRoleCommand)).toHaveLength(0)
  })

  it('reads nothing when no role was written', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(ORIGINAL_POLICY) } })
    const unchanged: ReadyPlan = { ...plannedRole(A, ORIGINAL_POLICY), change: 'unchanged' }
    await apply(fake.iam, [unchanged])
    expect(fake.mock.commandCalls(GetRoleCommand)).toHaveLength(0)
  })

  it('reads back every written role and passes when IAM holds what was written', async () => {
    const json = JSON.stringify(NEW_POLICY)
    const fake = fakeIam({ [A.roleName]: { json }, [B.roleName]: { json } })
    await apply(fake.iam, [plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY)])
    expect(roleNamesOf(fake.mock, GetRoleCommand).sort()).toEqual([A.roleName, B.roleName].sort())
  })

  it('fails when a written policy still lets Salesforce in without the external ID', async () => {
    const json = JSON.stringify(ORIGINAL_POLICY)
    const fake = fakeIam({ [A.roleName]: { json } })
    const error = await errorOf(apply(fake.iam, [plannedRole(A, ORIGINAL_POLICY)]))
    expect(error).toBeInstanceOf(VerificationError)
    expect(error.message).toMatch(/^Verification failed: /)
    expect(error.message).not.toContain(NEW_ID)
  })

  it('fails when IAM does not show the written policy by the deadline', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(ORIGINAL_POLICY) } })
    const error = await errorOf(apply(fake.iam, [plannedRole(A, NEW_POLICY)]))
    expect(error).toBeInstanceOf(VerificationError)
  })
})

describe('verifyTags', () => {
  const TAGS = { 'scv-external-id-fingerprint': 'abc123' }
  const original = (tags: Record<string, string>): StoredRole => ({
    target: A,
    json: JSON.stringify(ORIGINAL_POLICY),
    document: ORIGINAL_POLICY,
    tags,
    readAt: 0
  })

  it('reads nothing with verify: none or when no tags were written', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(NEW_POLICY) } })
    await verifyTags(fake.iam, [plannedRole(A, NEW_POLICY, TAGS)], [], { mode: 'none', timeoutSeconds: 0 })
    await verifyTags(fake.iam, [plannedRole(A, NEW_POLICY)], [], { mode: 'simulate', timeoutSeconds: 0 })
    expect(fake.mock.commandCalls(GetRoleCommand)).toHaveLength(0)
  })

  it('passes when IAM shows the written tags beside the written policy', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(NEW_POLICY), tags: TAGS } })
    await verifyTags(fake.iam, [plannedRole(A, NEW_POLICY, TAGS)], [], {
      mode: 'simulate',
      timeoutSeconds: 0
    })
    expect(roleNamesOf(fake.mock, GetRoleCommand)).toEqual([A.roleName])
  })

  it('passes when a tag the run removes is gone and the others are as they were', async () => {
    const fake = fakeIam({
      [A.roleName]: { json: JSON.stringify(NEW_POLICY), tags: { owner: 'ops', ...TAGS } }
    })
    const stale = { 'scv-external-id-fingerprint:old': null, ...TAGS }
    await verifyTags(
      fake.iam,
      [plannedRole(A, NEW_POLICY, stale)],
      [original({ owner: 'ops', 'scv-external-id-fingerprint:old': 'x' })],
      {
        mode: 'simulate',
        timeoutSeconds: 0
      }
    )
    expect(roleNamesOf(fake.mock, GetRoleCommand)).toEqual([A.roleName])
  })

  it('fails when the tags are not there by the deadline', async () => {
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(NEW_POLICY) } })
    const error = await errorOf(
      verifyTags(fake.iam, [plannedRole(A, NEW_POLICY, TAGS)], [], { mode: 'simulate', timeoutSeconds: 0 })
    )
    expect(error.name).toMatch(/VerificationError|ConflictError/)
  })
})
