import { describe, expect, it } from '@jest/globals'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { missingRoleMessage, planRole, type PlanOptions } from '../../src/domain/plan.js'
import type { ReadyPlan, RolePlan } from '../../src/domain/plan-types.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { evaluateTrustPolicy, type AssumeRoleRequest } from '../../src/policy/evaluate.js'

const SF = '793525387755'
const SF_ROOT = `arn:aws:iam::${SF}:root`
const SF_ROLE = `arn:aws:iam::${SF}:role/SCVRole`
const SF_SESSION = `arn:aws:sts::${SF}:assumed-role/SCVRole/voice`
const OTHER_ROOT = 'arn:aws:iam::444455556666:root'
const NEW = 'scv-new-Id_5d6e7f80'
const OLD = 'scv-old-Id_1a2b3c4d'
const scope = { salesforceAccountIds: [SF] }
const target: RoleTarget = {
  logicalRole: 'SCVS3Role',
  callCenter: 'acme',
  roleName: 'acme-SCVS3Role',
  arn: 'arn:aws:iam::111122223333:role/acme-SCVS3Role'
}
const base = { scope, maxPolicySize: 4096, now: new Date('2026-01-01T00:00:00Z') }
const apply: PlanOptions = {
  ...base,
  mode: 'apply',
  rotation: 'replace',
  externalIds: { kind: 'single', id: NEW }
}
const overlap: PlanOptions = { ...apply, rotation: 'overlap' }
const disable: PlanOptions = { ...base, mode: 'disable', rotation: 'replace', externalIds: null }

const doc = (...statements: object[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: statements }) as PolicyDocument
const sfAllow = (condition?: object): PolicyStatement =>
  ({
    Effect: 'Allow',
    Principal: { AWS: SF_ROOT },
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {})
  }) as PolicyStatement
const pinDeny = (ids: string | string[], operator = 'StringNotEquals'): PolicyStatement => ({
  Effect: 'Deny',
  Principal: { AWS: SF_ROOT },
  Action: 'sts:AssumeRole',
  Condition: { [operator]: { 'sts:ExternalId': ids } }
})
const wildcard = (condition: object, effect = 'Allow'): PolicyStatement =>
  ({
    Effect: effect,
    Principal: { AWS: '*' },
    Action: 'sts:AssumeRole',
    Condition: condition
  }) as PolicyStatement
const plan = (document: PolicyDocument, options: PlanOptions): RolePlan =>
  planRole({ target, document, tags: {} }, options)
function ready(result: RolePlan): ReadyPlan {
  if (result.change === 'error') throw new Error(`expected a plan, got: ${result.error}`)
  return result
}
function refusal(result: RolePlan): string {
  if (result.change !== 'error') throw new Error(`expected a refusal, got ${result.change}`)
  return result.error
}
const ask = (document: PolicyDocument, id: string, externalId?: string, orgId?: string) => {
  const request: AssumeRoleRequest = {
    principal: { type: 'AWS', id },
    ...(externalId === undefined ? {} : { externalId }),
    ...(orgId === undefined ? {} : { context: { 'aws:PrincipalOrgID': orgId } })
  }
  return evaluateTrustPolicy(document, request)
}
/** Salesforce's root, a role and a session: allowed with exactly `ids`, denied with none, OLD or another. */
function expectSalesforceAllowedWithExactly(document: PolicyDocument, ids: string[]): void {
  for (const caller of [SF_ROOT, SF_ROLE, SF_SESSION]) {
    for (const id of ids) expect([caller, id, ask(document, caller, id)]).toEqual([caller, id, 'allow'])
    for (const id of [undefined, 'wrong-id', OLD, NEW].filter(
      (id) => id === undefined || !ids.includes(id)
    )) {
      expect([caller, id, ask(document, caller, id)]).not.toEqual([caller, id, 'allow'])
    }
  }
}

