import { describe, expect, it } from '@jest/globals'
import {
  GetRoleCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import { readFileSync } from 'node:fs'
import { CancelledError, ConcurrentModificationError, WriteError } from '../../src/transaction/errors.js'
import { Journal, type JournalContent } from '../../src/transaction/journal.js'
import { GUARD_MAX_AGE_MS, TrustTransaction } from '../../src/transaction/transaction.js'
import { readRole, type StoredRole } from '../../src/aws/roles.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { TAG_APPLIED_AT, TAG_FINGERPRINT } from '../../src/domain/tags.js'
import {
  NEW_ID,
  ORIGINAL_POLICY,
  awsError,
  fakeIam,
  plannedRole,
  policyRequiring,
  target,
  errorOf,
  journalFile,
  ACCOUNT
} from '../aws/iam-fake.js'

const A = target('SCVAmazonConnectManagementRole', 'AmazonConnectManagementRole')
const B = target('Acme-ConnectCallRole', 'InstanceRecordingRole')
const C = target('Acme-SCVS3Role', 'SCVS3Role')
/** A's original text is indented and B's minified: a restore must send each back unchanged. */
const A_JSON = JSON.stringify(ORIGINAL_POLICY, null, 2)
const B_JSON = JSON.stringify(ORIGINAL_POLICY)
const NEW_POLICY = policyRequiring(NEW_ID)
const OLD_FINGERPRINT = 'sha256:000000000000'
const NEW_TAGS = { [TAG_FINGERPRINT]: 'sha256:111111111111', [TAG_APPLIED_AT]: '2025-06-01T00:00:00.000Z' }

const later = () => Date.now() + 60_000
const alreadyOver = () => Date.now() - 1

/** Three roles as IAM holds them, read the way the run reads them, and a transaction over them. */
async function setUp(deadline: () => number = later) {
  const fake = fakeIam({
    [A.roleName]: { json: A_JSON, tags: { [TAG_FINGERPRINT]: OLD_FINGERPRINT, team: 'contact-center' } },
    [B.roleName]: { json: B_JSON },
    [C.roleName]: { json: A_JSON }
  })
  const originals = (await Promise.all([A, B, C].map((role) => readRole(fake.iam, role)))) as StoredRole[]
  fake.mock.resetHistory()
  const journal = Journal.create(journalFile(), ACCOUNT, originals)
  const transaction = new TrustTransaction(fake.iam, originals, { concurrency: 2, deadline, journal })
  /** Makes the first read of a role look older than the guard trusts. */
  const age = (roleName: string) => {
    const original = originals.find((role) => role.target.roleName === roleName) as StoredRole
    original.readAt = Date.now() - GUARD_MAX_AGE_MS - 1
  }
  const journalContent = () => JSON.parse(readFileSync(journal.path, 'utf8')) as JournalContent
  return { ...fake, transaction, age, journalContent }
}

type Fake = Awaited<ReturnType<typeof setUp>>

/** The commands sent for one role, in order. */
function callsFor(fake: Fake, roleName: string): string[] {
  return fake.mock
    .calls()
    .filter((call) => (call.args[0].input as { RoleName?: string }).RoleName === roleName)
    .map((call) => call.args[0].constructor.name)
}

function policyWrites(fake: Fake): Array<{ RoleName?: string; PolicyDocument?: string }> {
  return fake.mock.commandCalls(UpdateAssumeRolePolicyCommand).map((call) => call.args[0].input)
}

/** Every plan changes its policy; those with tag changes write tags after it, as an apply does. */
async function write(fake: Fake, ...plans: ReturnType<typeof plannedRole>[]): Promise<void> {
  await fake.transaction.write(plans)
  await fake.transaction.writeTags(plans.filter((plan) => plan.tagChanges !== null))
}

describe('TrustTransaction.write', () => {
  it('writes each role’s new policy and its tags together, trusting a first read made moments ago', async () => {
    const fake = await setUp()

    await write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS), plannedRole(B, NEW_POLICY))

    expect(callsFor(fake, A.roleName)).toEqual(['UpdateAssumeRolePolicyCommand', 'TagRoleCommand'])
    expect(callsFor(fake, B.roleName)).toEqual(['UpdateAssumeRolePolicyCommand'])
    expect(callsFor(fake, C.roleName)).toEqual([])
    expect(policyWrites(fake)).toEqual(
      expect.arrayContaining([
        { RoleName: A.roleName, PolicyDocument: JSON.stringify(NEW_POLICY) },
        { RoleName: B.roleName, PolicyDocument: JSON.stringify(NEW_POLICY) }
      ])
    )
    expect(fake.state.get(A.roleName)?.tags).toEqual({ ...NEW_TAGS, team: 'contact-center' })
    expect(fake.transaction.touched).toBe(true)
  })

  it('journals every write before it is sent, even one whose answer never comes', async () => {
    const fake = await setUp()
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, new Error('socket hang up'))
    fake.failOnce('TagRole', B.roleName, new Error('socket hang up'))

    await expect(fake.transaction.write([plannedRole(A, NEW_POLICY)])).rejects.toBeInstanceOf(WriteError)
    const tagsOnly = { ...plannedRole(B, ORIGINAL_POLICY, NEW_TAGS), change: 'unchanged' as const }
    await expect(fake.transaction.writeTags([tagsOnly])).rejects.toBeInstanceOf(WriteError)

    const journal = fake.journalContent()
    expect(journal.state).toBe('writing')
    const a = journal.roles.find((role) => role.roleName === A.roleName)
    expect(a?.trustPolicy).toBe(A_JSON)
    expect(a?.written).toEqual([JSON.stringify(NEW_POLICY)])
    const b = journal.roles.find((role) => role.roleName === B.roleName)
    expect(b?.written).toEqual([])
    expect(b?.taggedWith).toEqual(NEW_TAGS)
    expect(journal.roles.find((role) => role.roleName === C.roleName)?.written).toEqual([])
  })

  it('re-reads a role whose first read is older than the guard trusts, and writes when it is the original as AWS normalises it', async () => {
    const fake = await setUp()
    const [salesforce, service] = ORIGINAL_POLICY.Statement as [PolicyStatement, PolicyStatement]
    // Statements reordered, a one-element list for a single principal.
    const normalised: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [service, { ...salesforce, Principal: { AWS: ['arn:aws:iam::793525387755:root'] } }]
    }
    fake.setPolicy(A.roleName, JSON.stringify(normalised))
    fake.age(A.roleName)

    await write(fake, plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY))

    expect(callsFor(fake, A.roleName)).toEqual(['GetRoleCommand', 'UpdateAssumeRolePolicyCommand'])
    expect(callsFor(fake, B.roleName)).toEqual(['UpdateAssumeRolePolicyCommand'])
  })

  it('leaves a role changed since its old read unwritten and fails with ConcurrentModificationError', async () => {
    const fake = await setUp()
    fake.setPolicy(A.roleName, JSON.stringify(policyRequiring('someone-elses-id')))
    fake.age(A.roleName)

    const error = await errorOf(write(fake, plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY)))

    expect(error).toBeInstanceOf(ConcurrentModificationError)
    expect(error.message).toContain(A.roleName)
    expect(error.message).not.toContain('someone-elses-id')
    expect(policyWrites(fake).map((item) => item.RoleName)).toEqual([B.roleName])
  })

  it('retries a write IAM answered with ConcurrentModification once the role still holds its original', async () => {
    const fake = await setUp()
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('ConcurrentModification', 409))

    await write(fake, plannedRole(A, NEW_POLICY))

    expect(callsFor(fake, A.roleName)).toEqual([
      'UpdateAssumeRolePolicyCommand',
      'GetRoleCommand',
      'UpdateAssumeRolePolicyCommand'
    ])
    expect(fake.state.get(A.roleName)?.json).toBe(JSON.stringify(NEW_POLICY))
  })

  it('does not retry over the racing writer: ConcurrentModification, then someone else’s policy', async () => {
    const fake = await setUp()
    const theirs = JSON.stringify(policyRequiring('someone-elses-id'))
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('ConcurrentModification', 409))
    fake.setPolicy(A.roleName, theirs)

    const error = await errorOf(write(fake, plannedRole(A, NEW_POLICY)))

    expect(error).toBeInstanceOf(ConcurrentModificationError)
    expect(error.message).toContain(A.roleName)
    expect(error.message).not.toContain('someone-elses-id')
    expect(fake.state.get(A.roleName)?.json).toBe(theirs)
    expect(policyWrites(fake)).toHaveLength(1)
  })

  it('treats a role deleted since its old read as changed by someone else', async () => {
    const fake = await setUp()
    fake.state.delete(A.roleName)
    fake.age(A.roleName)

    await expect(write(fake, plannedRole(A, NEW_POLICY))).rejects.toBeInstanceOf(ConcurrentModificationError)
    expect(policyWrites(fake)).toEqual([])
  })

  it('fails with a WriteError naming every role whose write failed, with code and status', async () => {
    const fake = await setUp()
    fake.mock
      .on(UpdateAssumeRolePolicyCommand, { RoleName: A.roleName })
      .rejects(awsError('LimitExceeded', 409, 'Cannot exceed quota for ACLSizePerRole: 2048'))
    fake.mock
      .on(UpdateAssumeRolePolicyCommand, { RoleName: B.roleName })
      .rejects(awsError('MalformedPolicyDocument', 400, 'Invalid principal in policy'))

    const error = await errorOf(write(fake, plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY)))

    expect(error).toBeInstanceOf(WriteError)
    expect((error as WriteError).failures.map((failure) => failure.roleName)).toEqual([
      A.roleName,
      B.roleName
    ])
    const [aLine, bLine] = error.message.split('\n')
    expect(aLine).toMatch(
      new RegExp(`^${A.roleName}: LimitExceeded \\(HTTP 409\\): Cannot exceed quota for ACLSizePerRole: 2048`)
    )
    expect(bLine).toMatch(
      new RegExp(`^${B.roleName}: MalformedPolicyDocument \\(HTTP 400\\): Invalid principal in policy`)
    )
  })

  it('sends no write once cancelled and fails with CancelledError', async () => {
    const fake = await setUp()
    fake.transaction.cancel('SIGINT')

    await expect(write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS))).rejects.toBeInstanceOf(CancelledError)
    await expect(fake.transaction.writePolicy(B.roleName, NEW_POLICY)).rejects.toThrow(
      'Cancelled (SIGINT): no new write was sent after it.'
    )
    expect(fake.mock.calls()).toHaveLength(0)
    expect(fake.transaction.touched).toBe(false)
  })
})

