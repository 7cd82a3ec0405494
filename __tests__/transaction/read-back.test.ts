import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import type { PolicyStatement } from '../../src/policy/document.js'
import { ConflictError, VerificationError } from '../../src/transaction/errors.js'
import { readBack, type Expectation } from '../../src/transaction/read-back.js'
import { installLogSink } from '../../src/report/log.js'
import {
  NEW_ID,
  ORIGINAL_POLICY,
  awsError,
  fakeIam,
  policyRequiring,
  roleNamesOf,
  target
} from '../aws/iam-fake.js'

// Lines of the other tests go nowhere; the progress test installs a sink of its own.
installLogSink({ info: () => undefined, debug: () => undefined })

const A = target('SCVAmazonConnectManagementRole', 'AmazonConnectManagementRole')
const B = target('Acme-ConnectCallRole', 'InstanceRecordingRole')
const C = target('Acme-SCVS3Role', 'SCVS3Role')
const OLD_JSON = JSON.stringify(ORIGINAL_POLICY)
const NEW_POLICY = policyRequiring(NEW_ID)
const NEW_JSON = JSON.stringify(NEW_POLICY)
const expectNew = (...roles: Array<typeof A>): Expectation[] =>
  roles.map((role) => ({ target: role, document: NEW_POLICY, earlier: [ORIGINAL_POLICY] }))
/** Half of each backoff ceiling: 125, 250, 500, 1000 ms. */
const half = () => 0.5

/**
 * A clock that only the injected sleep moves, so deadlines are reached without waiting.
 * `propagate` runs after every sleep: what IAM shows once that much time has passed.
 */