describe('the guard: a Deny that pins the current ID (the lock-out of issue 12)', () => {
  const before = doc(sfAllow(), pinDeny(OLD))

  it('replace moves the pinned ID with the accepted one', () => {
    const result = ready(plan(before, apply))
    expect(result.after).toEqual(doc(sfAllow({ StringEquals: { 'sts:ExternalId': NEW } }), pinDeny(NEW)))
    expect(result.notes).toContain(
      'Statement 2 (Deny): the sts:ExternalId values it pins follow the accepted ones'
    )
    expectSalesforceAllowedWithExactly(result.after, [NEW])
  })

  it('overlap keeps the pinned ID accepted beside the new one, in the Allow and the Deny', () => {
    const result = ready(plan(before, overlap))
    expect(result.change).toBe('add-condition')
    expect(result.after).toEqual(
      doc(sfAllow({ StringEquals: { 'sts:ExternalId': [NEW, OLD] } }), pinDeny([NEW, OLD]))
    )
    expectSalesforceAllowedWithExactly(result.after, [NEW, OLD])
  })

  it('disable removes the Deny, which would otherwise lock Salesforce out', () => {
    const result = ready(
      plan(doc(sfAllow({ StringEquals: { 'sts:ExternalId': OLD } }), pinDeny(OLD)), disable)
    )
    expect(result.after).toEqual(doc(sfAllow()))
    expect(result.notes).toContain('Statement 2 (Deny on sts:ExternalId) removed')
  })

  it('a Deny requiring an ID (Null "true") stays on apply and goes on disable', () => {
    const requireId = pinDeny('true', 'Null')
    expect(ready(plan(doc(sfAllow(), requireId), apply)).after).toEqual(
      doc(sfAllow({ StringEquals: { 'sts:ExternalId': NEW } }), requireId)
    )
    expect(ready(plan(doc(sfAllow(), requireId), disable)).after).toEqual(doc(sfAllow()))
  })

  it.each([
    ['StringNotLike', pinDeny('scv-*', 'StringNotLike')],
    ['ForAnyValue:StringNotEquals', pinDeny(OLD, 'ForAnyValue:StringNotEquals')]
  ])('refuses a Deny on sts:ExternalId under %s, naming the statement', (operator, deny) => {
    const error = refusal(plan(doc(sfAllow(), deny), apply))
    expect(error).toContain(
      `Statement 2 denies sts:AssumeRole on a condition on sts:ExternalId (${operator})`
    )
    expect(error).not.toContain(OLD)
  })

  it('refuses to remove on disable a Deny with other conditions beside the ID', () => {
    const deny = {
      ...pinDeny(OLD),
      Condition: { StringNotEquals: { 'sts:ExternalId': OLD, 'aws:PrincipalAccount': SF } }
    }
    expect(refusal(plan(doc(sfAllow({ StringEquals: { 'sts:ExternalId': OLD } }), deny), disable))).toContain(
      'Statement 2 denies sts:AssumeRole on sts:ExternalId together with other conditions'
    )
  })
})

