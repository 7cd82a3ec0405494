import { describe, expect, it } from '@jest/globals'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { openToSalesforceWithoutId } from '../../src/domain/decision.js'
import { detectDrift, type DriftOptions } from '../../src/domain/drift.js'
import { planRole, type PlanOptions } from '../../src/domain/plan.js'
import type { RolePlan } from '../../src/domain/plan-types.js'
import { analyseTrustPolicy } from '../../src/policy/analysis.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { evaluateTrustPolicy } from '../../src/policy/evaluate.js'

const SF = '793525387755'
const PARTNER = '444455556666'
const NEW = 'scv-new-Id_5d6e7f80'
const OLD = 'scv-old-Id_1a2b3c4d'
const scope = { salesforceAccountIds: [SF] }
const target: RoleTarget = {
  logicalRole: 'SCVS3Role',
  callCenter: 'acme',
  roleName: 'acme-SCVS3Role',
  arn: 'arn:aws:iam::111122223333:role/acme-SCVS3Role'
}
const base = { scope, maxPolicySize: 10_000, now: new Date('2026-01-01T00:00:00Z') }
const apply: PlanOptions = {
  ...base,
  mode: 'apply',
  rotation: 'replace',
  externalIds: { kind: 'single', id: NEW }
}
const disable: PlanOptions = { ...base, mode: 'disable', rotation: 'replace', externalIds: null }
const check: DriftOptions = {
  externalIds: { kind: 'single', id: NEW },
  rotation: 'replace',
  scope,
  maxAgeSeconds: null,
  now: base.now
}

