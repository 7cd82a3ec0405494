import { describe, expect, it } from '@jest/globals'
import { analyseTrustPolicy } from '../../src/policy/analysis.js'
import type { PolicyDocument } from '../../src/policy/document.js'

const SF = '793525387755'
const SF_ROOT = `arn:aws:iam::${SF}:root`
const scope = { salesforceAccountIds: [SF] }
const doc = (...statements: object[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: statements }) as PolicyDocument
const sfAllow = (condition?: object) => ({
  Effect: 'Allow',
  Principal: { AWS: SF_ROOT },
  Action: 'sts:AssumeRole',
  ...(condition ? { Condition: condition } : {})
})
const sfDeny = (condition: object, principal: unknown = { AWS: SF_ROOT }) => ({
  Effect: 'Deny',
  Principal: principal,
  Action: 'sts:AssumeRole',
  Condition: condition
})

describe('analyseTrustPolicy', () => {
  it('finds the Salesforce statements, the IDs each requires and under which operator', () => {
    const analysis = analyseTrustPolicy(
      doc(
        { Effect: 'Allow', Principal: { Service: 'connect.amazonaws.com' }, Action: 'sts:AssumeRole' },
        sfAllow({ StringEquals: { 'sts:ExternalId': ['a1', 'b2'] } }),
        sfAllow({ StringLike: { 'STS:EXTERNALID': 'c*' } }),
        sfAllow()
      ),
      scope
    )
    expect(analysis.salesforce.map(({ index, required }) => [index, required])).toEqual([
      [1, { operator: 'StringEquals', key: 'sts:ExternalId', ids: ['a1', 'b2'] }],
      [2, { operator: 'StringLike', key: 'STS:EXTERNALID', ids: ['c*'] }],
      [3, null]
    ])
    expect(analysis.acceptedIds).toEqual(['a1', 'b2'])
    expect(analysis.namedIds).toEqual(['a1', 'b2', 'c*'])
    expect(analysis.otherPrincipals).toEqual([{ type: 'Service', id: 'connect.amazonaws.com' }])
    expect(analysis.trusted).toEqual(['connect.amazonaws.com', SF])
    expect(analysis.unjudgeable).toEqual([])
  })

  it('classifies the Deny statements on sts:ExternalId that may apply to Salesforce', () => {
    const analysis = analyseTrustPolicy(
      doc(
        sfAllow(),
        sfDeny({ StringNotEquals: { 'sts:ExternalId': 'a1' } }),
        sfDeny({ Null: { 'sts:ExternalId': 'true' } }),
        sfDeny({ StringNotLike: { 'sts:ExternalId': 'a*' } }, { AWS: '*' }),
        sfDeny({ StringNotEquals: { 'sts:ExternalId': 'z9' } }, { AWS: 'arn:aws:iam::444455556666:root' })
      ),
      scope
    )
    expect(analysis.externalIdDenies.map(({ index, kind }) => [index, kind])).toEqual([
      [1, 'pin'],
      [2, 'require-id'],
      [3, 'unsupported']
    ])
    // An unconditioned Allow accepts any ID, so the pinned one is what Salesforce is let in with.
    expect(analysis.acceptedIds).toEqual(['a1'])
    // Null's "true" is no ID.
    expect(analysis.namedIds).toEqual(['a1', 'a*', 'z9'])
  })

  it('accepts only the IDs both the Allow lists and every pinning Deny lets through', () => {
    const analysis = analyseTrustPolicy(
      doc(
        sfAllow({ StringEquals: { 'sts:ExternalId': ['a1', 'b2'] } }),
        sfDeny({ StringNotEquals: { 'sts:ExternalId': ['b2', 'c3'] } })
      ),
      scope
    )
    expect(analysis.acceptedIds).toEqual(['b2'])
  })

  it('names the conditions it cannot judge for Salesforce, and only those', () => {
    const analysis = analyseTrustPolicy(
      doc(
        sfAllow({
          IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
          StringEquals: { 'aws:PrincipalOrgID': 'o-1' }
        }),
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Condition: { StringEqualsMaybe: { 'aws:PrincipalArn': 'x' } }
        },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
        },
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: SF_ROOT },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'x' } }
        }
      ),
      scope
    )
    expect(analysis.unjudgeable).toEqual([
      'statement 1: condition key aws:SourceIp',
      'statement 2: condition operator StringEqualsMaybe',
      'statement 4: condition key aws:PrincipalTag/team'
    ])
  })
})
