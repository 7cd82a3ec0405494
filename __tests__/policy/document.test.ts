import { describe, expect, it } from '@jest/globals'
import {
  PolicyDocumentError,
  decodePolicyDocument,
  parsePolicyDocument,
  policiesEquivalent,
  policySize,
  serializePolicy,
  statementsOf,
  type PolicyDocument
} from '../../src/policy/document.js'

const SALESFORCE_TEMPLATE: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::793525387755:root' }, Action: 'sts:AssumeRole' }
  ]
}

describe('decodePolicyDocument', () => {
  it('decodes the AssumeRolePolicyDocument of the GetRole example in the IAM API reference', () => {
    const encoded =
      '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Sid%22%3A%22%22%2C%22Effect%22%3A%22Allow' +
      '%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D'
    expect(parsePolicyDocument(decodePolicyDocument(encoded))).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: '', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
      ]
    })
  })

  it('decodes the Salesforce template role as GetRole returns it', () => {
    const encoded =
      '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B' +
      '%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A793525387755%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D'
    expect(parsePolicyDocument(decodePolicyDocument(encoded))).toEqual(SALESFORCE_TEMPLATE)
  })

  it('decodes RFC 3986 escapes such as %2A and %20, and leaves + alone', () => {
    expect(decodePolicyDocument('sts%3A%2A%20a+b')).toBe('sts:* a+b')
  })

  it('rejects a malformed escape with a PolicyDocumentError', () => {
    expect(() => decodePolicyDocument('%7B%E0%A4%A')).toThrow(PolicyDocumentError)
  })
})

describe('parsePolicyDocument', () => {
  it('accepts a Statement given as a single object', () => {
    const doc = parsePolicyDocument('{"Statement":{"Effect":"Deny","Principal":"*","Action":"*"}}')
    expect(statementsOf(doc)).toEqual([{ Effect: 'Deny', Principal: '*', Action: '*' }])
  })

  it.each([
    ['text that is not JSON', '{"Statement": [ secret-value-123', /not valid JSON/],
    ['a JSON list', '[]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['a document without Statement', '{"Version":"2012-10-17"}', /has no Statement/],
    ['an empty Statement list', '{"Statement":[]}', /Statement list is empty/],
    ['a statement that is not an object', '{"Statement":["x"]}', /Statement 1 is not a JSON object/],
    [
      'a statement without Effect',
      '{"Statement":[{"Effect":"Allow","Action":"*"},{"Action":"*"}]}',
      /Statement 2: Effect/
    ],
    ['an Effect in the wrong case', '{"Statement":{"Effect":"allow"}}', /Statement 1: Effect/],
    [
      'a Version that is not a string',
      '{"Version":2012,"Statement":{"Effect":"Allow"}}',
      /Version is not a string/
    ],
    ['a Principal that is a list', '{"Statement":{"Effect":"Allow","Principal":["a"]}}', /Principal must be/],
    [
      'a Principal value that is a number',
      '{"Statement":{"Effect":"Allow","Principal":{"AWS":1}}}',
      /Principal must be/
    ],
    ['an Action that is a number', '{"Statement":{"Effect":"Allow","Action":5}}', /Action must be/],
    [
      'a NotAction list with an object',
      '{"Statement":{"Effect":"Allow","NotAction":[{}]}}',
      /NotAction must be/
    ],
    [
      'a Condition operator mapped to a string',
      '{"Statement":{"Effect":"Allow","Condition":{"Bool":"x"}}}',
      /Condition must/
    ]
  ])('rejects %s', (_name, json, message) => {
    expect(() => parsePolicyDocument(json)).toThrow(PolicyDocumentError)
    expect(() => parsePolicyDocument(json)).toThrow(message)
  })

  it('never echoes the document text in its error', () => {
    const json =
      '{"Statement":[{"Effect":"Allow","Condition":{"StringEquals":{"sts:ExternalId":"s3cr3t-id"}}} oops'
    expect(() => parsePolicyDocument(json)).toThrow(
      /^The trust policy is not valid JSON \(at position \d+\)$/
    )
    expect(() => parsePolicyDocument(json)).not.toThrow(/s3cr3t/)
  })
})

describe('serializePolicy and policySize', () => {
  it('writes minified JSON and counts its characters', () => {
    const serialized = serializePolicy(SALESFORCE_TEMPLATE)
    expect(serialized).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::793525387755:root"},' +
        '"Action":"sts:AssumeRole"}]}'
    )
    expect(policySize(SALESFORCE_TEMPLATE)).toBe(136)
  })

  it('grows with the external ID written into the policy', () => {
    const withId = structuredClone(SALESFORCE_TEMPLATE)
    statementsOf(withId)[0]!.Condition = { StringEquals: { 'sts:ExternalId': 'x'.repeat(100) } }
    expect(policySize(withId)).toBe(136 + ',"Condition":{"StringEquals":{"sts:ExternalId":""}}'.length + 100)
  })
})