const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})
const sfAllow = (id?: string): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${SF}:root` },
  Action: 'sts:AssumeRole',
  ...(id === undefined ? {} : { Condition: { StringEquals: { 'sts:ExternalId': id } } })
})
const everyone = (
  condition: PolicyStatement['Condition'],
  effect: 'Allow' | 'Deny' = 'Allow'
): PolicyStatement => ({
  Effect: effect,
  Principal: { AWS: '*' },
  Action: 'sts:AssumeRole',
  Condition: condition
})
const partner: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
  Action: 'sts:AssumeRole'
}
const plan = (document: PolicyDocument, options: PlanOptions = apply): RolePlan =>
  planRole({ target, document, tags: {} }, options)
const errorOf = (result: RolePlan): string => (result.change === 'error' ? result.error : '')
const driftOf = (document: PolicyDocument, options: DriftOptions = check) =>
  detectDrift([{ target, document, tags: {} }], options)

/** Patterns on "*" that let some Salesforce caller in; each names who in the refusal. */
const OPEN_DOORS: Array<[string, PolicyStatement['Condition'], string]> = [
  [
    'a wildcard account (issue 21)',
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/SCV*' } },
    'role/SCV'
  ],
  [
    'a ? run in the account',
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::????????????:role/*' } },
    ':role/'
  ],
  ['a wildcard partition and service', { ArnLike: { 'aws:PrincipalArn': `arn:*:*::${SF}:*` } }, SF],
  [
    'a ? run ending the account',
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::7935253877??:user/*' } },
    ':user/'
  ],
  ['StringLike across fields', { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*5:*' } }, SF],
  ['aws:PrincipalAccount', { StringEquals: { 'aws:PrincipalAccount': SF } }, SF],
  ['aws:PrincipalAccount with ?', { StringLike: { 'aws:PrincipalAccount': '79352538775?' } }, SF],
  [
    'a hole carved with ArnNotLike that misses users',
    {
      ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:*` },
      ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:role/*` }
    },
    `${SF}:`
  ],
  [
    'StringNotLike keeping one path',
    { StringNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:role/voice/*` } },
    SF
  ],
  [
    'a principal named only in a condition',
    { StringEquals: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:user/ops` } },
    'user/ops'
  ],
  ['any organization', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }, 'in an organization'],
  [
    "the customer's organization",
    { StringEquals: { 'aws:PrincipalOrgID': 'o-customer1' } },
    'in an organization'
  ],
  [
    'a policy variable',
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/*' } },
    SF
  ]
]

describe('the decision over every request: open doors beside the Salesforce statement', () => {
  it.each(OPEN_DOORS)(
    'apply refuses "*" narrowed by %s, naming a witness and the statement',
    (_name, condition, who) => {
      const error = errorOf(plan(doc(sfAllow(OLD), everyone(condition))))
      expect(error).toMatch(/is allowed without an external ID by statement 2/)
      expect(error).toContain(who)
      expect(error).not.toContain(NEW)
      expect(error).not.toContain(OLD)
    }
  )

  it.each(OPEN_DOORS)(
    'check reports "*" narrowed by %s as drift, naming the statement',
    (_name, condition) => {
      const findings = driftOf(doc(sfAllow(NEW), everyone(condition)))
      expect(findings).toEqual([
        expect.objectContaining({
          kind: 'missing-condition',
          detail: expect.stringMatching(/by statement 2\.$/)
        })
      ])
      expect(JSON.stringify(findings)).not.toContain(NEW)
    }
  )

  it.each(OPEN_DOORS)('the audit finds "*" narrowed by %s open to Salesforce', (_name, condition) => {
    expect(openToSalesforceWithoutId(analyseTrustPolicy(doc(everyone(condition)), scope))).toMatch(
      /allowed without an external ID by statement 1/
    )
  })
})

/** Patterns on "*" that leave every Salesforce caller out: the change applies, others keep their answer. */
const CLOSED: Array<[string, PolicyStatement['Condition']]> = [
  ['another account', { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${PARTNER}:role/*` } }],
  ['a ? run that cannot be Salesforce', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::4444????????:*' } }],
  ['every account but Salesforce', { StringNotEquals: { 'aws:PrincipalAccount': SF } }],
  [
    'a hole that covers Salesforce',
    {
      ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:*' },
      ArnNotLike: { 'aws:PrincipalArn': `arn:*:*::${SF}:*` }
    }
  ],
  ['the new ID itself', { StringEquals: { 'sts:ExternalId': NEW } }]
]

describe('the decision over every request: shapes it proves sound', () => {
  it.each(CLOSED)('apply changes the role beside "*" narrowed to %s', (_name, condition) => {
    const result = plan(doc(sfAllow(), everyone(condition)))
    expect(errorOf(result)).toBe('')
    expect(result.change).toBe('add-condition')
  })

  it.each(CLOSED)('check finds nothing beside "*" narrowed to %s', (_name, condition) => {
    expect(driftOf(doc(sfAllow(NEW), everyone(condition)))).toEqual([])
  })

  it('carries a Deny on "*" pinning the ID to the new one, and Salesforce gets in with it only', () => {
    const pin = everyone({ StringNotEquals: { 'sts:ExternalId': OLD } }, 'Deny')
    const result = plan(doc(sfAllow(OLD), pin))
    if (result.change === 'error') throw new Error(result.error)
    const session = { type: 'AWS' as const, id: `arn:aws:sts::${SF}:assumed-role/any/voice` }
    expect(evaluateTrustPolicy(result.after, { principal: session, externalId: NEW })).toBe('allow')
    expect(evaluateTrustPolicy(result.after, { principal: session, externalId: OLD })).not.toBe('allow')
  })
})

describe('the decision over every request: everyone else keeps their answer', () => {
  it('refuses to rewrite a Deny on "*" that also decides for a partner in an organization (issue 21)', () => {
    const deny = everyone(
      { StringNotEquals: { 'sts:ExternalId': OLD }, StringEquals: { 'aws:PrincipalOrgID': 'o-customer1' } },
      'Deny'
    )
    const error = errorOf(plan(doc(sfAllow(OLD), partner, deny)))
    expect(error).toContain(`arn:aws:iam::${PARTNER}:root (in an organization)`)
    expect(error).toMatch(/is no longer allowed by statement 3/)
    expect(error).not.toContain(OLD)
    expect(error).not.toContain(NEW)
  })

  it('an explicit deny that becomes implicit is no change of access', () => {
    // Disable drops the Deny requiring an ID; for the partner, denied before and not allowed after.
    const requireId = { ...everyone({ Null: { 'sts:ExternalId': 'true' } }, 'Deny') }
    const result = plan(doc(sfAllow(OLD), requireId), disable)
    expect(errorOf(result)).toBe('')
  })
})

describe('the decision over every request: lock-outs', () => {
  it('check reports a Deny that keeps Salesforce out with the ID, naming the statement', () => {
    const deny: PolicyStatement = {
      ...sfAllow(),
      Effect: 'Deny',
      Condition: { StringLike: { 'aws:PrincipalArn': '*:role/*' } }
    }
    expect(driftOf(doc(sfAllow(NEW), deny))).toEqual([
      expect.objectContaining({
        kind: 'different-id',
        detail: expect.stringMatching(/is not allowed with the new external ID by statement 2/)
      })
    ])
  })

  it('fails closed when a policy has more regions than it decides', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      ...partner,
      Condition: { StringEquals: { [`aws:PrincipalTag/k${i}`]: ['a', 'b', 'c'] } }
    }))
    expect(errorOf(plan(doc(sfAllow(), ...many)))).toMatch(/too complex to decide .*refused/)
  })
})

describe('the decision over every request: conditions on the ID outside the model', () => {
  it.each<[string, PolicyStatement['Condition']]>([
    ['a numeric operator', { NumericEquals: { 'sts:ExternalId': '1' } }],
    ['a policy variable', { StringEquals: { 'sts:ExternalId': '${aws:username}' } }],
    ['a policy variable naming the ID', { StringEquals: { 'aws:PrincipalTag/team': '${sts:ExternalId}' } }]
  ])(
    "refuses a partner's statement with %s: a free Boolean there would stand for an ID the question varies",
    (_name, condition) => {
      expect(errorOf(plan(doc(sfAllow(OLD), { ...partner, Condition: condition })))).toMatch(
        /outside the model\); refused\./
      )
    }
  )

  it('decides ForAnyValue: on the ID exactly: false without the key, so disable does not lose a caller', () => {
    // Issue 21's oracle found this: "*" lets Salesforce in with one ID only, so disable (nothing to
    // remove) would keep it out without one.
    const gated = everyone({
      'ForAnyValue:StringNotEquals': { 'sts:ExternalId': ['ext-A1'] },
      'ForAllValues:StringEquals': { 'sts:ExternalId': 'ext-?1' }
    })
    const sfRole: PolicyStatement = { ...sfAllow(), Principal: { AWS: `arn:aws:iam::${SF}:role/SCVRole` } }
    expect(errorOf(plan(doc(sfRole, gated), disable))).toMatch(
      new RegExp(`arn:aws:iam::${SF}:root .*is not allowed without an external ID`)
    )
  })
})
