import { describe, expect, it } from '@jest/globals'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { MAX_REQUESTS, requestSpace, UndecidableRequestSpaceError } from '../../src/policy/request-space.js'

const SALESFORCE = '793525387755'
const OPTIONS = { partition: 'aws', salesforceAccountIds: [SALESFORCE], externalIds: ['id-one'] }
const policy = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})
const trusting = (condition?: PolicyStatement['Condition']): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${SALESFORCE}:root` },
  Action: 'sts:AssumeRole',
  ...(condition === undefined ? {} : { Condition: condition })
})
const SERVICE: PolicyStatement = {
  Effect: 'Allow',
  Principal: { Service: 'connect.amazonaws.com' },
  Action: 'sts:AssumeRole'
}

describe('requestSpace', () => {
  it('tries the external ID absent, each listed ID, and an ID the policies do not name', () => {
    const space = requestSpace({ before: policy(trusting()), after: policy(trusting()) }, OPTIONS)
    expect(space.externalIds[0]).toBeUndefined()
    expect(space.externalIds).toContain('id-one')
    expect(space.externalIds.filter((id) => id !== undefined && id !== 'id-one')).toHaveLength(1)
  })

  it("tells Salesforce's callers from everyone else's, and names the services the policies trust", () => {
    const space = requestSpace({ before: policy(trusting()), after: policy(trusting(), SERVICE) }, OPTIONS)
    const accounts = new Set(space.callers.map((caller) => caller.account))
    expect(accounts.has(SALESFORCE)).toBe(true)
    expect([...accounts].some((account) => account !== null && account !== SALESFORCE)).toBe(true)
    expect(space.callers).toContainEqual(
      expect.objectContaining({ principal: { type: 'Service', id: 'connect.amazonaws.com' }, account: null })
    )
  })

  it('gives every ID a condition names its own region', () => {
    const condition = { StringEquals: { 'sts:ExternalId': ['id-two', 'id-three'] } }
    const space = requestSpace({ before: policy(trusting(condition)), after: policy(trusting()) }, OPTIONS)
    expect(space.externalIds).toEqual(expect.arrayContaining([undefined, 'id-one', 'id-two', 'id-three']))
  })

  it('replaces a condition outside the model by a key of its own, free to hold or not', () => {
    const condition = { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }
    const space = requestSpace({ before: policy(trusting(condition)), after: policy(trusting()) }, OPTIONS)
    const [statement] = Array.isArray(space.before.Statement)
      ? space.before.Statement
      : [space.before.Statement]
    expect(JSON.stringify(statement?.Condition)).not.toContain('aws:SourceIp')
    const opaqueKeys = new Set(space.contexts.flatMap((context) => Object.keys(context)))
    expect(opaqueKeys.size).toBe(1)
    // Free: some context has the condition's key, some does not.
    expect(space.contexts.some((context) => Object.keys(context).length === 0)).toBe(true)
    expect(space.after).toEqual(policy(trusting()))
  })

  it('refuses a condition on the external ID that it cannot model', () => {
    const condition = { NumericEquals: { 'sts:ExternalId': '7' } }
    expect(() =>
      requestSpace({ before: policy(trusting(condition)), after: policy(trusting()) }, OPTIONS)
    ).toThrow(UndecidableRequestSpaceError)
  })

  it(`refuses more than ${MAX_REQUESTS} requests rather than grow slow`, () => {
    const statements = Array.from({ length: 20 }, (_, index) =>
      trusting({ StringLike: { 'aws:PrincipalOrgID': `o-${index}*`, 'sts:RoleSessionName': `s${index}*` } })
    )
    const services = Array.from({ length: 40 }, (_, index) => ({
      ...SERVICE,
      Principal: { Service: `s${index}.amazonaws.com` }
    }))
    const tooMany = () =>
      requestSpace({ before: policy(...statements, ...services), after: policy(trusting()) }, OPTIONS)
    expect(tooMany).toThrow(UndecidableRequestSpaceError)
    expect(tooMany).toThrow(`more than ${MAX_REQUESTS}`)
  })
})