describe('the guard: wildcard principals narrowed by conditions (the open door of issue 12)', () => {
  it('refuses a role whose "*" statement lets Salesforce roles in by aws:PrincipalArn, naming the statement', () => {
    const before = doc(sfAllow(), wildcard({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:role/*` } }))
    const error = refusal(plan(before, apply))
    expect(error).toContain(`acme-SCVS3Role: a session of arn:aws:iam::${SF}:role/`)
    expect(error).toContain('is allowed without an external ID by statement 2')
  })

  it.each([
    ['StringLike aws:PrincipalArn', { StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:*` } }],
    ['ArnEquals aws:PrincipalArn', { ArnEquals: { 'aws:PrincipalArn': SF_ROLE } }],
    ['StringEquals aws:PrincipalAccount', { StringEquals: { 'aws:PrincipalAccount': SF } }],
    ['StringEqualsIfExists aws:PrincipalAccount', { StringEqualsIfExists: { 'aws:PrincipalAccount': SF } }],
    ['StringLike aws:PrincipalOrgID o-*', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    // Salesforce's account may be in any organization, as far as a trust policy can tell.
    ['aws:PrincipalOrgID of the customer', { StringEquals: { 'aws:PrincipalOrgID': 'o-customer1' } }],
    [
      'StringNotEquals aws:PrincipalAccount of another',
      { StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } }
    ]
  ])('refuses "*" narrowed by %s that still admits Salesforce', (_name, condition) => {
    expect(refusal(plan(doc(sfAllow(), wildcard(condition)), apply))).toMatch(
      /is allowed without an external ID by statement 2/
    )
  })

  it.each([
    ['aws:PrincipalAccount of another account', { StringEquals: { 'aws:PrincipalAccount': '444455556666' } }],
    [
      'ArnLike aws:PrincipalArn of another account',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::444455556666:role/*' } }
    ],
    [
      'a "*" statement that requires the new ID itself',
      { StringEquals: { 'aws:PrincipalAccount': SF, 'sts:ExternalId': NEW } }
    ]
  ])('applies beside "*" narrowed to %s, and answers that principal as before', (_name, condition) => {
    const before = doc(sfAllow(), wildcard(condition))
    const result = ready(plan(before, apply))
    expect(result.after).toEqual(
      doc(sfAllow({ StringEquals: { 'sts:ExternalId': NEW } }), wildcard(condition))
    )
    expectSalesforceAllowedWithExactly(result.after, [NEW])
    expect(ask(result.after, 'arn:aws:iam::444455556666:role/x')).toBe(
      ask(before, 'arn:aws:iam::444455556666:role/x')
    )
  })

  it('a Deny with NotPrincipal sparing Salesforce and a service stays, and the role still works', () => {
    const deny = {
      Effect: 'Deny',
      NotPrincipal: { AWS: SF_ROOT, Service: 'connect.amazonaws.com' },
      Action: 'sts:AssumeRole'
    }
    const result = ready(plan(doc(sfAllow(), deny), apply))
    expect(result.after).toEqual(doc(sfAllow({ StringEquals: { 'sts:ExternalId': NEW } }), deny))
    expect(ask(result.after, SF_ROOT, NEW)).toBe('allow')
    expect(ask(result.after, OTHER_ROOT, NEW)).toBe('explicit-deny')
  })

  it('a Salesforce statement with NotAction covering sts:AssumeRole gets the condition', () => {
    const statement = { Effect: 'Allow', Principal: { AWS: SF_ROOT }, NotAction: 'iam:*' }
    const result = ready(plan(doc(statement), apply))
    expectSalesforceAllowedWithExactly(result.after, [NEW])
  })
})

describe('the guard: reachability from what worked before', () => {
  it('a Salesforce statement narrowed to one role stays usable by that role only', () => {
    const before = doc(sfAllow({ ArnEquals: { 'aws:PrincipalArn': SF_ROLE } }))
    const result = ready(plan(before, apply))
    expect(ask(result.after, SF_ROLE, NEW)).toBe('allow')
    expect(ask(result.after, SF_SESSION, NEW)).toBe('allow')
    expect(ask(result.after, SF_ROOT, NEW)).toBe('implicit-deny')
  })

  it('ForAllValues on sts:ExternalId (true without the key) is replaced by StringEquals', () => {
    const result = ready(
      plan(doc(sfAllow({ 'ForAllValues:StringEquals': { 'sts:ExternalId': OLD } })), apply)
    )
    expect(result.after).toEqual(doc(sfAllow({ StringEquals: { 'sts:ExternalId': NEW } })))
    expectSalesforceAllowedWithExactly(result.after, [NEW])
  })

  it('an IfExists condition on the ID (true without the key) is replaced by StringEquals', () => {
    const result = ready(plan(doc(sfAllow({ StringEqualsIfExists: { 'sts:ExternalId': OLD } })), apply))
    expectSalesforceAllowedWithExactly(result.after, [NEW])
  })
})

describe('the guard fails closed on what it cannot evaluate', () => {
  it.each([
    [
      'a condition key it cannot know for Salesforce',
      sfAllow({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }),
      'condition key aws:SourceIp'
    ],
    [
      'an unknown operator',
      sfAllow({ StringEqualsAnyCase: { 'sts:ExternalId': OLD } }),
      'condition operator StringEqualsAnyCase'
    ],
    [
      'an unknown key on a "*" statement',
      wildcard({ StringEquals: { 'aws:PrincipalTag/team': 'voice' } }),
      'condition key aws:PrincipalTag/team'
    ]
  ])('refuses %s, naming it', (_name, statement, named) => {
    const error = refusal(plan(doc(sfAllow(), statement), apply))
    expect(error).toContain(`statement 2: ${named}`)
    expect(error).toContain('cannot prove the change safe')
  })

  it('judges statements of other principals without refusing', () => {
    const other = {
      Effect: 'Allow',
      Principal: { AWS: OTHER_ROOT },
      Action: 'sts:AssumeRole',
      Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
    }
    expect(ready(plan(doc(sfAllow(), other), apply)).change).toBe('add-condition')
  })
})

describe('messages that say how to fix it', () => {
  it('no statement trusts Salesforce: names the configured and the trusted accounts', () => {
    const before = doc({ Effect: 'Allow', Principal: { AWS: OTHER_ROOT }, Action: 'sts:AssumeRole' })
    expect(refusal(plan(before, apply))).toBe(
      `acme-SCVS3Role: No statement of the trust policy allows a principal of the Salesforce account(s) ${SF} to sts:AssumeRole; it trusts 444455556666. Check salesforce-account-id, and that this is a role Salesforce assumes.`
    )
  })

  it.each<[string, RoleTarget, string]>([
    [
      'a role name passed as a call center',
      { ...target, callCenter: 'acme-ConnectCallRole', roleName: 'acme-ConnectCallRole-SCVS3Role' },
      "'acme-ConnectCallRole' is already a role name: pass the call center 'acme' instead."
    ],
    [
      'a call center in upper case',
      { ...target, callCenter: 'ACME', roleName: 'ACME-SCVS3Role' },
      "The name comes from call-center-api-name 'ACME': each CallCenterApiName gives <name>-ConnectCallRole and <name>-SCVS3Role, with the name in the lower case Salesforce's templates use (acme gives acme-ConnectCallRole). Try 'acme'."
    ],
    [
      'a name from role-arns',
      { ...target, roleName: 'custom-s3' },
      'The name comes from role-arns (SCVS3Role); check it there.'
    ],
    [
      'a shared role by its default name',
      {
        logicalRole: 'SCVProvisioningRole',
        callCenter: null,
        roleName: 'SCVProvisioningRole',
        arn: 'arn:aws:iam::111122223333:role/SCVProvisioningRole'
      },
      'It is the default name of SCVProvisioningRole; if yours has another name, set it in role-arns (SCVProvisioningRole=name-or-arn).'
    ]
  ])('NoSuchEntity for %s names the input and the rule', (_name, missing, hint) => {
    const message = missingRoleMessage(missing)
    expect(message).toContain(`Role ${missing.roleName} does not exist in this account (NoSuchEntity).`)
    expect(message).toContain(hint)
  })
})
