/**
 * End to end through dist/: the trust-policy shapes the guard must get right (issue 12). Each role
 * gets the shape; the action either refuses it (no write, the statement or key named) or writes a
 * policy that the oracle (@cloud-copilot/iam-simulate) and the emulator's real sts:AssumeRole both
 * confirm: Salesforce allowed with exactly the new ID, denied otherwise, everyone else as before.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { SALESFORCE_ACCOUNT, seedSalesforceAccount } from '../../emulator/seed.js'
import type { PolicyDocument } from '../../src/policy/document.js'
import type { AssumeRoleRequest } from '../../src/policy/evaluate.js'
import { simulate } from '../policy/trust-policy-oracle.js'
import { runAction, secretLeaks, writeCalls } from './harness.js'

const NEW_ID = 'shapes-new-id-N1'
const OLD_ID = 'shapes-old-id-O1'
const OTHER_ACCOUNT = '444455556666'
const SF_ROOT = `arn:aws:iam::${SALESFORCE_ACCOUNT}:root`
const SF_ROLE = `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SCVRole`
const OTHER_ROLE = `arn:aws:iam::${OTHER_ACCOUNT}:role/Partner`
const OTHER_SESSION = `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/Partner/emulator`
const ROLE = 'CC1-SCVS3Role'
const CUSTOMER_ORG = 'o-customer1'

let emulators: Emulators
beforeEach(async () => {
  // The other account is in the customer's organization; Salesforce's is in one of its own.
  emulators = await startEmulators({
    aws: { organizations: { [OTHER_ACCOUNT]: CUSTOMER_ORG, [SALESFORCE_ACCOUNT]: 'o-salesforce9' } }
  })
  seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
})
afterEach(async () => {
  await emulators.stop()
})

const sfAllow = (condition?: object) => ({
  Effect: 'Allow',
  Principal: { AWS: SF_ROOT },
  Action: 'sts:AssumeRole',
  ...(condition ? { Condition: condition } : {})
})
const deny = (operator: string, values: unknown, principal: object = { AWS: SF_ROOT }) => ({
  Effect: 'Deny',
  Principal: principal,
  Action: 'sts:AssumeRole',
  Condition: { [operator]: { 'sts:ExternalId': values } }
})
const wildcard = (condition: object) => ({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'sts:AssumeRole',
  Condition: condition
})
const policy = (...statements: object[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: statements }) as PolicyDocument

const roleArn = () => `arn:aws:iam::${emulators.aws.accountId}:role/${ROLE}`
function seedEveryRole(document: PolicyDocument): void {
  for (const name of emulators.aws.roleNames().filter((name) => name !== 'automation')) {
    emulators.aws.setTrustPolicy(name, document)
  }
}
const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  mode: 'apply',
  'external-id': NEW_ID,
  comment: 'never',
  ...overrides
})

/** A real sts:AssumeRole through the emulator, as `principal`. */
async function assumes(principal: string, externalId?: string): Promise<'allow' | 'denied'> {
  const sts = new STSClient({
    endpoint: emulators.aws.url,
    region: 'us-east-1',
    credentials: emulators.aws.credentialsFor(principal),
    maxAttempts: 1
  })
  try {
    await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn(),
        RoleSessionName: 'shapes',
        ...(externalId === undefined ? {} : { ExternalId: externalId })
      })
    )
    return 'allow'
  } catch (error) {
    if ((error as { name?: string }).name === 'AccessDenied') return 'denied'
    throw error
  } finally {
    sts.destroy()
  }
}

/** The oracle's answer, with the context IAM sets for the caller (its organization included). */
async function oracle(document: PolicyDocument, principal: string, externalId?: string): Promise<string> {
  const org = principal.includes(`:${OTHER_ACCOUNT}:`) ? CUSTOMER_ORG : 'o-salesforce9'
  const request: AssumeRoleRequest = {
    principal: { type: 'AWS', id: principal },
    context: { 'aws:PrincipalOrgID': org },
    ...(externalId === undefined ? {} : { externalId })
  }
  return simulate(document, request)
}

const stored = (): PolicyDocument => JSON.parse(emulators.aws.trustPolicy(ROLE)) as PolicyDocument

/** Salesforce with exactly `ids`; the other account answered as before; by the oracle and by STS. */
async function expectConfirmed(before: PolicyDocument, ids: string[], others: string[] = []): Promise<void> {
  const after = stored()
  for (const caller of [SF_ROOT, SF_ROLE]) {
    // Those the old policy let in with some ID (or none) must be let in with each new one.
    const reachable =
      (await oracle(before, caller)) === 'allow' || (await oracle(before, caller, OLD_ID)) === 'allow'
    for (const id of ids) {
      const expected = reachable ? 'allow' : await oracle(before, caller, id)
      expect([caller, id, await oracle(after, caller, id)]).toEqual([caller, id, expected])
    }
    for (const id of [undefined, OLD_ID, 'shapes-wrong-W1'].filter((id) => !ids.includes(id as string))) {
      expect([caller, id, await oracle(after, caller, id)]).not.toEqual([caller, id, 'allow'])
    }
  }
  for (const id of ids) expect(await assumes(SF_ROLE, id)).toBe('allow')
  expect(await assumes(SF_ROLE)).toBe('denied')
  expect(await assumes(SF_ROLE, 'shapes-wrong-W1')).toBe('denied')
  for (const caller of [OTHER_ROLE, ...others]) {
    for (const id of [undefined, NEW_ID, OLD_ID]) {
      expect([caller, id, await oracle(after, caller, id)]).toEqual([
        caller,
        id,
        await oracle(before, caller, id)
      ])
    }
  }
}