describe('policiesEquivalent', () => {
  const statement = (fields: Record<string, unknown>): PolicyDocument =>
    ({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...fields }]
    }) as PolicyDocument
  const sf = { AWS: 'arn:aws:iam::793525387755:root' }
  const twoStatements = (first: object, second: object): PolicyDocument =>
    ({ Version: '2012-10-17', Statement: [first, second] }) as PolicyDocument
  const allow = { Effect: 'Allow', Principal: sf, Action: 'sts:AssumeRole' }
  const deny = { Effect: 'Deny', Principal: '*', Action: 'sts:TagSession' }

  it.each<[string, PolicyDocument, PolicyDocument]>([
    ['identical documents', SALESFORCE_TEMPLATE, structuredClone(SALESFORCE_TEMPLATE)],
    ['statements in another order', twoStatements(allow, deny), twoStatements(deny, allow)],
    [
      'a statement object and a one-statement list',
      { Version: '2012-10-17', Statement: allow } as PolicyDocument,
      { Version: '2012-10-17', Statement: [allow] } as PolicyDocument
    ],
    [
      'a string and a one-element list',
      statement({ Principal: sf }),
      statement({ Principal: { AWS: [sf.AWS] } })
    ],
    [
      'lists in another order, with duplicates',
      statement({ Principal: { AWS: ['111122223333', '444455556666'] } }),
      statement({ Principal: { AWS: ['444455556666', '111122223333', '444455556666'] } })
    ],
    [
      'an account ID and its root ARN',
      statement({ Principal: { AWS: '793525387755' } }),
      statement({ Principal: sf })
    ],
    [
      'an account ID and its root ARN in another partition',
      statement({ Principal: { AWS: ['793525387755'] } }),
      statement({ Principal: { AWS: 'arn:aws-us-gov:iam::793525387755:root' } })
    ],
    ['"*" and {"AWS": "*"}', statement({ Principal: '*' }), statement({ Principal: { AWS: '*' } })],
    [
      'action names in another case',
      statement({ Principal: sf }),
      statement({ Principal: sf, Action: 'STS:assumerole' })
    ],
    [
      'condition operators and keys in another case',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
      statement({ Principal: sf, Condition: { stringequals: { 'STS:EXTERNALID': ['abc'] } } })
    ],
    [
      'a boolean and its string',
      statement({ Principal: sf, Condition: { Bool: { 'aws:SecureTransport': true } } }),
      statement({ Principal: sf, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })
    ],
    [
      'condition values in another order',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': ['a', 'b'] } } }),
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': ['b', 'a', 'a'] } } })
    ],
    [
      'a missing Version and a set one',
      { Statement: SALESFORCE_TEMPLATE.Statement } as PolicyDocument,
      SALESFORCE_TEMPLATE
    ],
    ['an empty Condition and none', statement({ Principal: sf, Condition: {} }), statement({ Principal: sf })]
  ])('treats as equivalent: %s', (_name, a, b) => {
    expect(policiesEquivalent(a, b)).toBe(true)
    expect(policiesEquivalent(b, a)).toBe(true)
  })

  it.each<[string, PolicyDocument, PolicyDocument]>([
    [
      'another principal account',
      statement({ Principal: sf }),
      statement({ Principal: { AWS: '111122223333' } })
    ],
    [
      'another principal type',
      statement({ Principal: { Service: 'a' } }),
      statement({ Principal: { AWS: 'a' } })
    ],
    [
      'a principal more',
      statement({ Principal: sf }),
      statement({ Principal: { AWS: [sf.AWS, '111122223333'] } })
    ],
    ['"*" and one account', statement({ Principal: '*' }), statement({ Principal: sf })],
    ['Principal and NotPrincipal', statement({ Principal: sf }), statement({ NotPrincipal: sf })],
    ['another Effect', statement({ Principal: sf }), statement({ Principal: sf, Effect: 'Deny' })],
    ['another action', statement({ Principal: sf }), statement({ Principal: sf, Action: 'sts:TagSession' })],
    [
      'Action and NotAction',
      statement({ Principal: sf }),
      { Statement: [{ ...allow, Action: undefined, NotAction: 'sts:AssumeRole' }] } as PolicyDocument
    ],
    ['another Sid', statement({ Principal: sf, Sid: 'A' }), statement({ Principal: sf, Sid: 'B' })],
    ['a Sid and none', statement({ Principal: sf, Sid: 'A' }), statement({ Principal: sf })],
    [
      'another external ID',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abd' } } })
    ],
    [
      'an external ID in another case (values are case-sensitive)',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'ABC' } } })
    ],
    [
      'another operator',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
      statement({ Principal: sf, Condition: { StringLike: { 'sts:ExternalId': 'abc' } } })
    ],
    [
      'a condition and none',
      statement({ Principal: sf, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
      statement({ Principal: sf })
    ],
    ['one statement twice and two different', twoStatements(allow, allow), twoStatements(allow, deny)],
    ['two different Versions', { ...SALESFORCE_TEMPLATE, Version: '2008-10-17' }, SALESFORCE_TEMPLATE],
    ['another Id', { ...SALESFORCE_TEMPLATE, Id: 'a' }, SALESFORCE_TEMPLATE],
    ['a statement more', twoStatements(allow, deny), SALESFORCE_TEMPLATE],
    [
      'another value of a field the action does not interpret',
      statement({ Principal: sf, Resource: 'a' }),
      statement({ Principal: sf, Resource: 'b' })
    ]
  ])('tells apart: %s', (_name, a, b) => {
    expect(policiesEquivalent(a, b)).toBe(false)
    expect(policiesEquivalent(b, a)).toBe(false)
  })
})