function virtualTime(propagate: (sleeps: number) => void = () => {}) {
  let now = 1_750_000_000_000
  jest.spyOn(Date, 'now').mockImplementation(() => now)
  const sleep = jest.fn(async (ms: number) => {
    now += ms
    propagate(sleep.mock.calls.length)
  })
  return { start: now, sleep }
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('readBack', () => {
  it('returns after one read of each role when IAM already shows what was written', async () => {
    const fake = fakeIam({ [A.roleName]: { json: NEW_JSON }, [B.roleName]: { json: NEW_JSON } })
    const { start, sleep } = virtualTime()

    await readBack(fake.iam, expectNew(A, B), { deadline: start + 10_000, sleep, random: half })

    expect(roleNamesOf(fake.mock, GetRoleCommand).sort()).toEqual([B.roleName, A.roleName].sort())
    expect(sleep).not.toHaveBeenCalled()
  })

  it('reads again, with backoff, only the roles that still show the old policy', async () => {
    const fake = fakeIam({
      [A.roleName]: { json: OLD_JSON },
      [B.roleName]: { json: NEW_JSON },
      [C.roleName]: { json: OLD_JSON }
    })
    // A shows the write after the first pause, C after the second.
    const { start, sleep } = virtualTime((sleeps) => {
      if (sleeps === 1) fake.setPolicy(A.roleName, NEW_JSON)
      if (sleeps === 2) fake.setPolicy(C.roleName, NEW_JSON)
    })

    await readBack(fake.iam, expectNew(A, B, C), { deadline: start + 10_000, sleep, random: half })

    const reads = roleNamesOf(fake.mock, GetRoleCommand)
    expect(reads.filter((name) => name === A.roleName)).toHaveLength(2)
    expect(reads.filter((name) => name === B.roleName)).toHaveLength(1)
    expect(reads.filter((name) => name === C.roleName)).toHaveLength(3)
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([125, 250])
  })

  it('prints a progress line after each round: roles showing the change, seconds waited of the budget', async () => {
    const fake = fakeIam({ [A.roleName]: { json: OLD_JSON }, [B.roleName]: { json: NEW_JSON } })
    const { start, sleep } = virtualTime((sleeps) => {
      if (sleeps === 1) fake.setPolicy(A.roleName, NEW_JSON)
    })
    const written: string[] = []
    installLogSink({ info: (line) => written.push(`${line}\n`), debug: () => undefined })

    await readBack(fake.iam, expectNew(A, B), { deadline: start + 120_000, sleep, random: half })

    expect(
      written
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('Read-back'))
    ).toEqual([
      'Read-back: 1/2 roles show the change, 0 s of 120 s',
      'Read-back: 2/2 roles show the change, 0 s of 120 s'
    ])
  })

  it('accepts what IAM returns in its normalised form', async () => {
    const [salesforce, service] = NEW_POLICY.Statement as [PolicyStatement, PolicyStatement]
    const reordered = JSON.stringify({ Version: '2012-10-17', Statement: [service, salesforce] })
    const fake = fakeIam({ [A.roleName]: { json: reordered } })
    const { start, sleep } = virtualTime()

    await readBack(fake.iam, expectNew(A), { deadline: start + 10_000, sleep, random: half })

    expect(sleep).not.toHaveBeenCalled()
  })

  it('fails at the deadline with a VerificationError naming the roles that still differ', async () => {
    const fake = fakeIam({
      [A.roleName]: { json: OLD_JSON },
      [B.roleName]: { json: NEW_JSON },
      [C.roleName]: { json: OLD_JSON }
    })
    const { start, sleep } = virtualTime()

    const error = await readBack(fake.iam, expectNew(A, B, C), {
      deadline: start + 1_000,
      sleep,
      random: half
    }).catch((caught: unknown) => caught as Error)

    expect(error).toBeInstanceOf(VerificationError)
    expect((error as Error).message).toBe(
      `Read-back: IAM still returns another trust policy for ${A.roleName}, ${C.roleName} after verify-timeout.`
    )
    // Pauses of 125, 250 and 500 ms fit in the second; the next one (1000 ms) would end after it.
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([125, 250, 500])
    expect(roleNamesOf(fake.mock, GetRoleCommand).filter((name) => name === A.roleName)).toHaveLength(4)
  })

  it('counts a role that does not exist as still differing', async () => {
    const fake = fakeIam({})
    const { start, sleep } = virtualTime()

    await expect(
      readBack(fake.iam, expectNew(A), { deadline: start + 100, sleep, random: half })
    ).rejects.toThrow(
      new VerificationError(
        `Read-back: IAM still returns another trust policy for ${A.roleName} after verify-timeout.`
      )
    )
  })

  it('fails at once with a ConflictError naming the roles that hold a document this run never wrote', async () => {
    const fake = fakeIam({
      [A.roleName]: { json: JSON.stringify(policyRequiring('another-runs-id')) },
      [B.roleName]: { json: NEW_JSON },
      [C.roleName]: { json: OLD_JSON }
    })
    const { start, sleep } = virtualTime()

    const error = await readBack(fake.iam, expectNew(A, B, C), {
      deadline: start + 10_000,
      sleep,
      random: half
    }).catch((caught: unknown) => caught as Error)

    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).roleNames).toEqual([A.roleName])
    expect((error as Error).message).toMatch(
      new RegExp(`^${A.roleName}: changed by another writer after this run's write`)
    )
    expect((error as Error).message).not.toContain('another-runs-id')
    // The original showing on C is propagation, not a conflict; waiting for it ends with the conflict.
    expect(sleep).not.toHaveBeenCalled()
  })

  it('waits while a role shows any document this run wrote earlier (a canary version)', async () => {
    const canaryVersion = policyRequiring('canary-version')
    const fake = fakeIam({ [A.roleName]: { json: JSON.stringify(canaryVersion) } })
    const { start, sleep } = virtualTime((sleeps) => {
      if (sleeps === 1) fake.setPolicy(A.roleName, NEW_JSON)
    })

    await readBack(
      fake.iam,
      [{ target: A, document: NEW_POLICY, earlier: [ORIGINAL_POLICY, canaryVersion] }],
      {
        deadline: start + 10_000,
        sleep,
        random: half
      }
    )

    expect(sleep).toHaveBeenCalledTimes(1)
  })

  it('never polls faster than every 100 ms', async () => {
    const fake = fakeIam({ [A.roleName]: { json: OLD_JSON } })
    const { start, sleep } = virtualTime((sleeps) => {
      if (sleeps === 1) fake.setPolicy(A.roleName, NEW_JSON)
    })

    await readBack(fake.iam, expectNew(A), { deadline: start + 10_000, sleep, random: () => 0 })

    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100])
  })

  it('fails at once when a read is refused', async () => {
    const fake = fakeIam({ [A.roleName]: { json: OLD_JSON } })
    fake.mock
      .on(GetRoleCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetRole'))
    const { start, sleep } = virtualTime()

    await expect(
      readBack(fake.iam, expectNew(A), { deadline: start + 10_000, sleep, random: half })
    ).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `${A.roleName}: not authorized to perform: iam:GetRole`
    })
    expect(sleep).not.toHaveBeenCalled()
  })
})

