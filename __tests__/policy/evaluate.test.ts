import { describe, expect, it } from '@jest/globals'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import {
  evaluateTrustPolicy,
  principalsOf,
  type AssumeRoleRequest,
  type Decision
} from '../../src/policy/evaluate.js'
import {
  Generator,
  OTHER,
  SALESFORCE,
  randomPolicy,
  randomRequest,
  seededRandom,
  simulate
} from './trust-policy-oracle.js'

const SF_ROOT = `arn:aws:iam::${SALESFORCE}:root`
const SF_ROLE = `arn:aws:iam::${SALESFORCE}:role/SCVRole`
const SF_SESSION = `arn:aws:sts::${SALESFORCE}:assumed-role/SCVRole/voice-session`
const OTHER_USER = `arn:aws:iam::${OTHER}:user/alice`
const ID = 'ext-7f3a9c2e'

const policy = (...statements: object[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: statements }) as PolicyDocument
const allow = (fields: object = {}): PolicyStatement =>
  ({ Effect: 'Allow', Principal: { AWS: SF_ROOT }, Action: 'sts:AssumeRole', ...fields }) as PolicyStatement
const aws = (id: string): AssumeRoleRequest['principal'] => ({ type: 'AWS', id })
const service = (id: string): AssumeRoleRequest['principal'] => ({ type: 'Service', id })
const withCondition = (condition: object): PolicyDocument => policy(allow({ Condition: condition }))

