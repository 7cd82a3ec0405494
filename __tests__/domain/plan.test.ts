import { describe, expect, it } from '@jest/globals'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { fingerprint } from '../../src/domain/external-id.js'
import {
  planRole,
  planRoles,
  previousExternalIds,
  type CurrentRole,
  type PlanOptions
} from '../../src/domain/plan.js'
import type { FailedPlan, ReadyPlan, RolePlan } from '../../src/domain/plan-types.js'
import { policySize, type PolicyDocument, type PolicyStatement } from '../../src/policy/document.js'
import { TAG_APPLIED_AT, TAG_FINGERPRINT } from '../../src/domain/tags.js'

const SF_ROOT = 'arn:aws:iam::793525387755:root'
const ID = 'scv-new-Id_5d6e7f80'
const OLD = 'scv-old-Id_1a2b3c4d'
const OLDER = 'scv-older-Id_99aa88bb'
const NOW = new Date('2025-06-01T00:00:00.000Z')
const EARLIER = '2025-01-15T10:00:00.000Z'

const target: RoleTarget = {
  logicalRole: 'AmazonConnectManagementRole',
  callCenter: null,
  roleName: 'SCVAmazonConnectManagementRole',
  arn: 'arn:aws:iam::123456789012:role/SCVAmazonConnectManagementRole'
}
const sfStatement = (ids?: string | string[]): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: SF_ROOT },
  Action: 'sts:AssumeRole',
  ...(ids === undefined ? {} : { Condition: { StringEquals: { 'sts:ExternalId': ids } } })
})
const serviceStatement: PolicyStatement = {
  Effect: 'Allow',
  Principal: { Service: 'lambda.amazonaws.com' },
  Action: 'sts:AssumeRole'
}
const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})
const current = (document: PolicyDocument | null, tags: Record<string, string> = {}): CurrentRole => ({
  target,
  document,
  tags
})
const scope = { salesforceAccountIds: ['793525387755'] }
const apply: PlanOptions = {
  mode: 'apply',
  rotation: 'replace',
  externalIds: { kind: 'single', id: ID },
  scope,
  maxPolicySize: 2048,
  now: NOW
}
const overlap: PlanOptions = { ...apply, rotation: 'overlap' }
const disable: PlanOptions = { ...apply, mode: 'disable', externalIds: null }
/** The plan of a role the run can handle (fails the test otherwise). */
function ready(plan: RolePlan): ReadyPlan {
  if (plan.change === 'error') throw new Error(`expected a plan, got the error: ${plan.error}`)
  return plan
}
/** The plan of a role the run refuses (fails the test otherwise). */
function failed(plan: RolePlan): FailedPlan {
  if (plan.change !== 'error') throw new Error(`expected an error, got ${plan.change}`)
  return plan
}
const newTags = { [TAG_FINGERPRINT]: fingerprint(ID), [TAG_APPLIED_AT]: NOW.toISOString() }