describe('the two holes of issue 12', () => {
  it('lock-out: a Deny pinning the old ID moves to the new one, so Service Cloud Voice keeps working', async () => {
    const before = policy(sfAllow(), deny('StringNotEquals', OLD_ID))
    seedEveryRole(before)
    expect(await assumes(SF_ROLE, OLD_ID)).toBe('allow')

    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(stored()).toEqual(
      policy(sfAllow({ StringEquals: { 'sts:ExternalId': NEW_ID } }), deny('StringNotEquals', NEW_ID))
    )
    await expectConfirmed(before, [NEW_ID])
    expect(await assumes(SF_ROLE, OLD_ID)).toBe('denied')
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  })

  it('lock-out, staged: overlap keeps the pinned ID beside the new one in the Allow and the Deny', async () => {
    const before = policy(sfAllow(), deny('StringNotEquals', OLD_ID))
    seedEveryRole(before)
    const run = await runAction(emulators, inputs({ rotation: 'overlap' }))
    expect(run.exitCode).toBe(0)
    await expectConfirmed(before, [NEW_ID, OLD_ID])
  })

  it('open door: a "*" statement narrowed to Salesforce roles by aws:PrincipalArn is refused, nothing written', async () => {
    const before = policy(
      sfAllow(),
      wildcard({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/*` } })
    )
    seedEveryRole(before)
    const writes = writeCalls(emulators)
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain('is allowed without an external ID by statement 2')
    expect(writeCalls(emulators)).toBe(writes)
    expect(stored()).toEqual(before)
    expect(secretLeaks(emulators, [run], [NEW_ID])).toEqual([])
  })
})

// NotPrincipal is not among them: IAM refuses it in a trust policy (MalformedPolicyDocument), so no
// role can hold it; the evaluator's handling of it is covered by the unit tests and the oracle.
describe('the conditions the guard understands, through dist/', () => {
  it.each<[string, PolicyDocument]>([
    [
      '"*" narrowed to another account by aws:PrincipalAccount',
      policy(sfAllow(), wildcard({ StringEquals: { 'aws:PrincipalAccount': OTHER_ACCOUNT } }))
    ],
    [
      '"*" narrowed to another account by ArnLike aws:PrincipalArn',
      policy(sfAllow(), wildcard({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${OTHER_ACCOUNT}:role/*` } }))
    ],
    [
      'StringEqualsIfExists on sts:ExternalId (true without the key)',
      policy(sfAllow({ StringEqualsIfExists: { 'sts:ExternalId': OLD_ID } }))
    ],
    [
      'ForAllValues:StringEquals on sts:ExternalId (true without the key)',
      policy(sfAllow({ 'ForAllValues:StringEquals': { 'sts:ExternalId': OLD_ID } }))
    ],
    [
      'ForAnyValue:StringEquals on sts:ExternalId',
      policy(sfAllow({ 'ForAnyValue:StringEquals': { 'sts:ExternalId': OLD_ID } }))
    ],
    ['a Deny with Null "true" on sts:ExternalId', policy(sfAllow(), deny('Null', 'true'))],
    [
      'a Salesforce statement with NotAction',
      policy({ Effect: 'Allow', Principal: { AWS: SF_ROOT }, NotAction: 'sts:TagSession' })
    ],
    [
      'a Salesforce statement narrowed by StringLike aws:PrincipalArn',
      policy(sfAllow({ StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SCV*` } }))
    ]
  ])('%s: applied, and the oracle and STS confirm', async (_name, before) => {
    seedEveryRole(before)
    const run = await runAction(emulators, inputs())
    expect([run.exitCode, run.outputs.result]).toEqual([0, 'changed'])
    await expectConfirmed(before, [NEW_ID], [OTHER_SESSION])
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  })

  it('"*" narrowed to the customer organization is refused: Salesforce may be in any organization', async () => {
    const before = policy(sfAllow(), wildcard({ StringEquals: { 'aws:PrincipalOrgID': CUSTOMER_ORG } }))
    seedEveryRole(before)
    const writes = writeCalls(emulators)
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain('(in an organization) is allowed without an external ID by statement 2')
    expect(writeCalls(emulators)).toBe(writes)
    // The organization of the caller reaches the trust policy: the customer's is let in, as before.
    expect(await assumes(OTHER_ROLE)).toBe('allow')
    emulators.aws.setOrganization(OTHER_ACCOUNT, null)
    expect(await assumes(OTHER_ROLE)).toBe('denied')
  })

  it.each<[string, PolicyDocument, string]>([
    [
      'a condition key the guard cannot know for Salesforce',
      policy(sfAllow({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })),
      'statement 1: condition key aws:SourceIp'
    ],
    [
      'a Deny pinning the ID with StringNotLike',
      policy(sfAllow(), deny('StringNotLike', 'shapes-*')),
      'Statement 2 denies sts:AssumeRole on a condition on sts:ExternalId (StringNotLike)'
    ],
    [
      '"*" narrowed by aws:PrincipalAccount to Salesforce',
      policy(sfAllow(), wildcard({ StringEquals: { 'aws:PrincipalAccount': SALESFORCE_ACCOUNT } })),
      'is allowed without an external ID by statement 2'
    ]
  ])('%s: refused with what to fix, nothing written', async (_name, before, message) => {
    seedEveryRole(before)
    const writes = writeCalls(emulators)
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain(message)
    expect(writeCalls(emulators)).toBe(writes)
    expect(stored()).toEqual(before)
  })

  it('disable removes a Deny pinning the ID, so Salesforce is let in without one', async () => {
    const before = policy(
      sfAllow({ StringEquals: { 'sts:ExternalId': OLD_ID } }),
      deny('StringNotEquals', OLD_ID)
    )
    seedEveryRole(before)
    const run = await runAction(emulators, inputs({ mode: 'disable', 'external-id': '' }))
    expect(run.exitCode).toBe(0)
    expect(stored()).toEqual(policy(sfAllow()))
    expect(await assumes(SF_ROLE)).toBe('allow')
    expect(await assumes(`arn:aws:iam::${SALESFORCE_ACCOUNT}:role/Other`)).toBe('allow')
  })
})

/** The shapes of issue 21: a guard that decides over every principal, in apply and in check. */
describe('the decision over every principal, through dist/', () => {
  const applyRefused = async (before: PolicyDocument, message: string) => {
    seedEveryRole(before)
    const writes = writeCalls(emulators)
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain(message)
    expect(writeCalls(emulators)).toBe(writes)
    expect(stored()).toEqual(before)
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
    return run
  }
  const checkFails = async (before: PolicyDocument, message: string) => {
    seedEveryRole(before)
    const run = await runAction(emulators, inputs({ mode: 'check' }))
    expect(run.exitCode).not.toBe(0)
    expect(run.outputs.result).toBe('drift')
    expect(run.stdout).toContain(message)
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  }
  const scvVoice = `arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SCVVoice`
  const anyScvRole = wildcard({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/SCV*' } })

  it('"*" with ArnLike arn:aws:iam::*:role/SCV*: apply refuses before any write, naming a witness', async () => {
    const before = policy(sfAllow(), anyScvRole)
    await applyRefused(before, 'is allowed without an external ID by statement 2')
    // The witness is real: a Salesforce role of that name assumes the role with no ID.
    expect(await oracle(before, `arn:aws:sts::${SALESFORCE_ACCOUNT}:assumed-role/SCVVoice/s`)).toBe('allow')
    expect(await assumes(scvVoice)).toBe('allow')
  })

  it('"*" with ArnLike arn:aws:iam::*:role/SCV* beside a statement requiring the ID: check reports drift', async () => {
    await checkFails(
      policy(sfAllow({ StringEquals: { 'sts:ExternalId': NEW_ID } }), anyScvRole),
      `a session of arn:aws:iam::${SALESFORCE_ACCOUNT}:role/SCV is allowed without an external ID by statement 2`
    )
  })

  it('"*" narrowed by aws:PrincipalAccount to Salesforce beside a statement requiring the ID: check reports drift', async () => {
    await checkFails(
      policy(
        sfAllow({ StringEquals: { 'sts:ExternalId': NEW_ID } }),
        wildcard({ StringEquals: { 'aws:PrincipalAccount': SALESFORCE_ACCOUNT } })
      ),
      `arn:aws:iam::${SALESFORCE_ACCOUNT}:root is allowed without an external ID by statement 2`
    )
  })

  it('a partner in the customer organization and a Deny on "*" pinning the ID there: apply refuses, the partner keeps its ID', async () => {
    const pinInOrg = {
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: {
        StringNotEquals: { 'sts:ExternalId': OLD_ID },
        StringEquals: { 'aws:PrincipalOrgID': CUSTOMER_ORG }
      }
    }
    const partner = {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
      Action: 'sts:AssumeRole'
    }
    const before = policy(sfAllow({ StringEquals: { 'sts:ExternalId': OLD_ID } }), partner, pinInOrg)
    await applyRefused(
      before,
      `arn:aws:iam::${OTHER_ACCOUNT}:root (in an organization) is no longer allowed by statement 3`
    )
    expect(await assumes(OTHER_ROLE, OLD_ID)).toBe('allow')
    expect(await assumes(OTHER_ROLE, NEW_ID)).toBe('denied')
  })
})