describe('evaluateTrustPolicy: principals and actions', () => {
  it.each<[string, PolicyDocument, AssumeRoleRequest, Decision]>([
    ['the template allows Salesforce without an ID', policy(allow()), { principal: aws(SF_ROLE) }, 'allow'],
    [
      'the template allows Salesforce with any ID',
      policy(allow()),
      { principal: aws(SF_ROLE), externalId: 'x' },
      'allow'
    ],
    ['another account is not trusted', policy(allow()), { principal: aws(OTHER_USER) }, 'implicit-deny'],
    [
      'a bare account ID trusts its principals',
      policy(allow({ Principal: { AWS: SALESFORCE } })),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    ['a root ARN trusts sessions of the account', policy(allow()), { principal: aws(SF_SESSION) }, 'allow'],
    [
      'a root ARN of another partition does not',
      policy(allow({ Principal: { AWS: `arn:aws-us-gov:iam::${SALESFORCE}:root` } })),
      { principal: aws(SF_ROLE) },
      'implicit-deny'
    ],
    [
      'an aws-cn root ARN trusts an aws-cn role',
      policy(allow({ Principal: { AWS: `arn:aws-cn:iam::${SALESFORCE}:root` } })),
      { principal: aws(`arn:aws-cn:iam::${SALESFORCE}:role/SCVRole`) },
      'allow'
    ],
    [
      'a role ARN trusts the role',
      policy(allow({ Principal: { AWS: SF_ROLE } })),
      { principal: aws(SF_ROLE) },
      'allow'
    ],
    [
      'a role ARN trusts its sessions',
      policy(allow({ Principal: { AWS: SF_ROLE } })),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    [
      'a role ARN with a path trusts its sessions',
      policy(allow({ Principal: { AWS: `arn:aws:iam::${SALESFORCE}:role/service-role/SCVRole` } })),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    [
      'a role ARN does not trust another role of the account',
      policy(allow({ Principal: { AWS: SF_ROLE } })),
      { principal: aws(`arn:aws:iam::${SALESFORCE}:role/Other`) },
      'implicit-deny'
    ],
    [
      'a role ARN does not trust sessions of a role whose name starts the same',
      policy(allow({ Principal: { AWS: SF_ROLE } })),
      { principal: aws(`arn:aws:sts::${SALESFORCE}:assumed-role/SCVRoleX/s`) },
      'implicit-deny'
    ],
    ['"*" trusts everyone', policy(allow({ Principal: '*' })), { principal: aws(OTHER_USER) }, 'allow'],
    [
      '{"AWS": "*"} trusts services too',
      policy(allow({ Principal: { AWS: '*' } })),
      { principal: service('connect.amazonaws.com') },
      'allow'
    ],
    [
      'a service principal matches its service only',
      policy(allow({ Principal: { Service: ['lambda.amazonaws.com', 'connect.amazonaws.com'] } })),
      { principal: service('connect.amazonaws.com') },
      'allow'
    ],
    [
      'a service is not an account principal',
      policy(allow()),
      { principal: service('connect.amazonaws.com') },
      'implicit-deny'
    ],
    [
      'a federated principal matches its provider',
      policy(allow({ Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/x' } })),
      { principal: { type: 'Federated', id: 'arn:aws:iam::111122223333:oidc-provider/x' } },
      'allow'
    ],
    [
      'Deny wins over Allow',
      policy(allow(), allow({ Effect: 'Deny' })),
      { principal: aws(SF_ROLE) },
      'explicit-deny'
    ],
    [
      'a Deny for another principal does not apply',
      policy(allow(), allow({ Effect: 'Deny', Principal: { AWS: OTHER_USER } })),
      { principal: aws(SF_ROLE) },
      'allow'
    ],
    [
      'NotPrincipal in a Deny spares the principals it names',
      policy(allow({ Principal: '*' }), { Effect: 'Deny', NotPrincipal: { AWS: SF_ROOT }, Action: '*' }),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    [
      'NotPrincipal in a Deny hits the others',
      policy(allow({ Principal: '*' }), { Effect: 'Deny', NotPrincipal: { AWS: SF_ROOT }, Action: '*' }),
      { principal: aws(OTHER_USER) },
      'explicit-deny'
    ],
    [
      'a statement without principal applies to no one',
      policy(allow({ Principal: undefined })),
      { principal: aws(SF_ROLE) },
      'implicit-deny'
    ],
    ['sts:* covers AssumeRole', policy(allow({ Action: 'sts:*' })), { principal: aws(SF_ROLE) }, 'allow'],
    [
      'actions match in any case',
      policy(allow({ Action: 'STS:ASSUMEROLE' })),
      { principal: aws(SF_ROLE) },
      'allow'
    ],
    [
      '? matches one character',
      policy(allow({ Action: 'sts:AssumeRol?' })),
      { principal: aws(SF_ROLE) },
      'allow'
    ],
    [
      'a longer action does not match',
      policy(allow({ Action: 'sts:AssumeRoleWith*' })),
      { principal: aws(SF_ROLE) },
      'implicit-deny'
    ],
    [
      'the request action counts',
      policy(allow({ Action: 'sts:AssumeRole' })),
      { principal: aws(SF_ROLE), action: 'sts:TagSession' },
      'implicit-deny'
    ],
    [
      'NotAction excludes what it names',
      policy(allow({ Action: undefined, NotAction: 'sts:*' })),
      { principal: aws(SF_ROLE) },
      'implicit-deny'
    ],
    [
      'NotAction allows the rest',
      policy(allow({ Action: undefined, NotAction: 'iam:*' })),
      { principal: aws(SF_ROLE) },
      'allow'
    ],
    [
      'no Action nor NotAction matches nothing',
      policy(allow({ Action: undefined })),
      { principal: aws(SF_ROLE) },
      'implicit-deny'
    ],
    ['a single statement object', { Statement: allow() }, { principal: aws(SF_ROLE) }, 'allow']
  ])('%s', (_name, doc, request, expected) => {
    expect(evaluateTrustPolicy(doc, request)).toBe(expected)
  })
})

describe('evaluateTrustPolicy: conditions', () => {
  const externalId = (operator: string, values: unknown): PolicyDocument =>
    withCondition({ [operator]: { 'sts:ExternalId': values } })
  const sf = (id?: string, context?: Record<string, string | string[]>): AssumeRoleRequest => ({
    principal: aws(SF_ROLE),
    ...(id === undefined ? {} : { externalId: id }),
    ...(context === undefined ? {} : { context })
  })

  it.each<[string, PolicyDocument, AssumeRoleRequest, Decision]>([
    ['StringEquals with the ID', externalId('StringEquals', ID), sf(ID), 'allow'],
    ['StringEquals with another ID', externalId('StringEquals', ID), sf('other'), 'implicit-deny'],
    ['StringEquals without an ID', externalId('StringEquals', ID), sf(), 'implicit-deny'],
    ['StringEquals is case-sensitive', externalId('StringEquals', ID), sf(ID.toUpperCase()), 'implicit-deny'],
    ['several values are ORed', externalId('StringEquals', ['old', ID]), sf('old'), 'allow'],
    [
      'operator and key names in any case',
      withCondition({ stringequals: { 'STS:EXTERNALID': ID } }),
      sf(ID),
      'allow'
    ],
    ['StringNotEquals with another ID', externalId('StringNotEquals', ID), sf('other'), 'allow'],
    ['StringNotEquals with the ID', externalId('StringNotEquals', ID), sf(ID), 'implicit-deny'],
    ['StringNotEquals NORs its values', externalId('StringNotEquals', ['a', 'b']), sf('b'), 'implicit-deny'],
    ['StringNotEquals holds when the key is absent', externalId('StringNotEquals', ID), sf(), 'allow'],
    ['StringEqualsIgnoreCase', externalId('StringEqualsIgnoreCase', ID), sf(ID.toUpperCase()), 'allow'],
    [
      'StringNotEqualsIgnoreCase',
      externalId('StringNotEqualsIgnoreCase', ID),
      sf(ID.toUpperCase()),
      'implicit-deny'
    ],
    ['StringLike with *', externalId('StringLike', 'ext-*'), sf(ID), 'allow'],
    ['StringLike with ?', externalId('StringLike', 'ext-7f3a9c2?'), sf(ID), 'allow'],
    ['StringLike needs the whole value', externalId('StringLike', 'ext-7f3a'), sf(ID), 'implicit-deny'],
    [
      'StringLike takes other characters literally',
      externalId('StringLike', 'ext.7f3a9c2e'),
      sf(ID),
      'implicit-deny'
    ],
    ['StringNotLike', externalId('StringNotLike', 'ext-*'), sf(ID), 'implicit-deny'],
    ['StringNotLike holds when the key is absent', externalId('StringNotLike', 'ext-*'), sf(), 'allow'],
    ['IfExists holds when the key is absent', externalId('StringEqualsIfExists', ID), sf(), 'allow'],
    [
      'IfExists compares when the key is there',
      externalId('StringEqualsIfExists', ID),
      sf('other'),
      'implicit-deny'
    ],
    ['Null true: the key is absent', externalId('Null', 'true'), sf(), 'allow'],
    ['Null true: the key is there', externalId('Null', true), sf(ID), 'implicit-deny'],
    ['Null false: the key is there', externalId('Null', 'false'), sf(ID), 'allow'],
    [
      'ForAnyValue fails when the key is absent',
      externalId('ForAnyValue:StringEquals', ID),
      sf(),
      'implicit-deny'
    ],
    ['ForAnyValue on a single value', externalId('ForAnyValue:StringEquals', ID), sf(ID), 'allow'],
    ['ForAllValues holds when the key is absent', externalId('ForAllValues:StringEquals', ID), sf(), 'allow'],
    [
      'ForAllValues compares a present key',
      externalId('ForAllValues:StringEquals', ID),
      sf('other'),
      'implicit-deny'
    ],
    [
      'ForAnyValue over a multivalued key',
      withCondition({ 'ForAnyValue:StringLike': { 'aws:TagKeys': 'env*' } }),
      sf(undefined, { 'aws:TagKeys': ['team', 'envProd'] }),
      'allow'
    ],
    [
      'ForAllValues over a multivalued key',
      withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'cost'] } }),
      sf(undefined, { 'aws:TagKeys': ['team', 'envProd'] }),
      'implicit-deny'
    ],
    [
      'ForAllValues over an empty list',
      withCondition({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }),
      sf(undefined, { 'aws:TagKeys': [] }),
      'allow'
    ],
    [
      'a multivalued key without a set operator',
      withCondition({ StringEquals: { 'aws:TagKeys': 'team' } }),
      sf(undefined, { 'aws:TagKeys': ['team'] }),
      'implicit-deny'
    ],
    [
      'Bool with a JSON boolean',
      withCondition({ Bool: { 'aws:SecureTransport': true } }),
      sf(undefined, { 'aws:SecureTransport': 'true' }),
      'allow'
    ],
    [
      'Bool in any case',
      withCondition({ Bool: { 'aws:SecureTransport': 'FALSE' } }),
      sf(undefined, { 'aws:SecureTransport': 'false' }),
      'allow'
    ],
    [
      'Bool mismatch',
      withCondition({ Bool: { 'aws:SecureTransport': 'true' } }),
      sf(undefined, { 'aws:SecureTransport': 'false' }),
      'implicit-deny'
    ],
    [
      'Bool on a missing key',
      withCondition({ Bool: { 'aws:SecureTransport': 'true' } }),
      sf(),
      'implicit-deny'
    ],
    [
      'ArnLike on the derived aws:PrincipalArn of a session',
      withCondition({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${SALESFORCE}:role/SCV*` } }),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    [
      'ArnEquals matches each ARN field with wildcards',
      withCondition({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/SCVRole' } }),
      sf(),
      'allow'
    ],
    [
      'ArnLike wildcards do not cross the account field',
      withCondition({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::7935*:role/Other' } }),
      sf(),
      'implicit-deny'
    ],
    ['ArnNotEquals', withCondition({ ArnNotEquals: { 'aws:PrincipalArn': SF_ROLE } }), sf(), 'implicit-deny'],
    [
      'ArnNotLike',
      withCondition({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${OTHER}:*` } }),
      sf(),
      'allow'
    ],
    [
      'aws:PrincipalAccount is derived',
      withCondition({ StringEquals: { 'aws:PrincipalAccount': SALESFORCE } }),
      { principal: aws(SF_SESSION) },
      'allow'
    ],
    [
      'given context keys win over derived ones, in any case',
      withCondition({ StringEquals: { 'aws:PrincipalAccount': OTHER } }),
      sf(undefined, { 'AWS:PRINCIPALACCOUNT': OTHER }),
      'allow'
    ],
    [
      'keys under one operator are ANDed',
      withCondition({ StringEquals: { 'sts:ExternalId': ID, 'aws:PrincipalTag/team': 'voice' } }),
      sf(ID, { 'aws:PrincipalTag/team': 'ops' }),
      'implicit-deny'
    ],
    [
      'operators are ANDed',
      withCondition({ StringEquals: { 'sts:ExternalId': ID }, Bool: { 'aws:SecureTransport': 'true' } }),
      sf(ID, { 'aws:SecureTransport': 'true' }),
      'allow'
    ],
    [
      'an unknown operator is false',
      withCondition({ StringSortOf: { 'sts:ExternalId': ID } }),
      sf(ID),
      'implicit-deny'
    ],
    [
      'BinaryEquals is not supported: false',
      withCondition({ BinaryEquals: { 'aws:x': 'QmluYXJ5' } }),
      sf(),
      'implicit-deny'
    ],
    [
      'an unknown operator does not make a Deny apply',
      policy(allow(), allow({ Effect: 'Deny', Condition: { StringSortOf: { 'sts:ExternalId': ID } } })),
      sf(ID),
      'allow'
    ],
    [
      'NumericLessThan',
      withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
      sf(undefined, { 'aws:MultiFactorAuthAge': '100' }),
      'allow'
    ],
    [
      'DateGreaterThan with ISO 8601 and epoch seconds',
      withCondition({ DateGreaterThan: { 'aws:CurrentTime': '1704067200' } }),
      sf(undefined, { 'aws:CurrentTime': '2024-01-01T00:00:01Z' }),
      'allow'
    ],
    [
      'IpAddress with an IPv4 range',
      withCondition({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }),
      sf(undefined, { 'aws:SourceIp': '10.200.3.4' }),
      'allow'
    ],
    [
      'IpAddress with an IPv6 range',
      withCondition({ IpAddress: { 'aws:SourceIp': '2001:DB8::/32' } }),
      sf(undefined, { 'aws:SourceIp': '2001:db8:ffff::1' }),
      'allow'
    ],
    [
      'NotIpAddress with a bare address and an address of the other IP version',
      withCondition({ NotIpAddress: { 'aws:SourceIp': '192.168.0.1' } }),
      sf(undefined, { 'aws:SourceIp': '2001:db8::1' }),
      'allow'
    ]
  ])('%s', (_name, doc, request, expected) => {
    expect(evaluateTrustPolicy(doc, request)).toBe(expected)
  })
})

describe('principalsOf', () => {
  it('lists every distinct principal, bare account IDs as root ARNs, wildcards left out', () => {
    const doc = policy(
      allow({ Principal: { AWS: [SF_ROOT, SALESFORCE, SF_ROLE], Service: 'connect.amazonaws.com' } }),
      allow({ Principal: { AWS: '*', Federated: 'arn:aws:iam::111122223333:oidc-provider/x' } }),
      allow({ Principal: '*' }),
      { Effect: 'Deny', NotPrincipal: { AWS: OTHER_USER, Service: ['connect.amazonaws.com'] }, Action: '*' }
    )
    expect(principalsOf(doc)).toEqual([
      { type: 'AWS', id: SF_ROOT },
      { type: 'AWS', id: SF_ROLE },
      { type: 'Service', id: 'connect.amazonaws.com' },
      { type: 'Federated', id: 'arn:aws:iam::111122223333:oidc-provider/x' },
      { type: 'AWS', id: OTHER_USER }
    ])
  })

  it("puts bare account IDs in the policy's partition", () => {
    const doc = policy(
      allow({ Principal: { AWS: ['222233334444', 'arn:aws-us-gov:iam::222233334444:role/R'] } })
    )
    expect(principalsOf(doc)).toEqual([
      { type: 'AWS', id: 'arn:aws-us-gov:iam::222233334444:root' },
      { type: 'AWS', id: 'arn:aws-us-gov:iam::222233334444:role/R' }
    ])
  })
})

describe('evaluateTrustPolicy against @cloud-copilot/iam-simulate', () => {
  it('agrees on 600 generated trust policies and requests', async () => {
    const generator = new Generator(seededRandom(20240611))
    const disagreements: string[] = []
    const decisions: Record<string, number> = {}
    const cases = 600
    for (let i = 0; i < cases; i += 1) {
      const doc = randomPolicy(generator)
      const request = randomRequest(generator)
      const ours = evaluateTrustPolicy(doc, request)
      const oracle = await simulate(doc, request)
      decisions[ours] = (decisions[ours] ?? 0) + 1
      if (ours !== oracle) {
        disagreements.push(
          `#${i}: ours ${ours}, oracle ${oracle}\n${JSON.stringify(doc)}\n${JSON.stringify(request)}`
        )
      }
    }
    console.log(
      `iam-simulate agreement: ${cases - disagreements.length}/${cases}; decisions: ${JSON.stringify(decisions)}`
    )
    expect(disagreements).toEqual([])
    // The generated cases reach every decision often enough to mean something.
    for (const decision of ['allow', 'implicit-deny', 'explicit-deny']) {
      expect(decisions[decision]).toBeGreaterThan(cases / 20)
    }
  })
})