describe('planRole change kinds', () => {
  it('add-condition on a Salesforce statement without one; other statements untouched', () => {
    const before = doc(serviceStatement, sfStatement())
    const plan = ready(planRole(current(before), apply))
    expect(plan).toEqual({
      role: target,
      before,
      after: doc(serviceStatement, sfStatement(ID)),
      change: 'add-condition',
      notes: ['Statement 2: now requires sts:ExternalId (StringEquals)'],
      tagChanges: newTags
    })
  })

  it('add-condition in overlap too: there is nothing earlier to keep', () => {
    const plan = ready(planRole(current(doc(sfStatement())), overlap))
    expect(plan.change).toBe('add-condition')
    expect(plan.after).toEqual(doc(sfStatement(ID)))
  })

  it('replace-id when another ID is required', () => {
    const plan = ready(planRole(current(doc(sfStatement(OLD))), apply))
    expect(plan.change).toBe('replace-id')
    expect(plan.after).toEqual(doc(sfStatement(ID)))
    expect(plan.notes).toEqual(['Statement 1: accepted sts:ExternalId values replaced'])
  })

  it('replace-id finishes a staged rotation: only the new ID stays', () => {
    const plan = ready(planRole(current(doc(sfStatement([ID, OLD]))), apply))
    expect(plan.change).toBe('replace-id')
    expect(plan.after).toEqual(doc(sfStatement(ID)))
  })

  it('stage-overlap keeps the IDs accepted before, the new one first', () => {
    const plan = ready(planRole(current(doc(sfStatement([OLD, OLDER]))), overlap))
    expect(plan.change).toBe('stage-overlap')
    expect(plan.after).toEqual(doc(sfStatement([ID, OLD, OLDER])))
  })

  it('overlap never accumulates: a second run with the same ID changes nothing', () => {
    const first = ready(planRole(current(doc(sfStatement(OLD))), overlap))
    expect(first.after).toEqual(doc(sfStatement([ID, OLD])))
    const second = ready(planRole(current(first.after), overlap))
    expect(second.change).toBe('unchanged')
    expect(second.after).toBe(first.after)
  })

  it('overlap does not list the new ID twice when it is already accepted', () => {
    const plan = ready(planRole(current(doc(sfStatement([OLD, ID]))), overlap))
    expect(plan.change).toBe('unchanged')
    const again = ready(
      planRole(current(doc(sfStatement([OLD, ID])), {}), {
        ...overlap,
        externalIds: { kind: 'single', id: OLDER }
      })
    )
    expect(again.after).toEqual(doc(sfStatement([OLDER, OLD, ID])))
  })

  it('overlap on a role that requires only the new ID is unchanged', () => {
    expect(planRole(current(doc(sfStatement(ID))), overlap).change).toBe('unchanged')
  })

  it('remove-condition on disable, and the tags go', () => {
    const tags = { [TAG_FINGERPRINT]: fingerprint(OLD), [TAG_APPLIED_AT]: EARLIER, team: 'voice' }
    const plan = ready(planRole(current(doc(serviceStatement, sfStatement(OLD)), tags), disable))
    expect(plan).toMatchObject({
      change: 'remove-condition',
      after: doc(serviceStatement, sfStatement()),
      notes: ['Statement 2: sts:ExternalId condition (StringEquals) removed'],
      tagChanges: { [TAG_FINGERPRINT]: null, [TAG_APPLIED_AT]: null }
    })
  })

  it('unchanged on disable of a role without the condition', () => {
    const before = doc(sfStatement())
    const plan = ready(planRole(current(before), disable))
    expect(plan).toMatchObject({ change: 'unchanged', tagChanges: null })
    expect(plan.after).toBe(before)
  })

  it('unchanged when the role already requires the ID: after is before, tags kept', () => {
    const before = doc(serviceStatement, sfStatement(ID))
    const tags = { [TAG_FINGERPRINT]: fingerprint(ID), [TAG_APPLIED_AT]: EARLIER }
    const plan = ready(planRole(current(before, tags), apply))
    expect(plan).toEqual({
      role: target,
      before,
      after: before,
      change: 'unchanged',
      notes: [],
      tagChanges: null
    })
    expect(plan.after).toBe(before)
  })

  it('unchanged for a policy AWS handed back in another form (account ID for the root ARN)', () => {
    const before = doc({ ...sfStatement(ID), Principal: { AWS: '793525387755' } })
    const plan = ready(planRole(current(before), apply))
    expect(plan.change).toBe('unchanged')
    expect(plan.after).toBe(before)
  })

  it('unchanged policy still gets the tags when they are missing', () => {
    expect(ready(planRole(current(doc(sfStatement(ID))), apply)).tagChanges).toEqual(newTags)
  })
})

describe('planRole and the Version IAM requires', () => {
  it.each([
    ['2008-10-17', { Version: '2008-10-17', Statement: [sfStatement()] }],
    ['none', { Statement: [sfStatement()] }]
  ])('writes Version 2012-10-17 in place of %s, with a note, when the role is written', (_name, before) => {
    const plan = ready(planRole(current(before), apply))
    expect(plan.change).toBe('add-condition')
    expect(plan.after).toEqual(doc(sfStatement(ID)))
    expect(plan.notes).toContainEqual(expect.stringContaining('Sets "Version": "2012-10-17"'))
  })

  it('leaves the Version of a role that needs no write as it is', () => {
    const before: PolicyDocument = { Version: '2008-10-17', Statement: [sfStatement(ID)] }
    const plan = ready(planRole(current(before, newTags), apply))
    expect(plan.change).toBe('unchanged')
    expect(plan.after).toBe(before)
  })
})

describe('planRole with a canary left by an interrupted run', () => {
  const canary: PolicyStatement = {
    Sid: 'ScvExternalIdCanary',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::123456789012:role/automation' },
    Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'sts:ExternalId': OLDER } }
  }

  it('removes it as part of the change and says so in a note without its ID', () => {
    const plan = ready(planRole(current(doc(sfStatement(), canary, serviceStatement)), apply))
    expect(plan.change).toBe('add-condition')
    expect(plan.after).toEqual(doc(sfStatement(ID), serviceStatement))
    expect(plan.notes).toContain(
      'Removes the statement ScvExternalIdCanary that an interrupted verify: assume run left behind.'
    )
    expect(JSON.stringify(plan.notes)).not.toContain(OLDER)
  })

  it('removes it even when the ID is already in place: the role is written', () => {
    const plan = ready(planRole(current(doc(sfStatement(ID), canary), newTags), apply))
    expect(plan.change).not.toBe('unchanged')
    expect(plan.after).toEqual(doc(sfStatement(ID)))
  })
})

