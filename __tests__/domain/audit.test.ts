import { describe, expect, it } from '@jest/globals'
import {
  auditRefusal,
  findUnmanagedOpenRoles,
  openToSalesforce,
  unmanagedRoleFindings,
  type AuditResult
} from '../../src/domain/audit.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'

const SF = '793525387755'
const scope = { salesforceAccountIds: [SF] }
const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})
const trusting = (
  principal: PolicyStatement['Principal'],
  extra: Partial<PolicyStatement> = {}
): PolicyStatement => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'sts:AssumeRole',
  ...extra
})
const withId = { Condition: { StringEquals: { 'sts:ExternalId': 'some-id' } } }

describe('openToSalesforce', () => {
  it.each<[string, PolicyDocument, boolean]>([
    ["the template's root statement", doc(trusting({ AWS: `arn:aws:iam::${SF}:root` })), true],
    ['the bare account ID', doc(trusting({ AWS: SF })), true],
    ['one role of the account', doc(trusting({ AWS: `arn:aws:iam::${SF}:role/Voice` })), true],
    ['everyone', doc(trusting('*')), true],
    [
      'a wildcard narrowed to the account',
      doc(trusting({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalAccount': SF } } })),
      true
    ],
    [
      'a wildcard narrowed to its roles by ARN',
      doc(
        trusting(
          { AWS: '*' },
          { Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${SF}:role/*` } } }
        )
      ),
      true
    ],
    [
      'the root statement with an external ID',
      doc(trusting({ AWS: `arn:aws:iam::${SF}:root` }, withId)),
      false
    ],
    ['only connect.amazonaws.com', doc(trusting({ Service: 'connect.amazonaws.com' })), false],
    ['another account', doc(trusting({ AWS: 'arn:aws:iam::444455556666:root' })), false],
    [
      'an allow that a Deny without the ID closes',
      doc(
        trusting({ AWS: `arn:aws:iam::${SF}:root` }),
        trusting(
          { AWS: `arn:aws:iam::${SF}:root` },
          { Effect: 'Deny', Condition: { Null: { 'sts:ExternalId': 'true' } } }
        )
      ),
      false
    ],
    [
      'only sts:AssumeRoleWithSAML',
      doc(trusting({ AWS: `arn:aws:iam::${SF}:root` }, { Action: 'sts:AssumeRoleWithSAML' })),
      false
    ]
  ])('%s: %s', (_title, document, open) => {
    expect(openToSalesforce(document, scope)).toBe(open)
  })

  it('asks in the partition the policy names', () => {
    expect(openToSalesforce(doc(trusting({ AWS: `arn:aws-us-gov:iam::${SF}:root` })), scope)).toBe(true)
  })
})

describe('findUnmanagedOpenRoles', () => {
  const open = doc(trusting({ AWS: `arn:aws:iam::${SF}:root` }))
  const role = (roleName: string, document: PolicyDocument | null = open) => ({
    arn: `arn:aws:iam::111122223333:role/${roleName}`,
    roleName,
    document
  })

  it('keeps the open roles the run does not manage, in order; managed names match regardless of case', () => {
    const roles = [
      role('acme-SCVTenantBucketWriteAccessRole'),
      role('SCVAmazonConnectManagementRole'),
      role('Lambda', doc(trusting({ Service: 'lambda.amazonaws.com' }))),
      role('unreadable', null),
      role('scv-SCVHealthCheckRole')
    ]
    expect(findUnmanagedOpenRoles(roles, ['scvamazonconnectmanagementrole'], scope)).toEqual([
      { arn: roles[0]?.arn, roleName: 'acme-SCVTenantBucketWriteAccessRole' },
      { arn: roles[4]?.arn, roleName: 'scv-SCVHealthCheckRole' }
    ])
  })
})

describe('audit: fail', () => {
  const found: AuditResult = {
    status: 'done',
    roles: [
      { arn: 'arn:aws:iam::111122223333:role/a', roleName: 'a' },
      { arn: 'arn:aws:iam::111122223333:role/b', roleName: 'b' }
    ],
    listed: 6
  }

  it('refuses a run that found roles, naming them', () => {
    expect(auditRefusal('fail', found)).toContain('2 roles outside this run')
    expect(auditRefusal('fail', found)).toContain('(a, b). Nothing was changed')
  })

  it('refuses a run whose audit could not list the roles', () => {
    expect(auditRefusal('fail', { status: 'unavailable', reason: 'No ListRoles.' })).toBe(
      'audit: fail: No ListRoles.'
    )
  })

  it.each<[string, AuditResult]>([
    ['warn', found],
    ['off', { status: 'off' }]
  ])('lets %s go on', (mode, audit) => {
    expect(auditRefusal(mode === 'warn' ? 'warn' : 'off', audit)).toBeNull()
  })

  it('does not refuse when nothing was found', () => {
    expect(auditRefusal('fail', { status: 'done', roles: [], listed: 3 })).toBeNull()
  })

  it('makes each role an unmanaged-role drift finding', () => {
    expect(unmanagedRoleFindings(found).map(({ role, kind }) => [role.roleName, kind])).toEqual([
      ['a', 'unmanaged-role'],
      ['b', 'unmanaged-role']
    ])
    expect(unmanagedRoleFindings({ status: 'off' })).toEqual([])
  })
})