describe('TrustTransaction.rollback', () => {
  it('compares, then writes back each touched role’s original text byte for byte, reads it back and restores its tags', async () => {
    const fake = await setUp()
    await write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS), plannedRole(B, NEW_POLICY))
    fake.mock.resetHistory()

    const accounts = await fake.transaction.rollback()

    expect(accounts).toEqual([
      { roleName: A.roleName, state: 'restored', detail: null },
      { roleName: B.roleName, state: 'restored', detail: null },
      { roleName: C.roleName, state: 'untouched', detail: null }
    ])
    expect(policyWrites(fake)).toEqual(
      expect.arrayContaining([
        { RoleName: A.roleName, PolicyDocument: A_JSON },
        { RoleName: B.roleName, PolicyDocument: B_JSON }
      ])
    )
    expect(policyWrites(fake)).toHaveLength(2)
    expect(callsFor(fake, A.roleName)).toEqual([
      'GetRoleCommand',
      'UpdateAssumeRolePolicyCommand',
      'GetRoleCommand',
      'TagRoleCommand',
      'UntagRoleCommand'
    ])
    expect(callsFor(fake, B.roleName)).toEqual([
      'GetRoleCommand',
      'UpdateAssumeRolePolicyCommand',
      'GetRoleCommand'
    ])
    expect(callsFor(fake, C.roleName)).toEqual([])
    expect(fake.mock.commandCalls(TagRoleCommand)[0]?.args[0].input).toEqual({
      RoleName: A.roleName,
      Tags: [{ Key: TAG_FINGERPRINT, Value: OLD_FINGERPRINT }]
    })
    expect(fake.mock.commandCalls(UntagRoleCommand)[0]?.args[0].input).toEqual({
      RoleName: A.roleName,
      TagKeys: [TAG_APPLIED_AT]
    })
    expect(fake.state.get(A.roleName)).toEqual({
      json: A_JSON,
      tags: { [TAG_FINGERPRINT]: OLD_FINGERPRINT, team: 'contact-center' }
    })
    expect(fake.journalContent().state).toBe('settled')
  })

  it('leaves a role that another writer changed after this run’s write as it is, policy and tags', async () => {
    const fake = await setUp()
    await write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS), plannedRole(B, NEW_POLICY))
    const theirs = JSON.stringify(policyRequiring('another-runs-id'))
    fake.setPolicy(A.roleName, theirs)
    fake.mock.resetHistory()

    const accounts = await fake.transaction.rollback()

    expect(accounts[0]).toEqual({
      roleName: A.roleName,
      state: 'other-writer',
      detail: "changed by another writer after this run's write; left as is"
    })
    expect(accounts[1]?.state).toBe('restored')
    expect(callsFor(fake, A.roleName)).toEqual(['GetRoleCommand'])
    expect(fake.state.get(A.roleName)?.json).toBe(theirs)
    expect(fake.state.get(B.roleName)?.json).toBe(B_JSON)
  })

  it('with the original policy back, puts back every tag this run wrote: tags follow the policy', async () => {
    const fake = await setUp()
    await write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS))
    fake.state.get(A.roleName)!.tags[TAG_FINGERPRINT] = 'sha256:222222222222'
    fake.mock.resetHistory()

    await fake.transaction.rollback()

    expect(fake.state.get(A.roleName)?.json).toBe(A_JSON)
    expect(fake.state.get(A.roleName)?.tags).toEqual({
      [TAG_FINGERPRINT]: OLD_FINGERPRINT,
      team: 'contact-center'
    })
  })

  it('of a role whose tags alone it wrote, restores only the values nobody changed since', async () => {
    const fake = await setUp()
    await fake.transaction.writeTags([{ ...plannedRole(A, ORIGINAL_POLICY, NEW_TAGS), change: 'unchanged' }])
    fake.state.get(A.roleName)!.tags[TAG_FINGERPRINT] = 'sha256:222222222222'
    fake.mock.resetHistory()

    await fake.transaction.rollback()

    expect(fake.mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(0)
    expect(fake.mock.commandCalls(TagRoleCommand)).toHaveLength(0)
    expect(fake.mock.commandCalls(UntagRoleCommand)[0]?.args[0].input).toEqual({
      RoleName: A.roleName,
      TagKeys: [TAG_APPLIED_AT]
    })
    expect(fake.state.get(A.roleName)?.tags[TAG_FINGERPRINT]).toBe('sha256:222222222222')
  })

  it('writes no tags of a role whose policy write failed', async () => {
    const fake = await setUp()
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('MalformedPolicyDocument', 400))

    await expect(write(fake, plannedRole(A, NEW_POLICY, NEW_TAGS))).rejects.toBeInstanceOf(WriteError)

    expect(fake.mock.commandCalls(TagRoleCommand)).toHaveLength(0)
    expect(fake.journalContent().roles.find((role) => role.roleName === A.roleName)?.taggedWith).toBeNull()
  })

  it('restores a role whose write failed without an answer: the transaction cannot know it did not land', async () => {
    const fake = await setUp()
    // No HTTP status: the request may or may not have reached IAM.
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, new Error('socket hang up'))
    await expect(write(fake, plannedRole(A, NEW_POLICY))).rejects.toBeInstanceOf(WriteError)
    fake.mock.resetHistory()

    const accounts = await fake.transaction.rollback()

    expect(accounts[0]).toEqual({ roleName: A.roleName, state: 'restored', detail: null })
    expect(policyWrites(fake)).toEqual([{ RoleName: A.roleName, PolicyDocument: A_JSON }])
  })

  it('leaves a role alone whose write IAM refused (4xx): it is as it was', async () => {
    const fake = await setUp()
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('LimitExceeded', 409))
    await expect(write(fake, plannedRole(A, NEW_POLICY))).rejects.toBeInstanceOf(WriteError)
    fake.mock.resetHistory()

    const accounts = await fake.transaction.rollback()

    expect(accounts[0]).toEqual({ roleName: A.roleName, state: 'untouched', detail: null })
    expect(policyWrites(fake)).toEqual([])
  })

  it('leaves the role alone after a ConcurrentModificationError: its write was never sent', async () => {
    const fake = await setUp()
    fake.setPolicy(A.roleName, JSON.stringify(policyRequiring('someone-elses-id')))
    fake.age(A.roleName)
    await expect(write(fake, plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY))).rejects.toBeInstanceOf(
      ConcurrentModificationError
    )
    fake.mock.resetHistory()

    const accounts = await fake.transaction.rollback()

    expect(accounts.map((account) => account.state)).toEqual(['untouched', 'restored', 'untouched'])
    expect(callsFor(fake, A.roleName)).toEqual([])
  })

  it('reports restore-failed with the code and message when a restore write is refused', async () => {
    const fake = await setUp()
    await write(fake, plannedRole(A, NEW_POLICY), plannedRole(B, NEW_POLICY))
    fake.mock
      .on(UpdateAssumeRolePolicyCommand, { RoleName: A.roleName })
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:UpdateAssumeRolePolicy'))

    const accounts = await fake.transaction.rollback()

    expect(accounts).toEqual([
      {
        roleName: A.roleName,
        state: 'restore-failed',
        detail: 'AccessDenied: not authorized to perform: iam:UpdateAssumeRolePolicy'
      },
      { roleName: B.roleName, state: 'restored', detail: null },
      { roleName: C.roleName, state: 'untouched', detail: null }
    ])
  })

  it('reports restore-failed when a restore write still fails at the deadline', async () => {
    const fake = await setUp(alreadyOver)
    await write(fake, plannedRole(A, NEW_POLICY))
    fake.mock
      .on(UpdateAssumeRolePolicyCommand)
      .rejects(awsError('ServiceFailure', 500, 'Service unavailable'))
    fake.mock.resetHistory()

    const [account] = await fake.transaction.rollback()

    expect(account).toEqual({
      roleName: A.roleName,
      state: 'restore-failed',
      detail: 'ServiceFailure: Service unavailable'
    })
    // The comparing read only: no read-back of a restore that was never accepted.
    expect(fake.mock.commandCalls(GetRoleCommand)).toHaveLength(1)
  })

  it('reports restore-failed when IAM does not show the original again before the deadline', async () => {
    const fake = await setUp(alreadyOver)
    await write(fake, plannedRole(A, NEW_POLICY))
    // The restore is accepted but never becomes visible.
    fake.mock.on(UpdateAssumeRolePolicyCommand).resolves({})

    const [account] = await fake.transaction.rollback()

    expect(account?.state).toBe('restore-failed')
    expect(account?.detail).toMatch(
      new RegExp(`^VerificationError: Read-back: IAM still returns another trust policy for ${A.roleName}`)
    )
  })

  it('retries a throttled restore write and restores the role', async () => {
    const fake = await setUp()
    await write(fake, plannedRole(A, NEW_POLICY))
    fake.failOnce('UpdateAssumeRolePolicy', A.roleName, awsError('Throttling', 400, 'Rate exceeded'))
    fake.mock.resetHistory()

    const [account] = await fake.transaction.rollback()

    expect(account?.state).toBe('restored')
    expect(policyWrites(fake)).toHaveLength(2)
  })

  it('sends nothing when nothing was written', async () => {
    const fake = await setUp()

    const accounts = await fake.transaction.rollback()

    expect(accounts.map((account) => account.state)).toEqual(['untouched', 'untouched', 'untouched'])
    expect(fake.mock.calls()).toHaveLength(0)
    expect(fake.transaction.touched).toBe(false)
  })
})