describe('readBack of the tags written beside the policy', () => {
  const OURS = { 'scv-external-id:fingerprint': 'sha256:111111111111', 'scv-external-id:applied-at': 'now' }
  const ORIGINAL_TAGS = { 'scv-external-id:fingerprint': 'sha256:000000000000', team: 'cc' }
  const withTags = (role: typeof A, written: Record<string, string | null> = OURS): Expectation => ({
    ...expectNew(role)[0]!,
    tags: { written, original: ORIGINAL_TAGS }
  })

  it('returns when IAM shows this run’s policy and tags', async () => {
    const fake = fakeIam({ [A.roleName]: { json: NEW_JSON, tags: { ...OURS, team: 'cc' } } })
    const { start, sleep } = virtualTime()
    const stored = await readBack(fake.iam, [withTags(A)], { deadline: start + 10_000, sleep })
    expect(stored.get(A.roleName)).toEqual(NEW_POLICY)
    expect(sleep).not.toHaveBeenCalled()
  })

  it('waits while a tag still shows its value from before the run, and for a removed tag to go', async () => {
    const fake = fakeIam({ [A.roleName]: { json: NEW_JSON, tags: ORIGINAL_TAGS } })
    const { start, sleep } = virtualTime((sleeps) => {
      if (sleeps === 2) fake.state.get(A.roleName)!.tags = { ...OURS }
    })
    await readBack(fake.iam, [withTags(A, { ...OURS, team: null })], {
      deadline: start + 10_000,
      sleep,
      random: half
    })
    expect(sleep).toHaveBeenCalledTimes(2)
  })

  it('fails with ConflictError when a tag holds another writer’s value, even beside this run’s policy', async () => {
    const theirs = { ...OURS, 'scv-external-id:fingerprint': 'sha256:222222222222' }
    const fake = fakeIam({ [A.roleName]: { json: NEW_JSON, tags: theirs } })
    const { start, sleep } = virtualTime()
    const error = await readBack(fake.iam, [withTags(A)], { deadline: start + 10_000, sleep }).catch(
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).roleNames).toEqual([A.roleName])
    expect(sleep).not.toHaveBeenCalled()
  })

  it('fails with ConflictError for another writer’s policy while the tags still show the original', async () => {
    const fake = fakeIam({
      [A.roleName]: { json: JSON.stringify(policyRequiring('other')), tags: ORIGINAL_TAGS }
    })
    const { start, sleep } = virtualTime()
    await expect(
      readBack(fake.iam, [withTags(A)], { deadline: start + 10_000, sleep })
    ).rejects.toBeInstanceOf(ConflictError)
  })

  it('fails with VerificationError when the tags never show the write before the deadline', async () => {
    const fake = fakeIam({ [A.roleName]: { json: NEW_JSON, tags: ORIGINAL_TAGS } })
    const { start, sleep } = virtualTime()
    await expect(
      readBack(fake.iam, [withTags(A)], { deadline: start + 2_000, sleep, random: half })
    ).rejects.toBeInstanceOf(VerificationError)
  })
})
