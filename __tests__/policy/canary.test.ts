import { describe, expect, it } from '@jest/globals'
import { CANARY_SID, externalIdValues, hasCanary, withoutCanary } from '../../src/policy/canary.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'

const SALESFORCE: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::793525387755:root' },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'sts:ExternalId': ['salesforce-id-1', 'salesforce-id-2'] } }
}
const CANARY: PolicyStatement = {
  Sid: CANARY_SID,
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:role/automation' },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'sts:ExternalId': 'canary-id' } }
}
const DENY_PIN: PolicyStatement = {
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 'sts:AssumeRole',
  Condition: { StringNotEquals: { 'STS:EXTERNALID': 'pinned-id' } }
}
const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})

describe('the canary statement', () => {
  it('is recognised by its Sid, in a list or alone', () => {
    expect(hasCanary(doc(SALESFORCE, CANARY))).toBe(true)
    expect(hasCanary({ Version: '2012-10-17', Statement: CANARY })).toBe(true)
    expect(hasCanary(doc(SALESFORCE, { ...CANARY, Sid: 'ScvExternalIdCanaryX' }))).toBe(false)
  })

  it('is removed with every other statement kept in order; a document without one is returned as is', () => {
    expect(withoutCanary(doc(SALESFORCE, CANARY, DENY_PIN))).toEqual(doc(SALESFORCE, DENY_PIN))
    const plain = doc(SALESFORCE)
    expect(withoutCanary(plain)).toBe(plain)
  })
})

describe('externalIdValues', () => {
  it('lists every sts:ExternalId value of every statement, under any operator and key case', () => {
    expect(externalIdValues(doc(SALESFORCE, CANARY, DENY_PIN)).sort()).toEqual(
      ['canary-id', 'pinned-id', 'salesforce-id-1', 'salesforce-id-2'].sort()
    )
    expect(externalIdValues(doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }))).toEqual([])
  })
})
