import { describe, expect, it } from '@jest/globals'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { CURRENT_VERSION, prepareForIam } from '../../src/policy/iam-acceptance.js'

const SALESFORCE: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::793525387755:root' },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'sts:ExternalId': 'the-id' } }
}
const withPrincipal = (aws: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: aws },
  Action: 'sts:AssumeRole',
  ...extra
})
/** `null`: a document without Version. */
const doc = (statements: PolicyStatement[], version: string | null = CURRENT_VERSION): PolicyDocument =>
  version === null ? { Statement: statements } : { Version: version, Statement: statements }

const refusalOf = (document: PolicyDocument): string => {
  const result = prepareForIam(document)
  if (!('refusal' in result)) throw new Error('expected a refusal')
  return result.refusal
}

describe('prepareForIam: principals IAM refuses', () => {
  it.each([
    ['a deleted role (AROA)', 'AROA3XFRBF535PLBIFPI4'],
    ['a deleted user (AIDA)', 'AIDAJQABLZS4A3QDU576Q'],
    ['a deleted group (AGPA)', 'AGPAJ2UCCR6DPCEXAMPLE'],
    ['an access key ID (AKIA)', 'AKIAIOSFODNN7EXAMPLE']
  ])('refuses %s shown by its unique ID, naming the statement and what to do', (_name, uniqueId) => {
    const refusal = refusalOf(
      doc([SALESFORCE, withPrincipal(['arn:aws:iam::111122223333:root', uniqueId], { Sid: 'Old' })])
    )
    expect(refusal).toContain(`Statement 2 (Sid "Old") names ${uniqueId} in Principal`)
    expect(refusal).toContain('Invalid principal in policy')
    expect(refusal).toContain(`Remove ${uniqueId}`)
    expect(refusal).not.toContain('the-id')
  })

  it.each([
    ['a wildcard inside an ARN', 'arn:aws:iam::*:role/SCV*'],
    ['a role ARN without a name', 'arn:aws:iam::111122223333:role/'],
    ['an account ID of 11 digits', '11112222333'],
    ['an ARN of another service', 'arn:aws:s3:::bucket'],
    ['a malformed session ARN', 'arn:aws:sts::111122223333:assumed-role']
  ])('refuses %s as IAM would', (_name, value) => {
    const refusal = refusalOf(doc([withPrincipal(value)]))
    expect(refusal).toContain(`Statement 1 has "AWS": "${value}" in Principal`)
  })

  it('refuses a Service principal that is not a service name', () => {
    expect(
      refusalOf(doc([{ Effect: 'Allow', Principal: { Service: 'Connect' }, Action: 'sts:AssumeRole' }]))
    ).toContain('"Service": "Connect"')
  })

  it.each([
    '*',
    '111122223333',
    'arn:aws:iam::793525387755:root',
    'arn:aws:iam::793525387755:role/path/to/SCVRole',
    'arn:aws:iam::111122223333:user/alice',
    'arn:aws-us-gov:iam::111122223333:role/x',
    'arn:aws:sts::111122223333:assumed-role/automation/session',
    'arn:aws:sts::111122223333:federated-user/bob'
  ])('accepts %s', (value) => {
    expect(prepareForIam(doc([withPrincipal(value)]))).toEqual({
      document: doc([withPrincipal(value)]),
      notes: []
    })
  })

  it('accepts "*" as the whole principal and Federated providers', () => {
    const statements: PolicyStatement[] = [
      { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
      {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'
        },
        Action: 'sts:AssumeRoleWithWebIdentity'
      }
    ]
    expect('document' in prepareForIam(doc(statements))).toBe(true)
  })
})

describe('prepareForIam: Version', () => {
  it.each([
    ['2008-10-17', 'Version "2008-10-17"'],
    [null, 'no Version']
  ])('brings %s up to 2012-10-17 when no policy variable is used, and says so', (version, was) => {
    const result = prepareForIam(doc([SALESFORCE], version))
    expect(result).toEqual({
      document: { Version: CURRENT_VERSION, Statement: [SALESFORCE] },
      notes: [expect.stringContaining(`(the policy had ${was})`)]
    })
  })

  it('keeps the other fields of the document', () => {
    const result = prepareForIam({ Version: '2008-10-17', Id: 'trust', Statement: SALESFORCE })
    expect(result).toEqual({
      document: { Version: CURRENT_VERSION, Id: 'trust', Statement: SALESFORCE },
      notes: [expect.any(String)]
    })
  })

  it('refuses to change the Version of a document with a policy variable, naming its statement', () => {
    const variable = withPrincipal('arn:aws:iam::111122223333:root', {
      Sid: 'Self',
      Condition: { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } }
    })
    const refusal = refusalOf(doc([SALESFORCE, variable], '2008-10-17'))
    expect(refusal).toContain('Version "2008-10-17"')
    expect(refusal).toContain('statement 2 (Sid "Self") uses a policy variable')
    expect(refusal).toContain('set "Version": "2012-10-17" yourself')
  })

  it('leaves a current document as it is', () => {
    const document = doc([SALESFORCE])
    expect(prepareForIam(document)).toEqual({ document, notes: [] })
  })
})