describe('planRole errors', () => {
  it('a missing role', () => {
    expect(planRole(current(null), apply)).toEqual({
      role: target,
      before: null,
      change: 'error',
      error:
        'Role SCVAmazonConnectManagementRole does not exist in this account (NoSuchEntity). It is the default name of AmazonConnectManagementRole; if yours has another name, set it in role-arns (AmazonConnectManagementRole=name-or-arn).'
    })
  })

  it('a role without a Salesforce statement', () => {
    const before = doc(serviceStatement)
    const plan = failed(planRole(current(before), apply))
    expect(plan).toEqual({ role: target, before, change: 'error', error: plan.error })
    expect(plan.error).toBe(
      'SCVAmazonConnectManagementRole: No statement of the trust policy allows a principal of the Salesforce account(s) 793525387755 to sts:AssumeRole; it trusts lambda.amazonaws.com. Check salesforce-account-id, and that this is a role Salesforce assumes.'
    )
  })

  it('a role without a Salesforce statement cannot be disabled either', () => {
    expect(planRole(current(doc(serviceStatement)), disable).change).toBe('error')
  })

  it('a new policy over max-policy-size names both sizes and the old one', () => {
    const before = doc(serviceStatement, sfStatement())
    const afterSize = policySize(doc(serviceStatement, sfStatement(ID)))
    const maxPolicySize = afterSize - 1
    const plan = failed(planRole(current(before), { ...apply, maxPolicySize }))
    expect(plan).not.toHaveProperty('after')
    expect(plan.error).toBe(
      `The new trust policy of SCVAmazonConnectManagementRole would be ${afterSize} characters (minified), over max-policy-size ${maxPolicySize} (was ${policySize(before)}).`
    )
  })

  it('a trust policy naming a deleted principal by its unique ID, when the role is written', () => {
    const stale: PolicyStatement = {
      Sid: 'Ops',
      Effect: 'Allow',
      Principal: { AWS: 'AROA3XFRBF535PLBIFPI4' },
      Action: 'sts:AssumeRole'
    }
    const plan = failed(planRole(current(doc(sfStatement(), stale)), apply))
    expect(plan.error).toMatch(
      /^SCVAmazonConnectManagementRole: Statement 2 \(Sid "Ops"\) names AROA3XFRBF535PLBIFPI4 in Principal/
    )
    expect(plan.error).toContain('Invalid principal in policy')
  })

  it('a deleted principal in a role that needs no write is no error: IAM is not asked to store it', () => {
    const stale: PolicyStatement = {
      Effect: 'Allow',
      Principal: { AWS: 'AIDAJQABLZS4A3QDU576Q' },
      Action: 'sts:AssumeRole'
    }
    const plan = ready(planRole(current(doc(sfStatement(ID), stale), newTags), apply))
    expect(plan.change).toBe('unchanged')
  })

  it('a Version 2008-10-17 document with a policy variable, when the role is written', () => {
    const variable: PolicyStatement = {
      ...serviceStatement,
      Condition: { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } }
    }
    const plan = failed(
      planRole(current({ Version: '2008-10-17', Statement: [sfStatement(), variable] }), apply)
    )
    expect(plan.error).toContain('SCVAmazonConnectManagementRole: the trust policy has Version "2008-10-17"')
    expect(plan.error).toContain('statement 2 uses a policy variable')
  })

  it('a Version that only fits max-policy-size without the 2012-10-17 upgrade', () => {
    const before: PolicyDocument = { Statement: [sfStatement()] }
    const maxPolicySize = policySize({ Statement: [sfStatement(ID)] })
    const plan = failed(planRole(current(before), { ...apply, maxPolicySize }))
    expect(plan.error).toContain('with "Version": "2012-10-17", over max-policy-size')
  })

  it('a policy exactly at max-policy-size is fine', () => {
    const maxPolicySize = policySize(doc(sfStatement(ID)))
    expect(planRole(current(doc(sfStatement())), { ...apply, maxPolicySize }).change).toBe('add-condition')
  })

  it('never shows an ID in an error or a note', () => {
    const plans = planRoles(
      [
        current(null),
        current(doc(serviceStatement)),
        current(doc(sfStatement(OLD))),
        current(doc(sfStatement([OLD, OLDER]))),
        current(doc(serviceStatement, sfStatement(OLD)))
      ],
      // room for two IDs in one statement, not for three or for a second statement
      { ...overlap, maxPolicySize: policySize(doc(sfStatement([ID, OLD]))) }
    )
    expect(plans.map((plan) => plan.change)).toEqual(['error', 'error', 'stage-overlap', 'error', 'error'])
    const texts = plans.flatMap((plan) => (plan.change === 'error' ? [plan.error] : plan.notes))
    for (const text of texts) {
      for (const id of [ID, OLD, OLDER]) expect(text).not.toContain(id)
    }
  })
})

describe('planRoles', () => {
  it('plans every role in order', () => {
    const plans = planRoles(
      [current(doc(sfStatement())), current(null), current(doc(sfStatement(ID)))],
      apply
    )
    expect(plans.map((plan) => plan.change)).toEqual(['add-condition', 'error', 'unchanged'])
  })
})

describe('previousExternalIds', () => {
  it('collects every ID the roles require today, once each, skipping missing roles', () => {
    const roles = [
      current(doc(sfStatement(OLD))),
      current(null),
      current(doc(serviceStatement, sfStatement([OLDER, OLD]))),
      current(doc(sfStatement()))
    ]
    expect(previousExternalIds(roles, scope)).toEqual([OLD, OLDER])
  })

  it('ignores conditions of statements that do not trust Salesforce', () => {
    const foreign: PolicyStatement = {
      ...sfStatement(OLD),
      Principal: { AWS: 'arn:aws:iam::444455556666:root' }
    }
    expect(previousExternalIds([current(doc(foreign))], scope)).toEqual([])
  })
})

describe('planRole refuses a change that protects nothing', () => {
  it('errors when another statement still lets every principal (Salesforce included) in without the ID', () => {
    const open: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }
    const plan = failed(planRole(current(doc(sfStatement(), open)), apply))
    expect(plan.error).toContain(
      `${target.roleName}: ${SF_ROOT} is allowed without an external ID by statement 2.`
    )
    expect(plan.error).not.toContain(ID)
  })

  it('accepts the same policy once the open statement is a Deny', () => {
    const deny: PolicyStatement = {
      Effect: 'Deny',
      Principal: { AWS: 'arn:aws:iam::999999999999:root' },
      Action: 'sts:AssumeRole'
    }
    expect(planRole(current(doc(sfStatement(), deny)), apply).change).toBe('add-condition')
  })
})

describe('planRole with rotation: overlap', () => {
  it('refuses to stage when the current ID is held under another operator (it may be a pattern)', () => {
    const like: PolicyStatement = {
      ...sfStatement(),
      Condition: { StringLike: { 'sts:ExternalId': 'scv-*' } }
    }
    const plan = failed(planRole(current(doc(like)), overlap))
    expect(plan.error).toContain('under StringLike, which a staged overlap cannot keep')
    expect(planRole(current(doc(like)), apply).change).toBe('replace-id')
  })
})

describe('planRole with one ID per Salesforce org', () => {
  const SANDBOX = 'scv-sandbox-Id_0c0d0e0f'
  const orgs = (prodId: string): PlanOptions => ({
    ...apply,
    externalIds: {
      kind: 'orgs',
      orgs: [
        { label: 'prod', id: prodId },
        { label: 'sandbox', id: SANDBOX }
      ]
    }
  })

  it('add-condition requires every org ID in one StringEquals list, tagged per label', () => {
    const plan = ready(planRole(current(doc(sfStatement(), serviceStatement)), orgs(ID)))
    expect(plan.change).toBe('add-condition')
    expect(plan.after).toEqual(doc(sfStatement([ID, SANDBOX]), serviceStatement))
    expect(plan.tagChanges).toEqual({
      [`${TAG_FINGERPRINT}:prod`]: fingerprint(ID),
      [`${TAG_FINGERPRINT}:sandbox`]: fingerprint(SANDBOX),
      [TAG_APPLIED_AT]: NOW.toISOString()
    })
  })

  it('unchanged when the role accepts exactly the set', () => {
    expect(ready(planRole(current(doc(sfStatement([SANDBOX, ID]))), orgs(ID))).change).toBe('unchanged')
  })

  it("rotating one org's ID with overlap keeps the other orgs and the previous ID", () => {
    const plan = ready(
      planRole(current(doc(sfStatement([OLD, SANDBOX]))), { ...orgs(ID), rotation: 'overlap' })
    )
    expect(plan.change).toBe('stage-overlap')
    expect(plan.after).toEqual(doc(sfStatement([ID, SANDBOX, OLD])))
  })

  it('replace then keeps exactly the set: replace-id, not stage-overlap', () => {
    const plan = ready(planRole(current(doc(sfStatement([ID, SANDBOX, OLD]))), orgs(ID)))
    expect(plan.change).toBe('replace-id')
    expect(plan.after).toEqual(doc(sfStatement([ID, SANDBOX])))
  })

  it('fails a role whose tags would pass IAM’s 50-tag quota', () => {
    const tags = Object.fromEntries(Array.from({ length: 49 }, (_, index) => [`team-${index}`, 'x']))
    expect(failed(planRole(current(doc(sfStatement()), tags), orgs(ID))).error).toContain(
      "over IAM's quota of 50"
    )
  })
})
