import { describe, expect, it } from '@jest/globals'
import type { RoleSpec } from '../../src/domain/contact-centers.js'
import { givenExternalIds, InputError, parseSettings, runnerInput } from '../../src/action/inputs.js'
import { fingerprint } from '../../src/domain/external-id.js'

type Inputs = Record<string, string>

/** Distinctive enough that any echo of it in a message is found by a substring search. */
const ID = 'scvQ7-Distinctive_ExtId=9@zx'
const ACCOUNT = '123456789012'
const BASE: Inputs = {
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'Acme',
  'external-id': ID
}

const reader =
  (inputs: Inputs) =>
  (name: string): string =>
    inputs[name] ?? ''
const parse = (overrides: Inputs = {}) => parseSettings(reader({ ...BASE, ...overrides }))

function inputErrorOf(inputs: Inputs): InstanceType<typeof InputError> {
  try {
    parseSettings(reader(inputs))
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

const spec = (
  logicalRole: RoleSpec['logicalRole'],
  roleName: string,
  callCenter: string | null = null,
  arn: string | null = null
): RoleSpec => ({ logicalRole, callCenter, roleName, arn })

describe('parseSettings defaults', () => {
  it('fills every optional input with its documented default', () => {
    expect(parse()).toEqual({
      contactCenterType: 'new-instance',
      callCenters: ['Acme'],
      roles: [
        spec('SCVProvisioningRole', 'SCVProvisioningRole'),
        spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
        spec('InstanceRecordingRole', 'Acme-ConnectCallRole', 'Acme'),
        spec('SCVS3Role', 'Acme-SCVS3Role', 'Acme')
      ],
      externalId: { kind: 'given', id: ID },
      expectedFingerprint: null,
      mode: 'plan',
      rotation: 'replace',
      salesforceAccountIds: ['793525387755'],
      verify: 'simulate',
      verifyTimeoutSeconds: 120,
      maxPolicySize: 2048,
      roleToAssume: null,
      audience: 'sts.amazonaws.com',
      roleSessionName: null,
      awsRegion: 'us-east-1',
      allowedAccountIds: [],
      maxAgeSeconds: null,
      githubToken: '',
      comment: 'auto',
      prNumber: null,
      audit: 'warn',
      driftIssue: false
    })
  })

  it.each([
    ['true', true],
    ['TRUE', true],
    [' True ', true],
    ['false', false],
    ['', false]
  ])('reads drift-issue %j as %s, in any mode', (value, expected) => {
    expect(parse({ mode: 'check', 'drift-issue': value }).driftIssue).toBe(expected)
    expect(parse({ mode: 'plan', 'drift-issue': value }).driftIssue).toBe(expected)
  })

  it('trims surrounding whitespace of every value', () => {
    const settings = parse({
      'contact-center-type': '  xml-import\n',
      mode: ' apply ',
      'external-id': `\n${ID}  \n`,
      'aws-region': ' eu-west-1 ',
      'github-token': ' ghs_token '
    })
    expect(settings).toMatchObject({
      contactCenterType: 'xml-import',
      mode: 'apply',
      externalId: { kind: 'given', id: ID },
      awsRegion: 'eu-west-1',
      githubToken: 'ghs_token'
    })
  })
})

describe('parseSettings accepted values', () => {
  it.each(['new-instance', 'existing-instance', 'xml-import'])('contact-center-type %s', (type) => {
    expect(parse({ 'contact-center-type': type }).contactCenterType).toBe(type)
  })

  it.each(['plan', 'apply', 'check', 'disable'])('mode %s', (mode) => {
    expect(parse({ mode }).mode).toBe(mode)
  })

  it('mode disable needs no external ID', () => {
    expect(parse({ mode: 'disable', 'external-id': '' }).externalId).toEqual({ kind: 'none' })
  })

  it.each(['plan', 'apply'])('generate-external-id true without external-id in mode %s', (mode) => {
    const settings = parse({ mode, 'external-id': '', 'generate-external-id': 'true' })
    expect(settings.externalId).toEqual({ kind: 'generate' })
  })

  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['false', false],
    ['FALSE', false],
    ['', false]
  ])('generate-external-id %j is %s', (value, expected) => {
    const settings = parse({ 'generate-external-id': value, 'external-id': expected ? '' : ID })
    expect(settings.externalId.kind).toBe(expected ? 'generate' : 'given')
  })

  it.each(['replace', 'overlap'])('rotation %s', (rotation) => {
    expect(parse({ rotation, mode: 'apply' }).rotation).toBe(rotation)
  })

  it('rotation overlap in mode check (a staged rotation is not drift)', () => {
    expect(parse({ rotation: 'overlap', mode: 'check' }).rotation).toBe('overlap')
  })

  it.each(['plan', 'apply', 'check'])('expected-fingerprint in mode %s, upper-case hex accepted', (mode) => {
    const expected = fingerprint(ID)
    expect(
      parse({ mode, 'expected-fingerprint': ` ${expected.replace(/[a-f]/g, (c) => c.toUpperCase())} ` })
        .expectedFingerprint
    ).toEqual({ kind: 'single', fingerprint: expected })
  })

  it('expected-fingerprint of another ID stops the run, naming both fingerprints and not the ID', () => {
    const error = (() => {
      try {
        parse({ 'expected-fingerprint': 'sha256:000000000000' })
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toContain(
      `the secret's ID has fingerprint ${fingerprint(ID)}; the workflow expects sha256:000000000000`
    )
    expect(String(error)).not.toContain(ID)
  })

  it('expected-fingerprint with external-ids: one LABEL: fingerprint per org', () => {
    const orgs = {
      'external-id': '',
      'external-ids': 'prod: prod-external-id-1\nsandbox: sandbox-external-id-2'
    }
    const byLabel = { prod: fingerprint('prod-external-id-1'), sandbox: fingerprint('sandbox-external-id-2') }
    expect(
      parse({ ...orgs, 'expected-fingerprint': `prod: ${byLabel.prod}\nsandbox: ${byLabel.sandbox}` })
        .expectedFingerprint
    ).toEqual({ kind: 'orgs', byLabel })
    const refused = (text: string) => {
      try {
        parse({ ...orgs, 'expected-fingerprint': text })
      } catch (caught) {
        return String(caught)
      }
      return 'accepted'
    }
    expect(refused(`prod: ${byLabel.prod}\nsandbox: sha256:000000000000`)).toContain(
      `sandbox: the secret's ID has fingerprint ${byLabel.sandbox}; the workflow expects sha256:000000000000`
    )
    expect(refused(`prod: ${byLabel.prod}`)).toContain('no fingerprint for sandbox')
    expect(refused(`${byLabel.prod}`)).toContain("With external-ids, write one 'LABEL: sha256:…' per org.")
    expect(refused(`prod: ${byLabel.prod}\nsandbox: ${byLabel.sandbox}\nqa: ${byLabel.prod}`)).toContain(
      'qa is not a label of external-ids'
    )
  })

  it.each(['warn', 'fail', 'off'])('audit %s', (audit) => {
    expect(parse({ audit }).audit).toBe(audit)
  })

  it.each(['simulate', 'assume', 'none'])('verify %s', (verify) => {
    expect(parse({ verify }).verify).toBe(verify)
  })

  it.each(['auto', 'always', 'never'])('comment %s', (comment) => {
    expect(parse({ comment }).comment).toBe(comment)
  })

  it.each([2, 1224])('an external ID of %i characters', (length) => {
    const id = 'a'.repeat(length)
    expect(parse({ 'external-id': id }).externalId).toEqual({ kind: 'given', id })
  })

  it('salesforce-account-id takes several accounts, comma or newline separated, once each', () => {
    const value = '793525387755, 111122223333\n444455556666,793525387755'
    expect(parse({ 'salesforce-account-id': value }).salesforceAccountIds).toEqual([
      '793525387755',
      '111122223333',
      '444455556666'
    ])
  })

  it('allowed-account-ids takes a list', () => {
    expect(parse({ 'allowed-account-ids': `${ACCOUNT},\n210987654321` }).allowedAccountIds).toEqual([
      ACCOUNT,
      '210987654321'
    ])
  })

  it.each([
    ['30s', 30],
    ['15m', 900],
    ['12h', 43_200],
    ['90d', 7_776_000],
    ['2w', 1_209_600],
    ['3650d', 315_360_000]
  ])('max-age %s is %i seconds', (value, seconds) => {
    expect(parse({ 'max-age': value }).maxAgeSeconds).toBe(seconds)
  })

  it.each(['us-east-1', 'eu-central-1', 'ap-southeast-2', 'us-gov-west-1', 'cn-north-1'])(
    'aws-region %s',
    (region) => {
      expect(parse({ 'aws-region': region }).awsRegion).toBe(region)
    }
  )

  describe('an empty aws-region', () => {
    const saved = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION }
    const withEnv = (env: { AWS_REGION?: string; AWS_DEFAULT_REGION?: string }, run: () => void) => {
      for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION'] as const) {
        if (env[name] === undefined) delete process.env[name]
        else process.env[name] = env[name]
      }
      try {
        run()
      } finally {
        for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION'] as const) {
          if (saved[name] === undefined) delete process.env[name]
          else process.env[name] = saved[name]
        }
      }
    }

    it('takes AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1', () => {
      withEnv({ AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'eu-west-1' }, () =>
        expect(parse({ 'aws-region': '' }).awsRegion).toBe('us-gov-west-1')
      )
      withEnv({ AWS_DEFAULT_REGION: 'cn-north-1' }, () =>
        expect(parse({ 'aws-region': '' }).awsRegion).toBe('cn-north-1')
      )
      withEnv({}, () => expect(parse({ 'aws-region': '' }).awsRegion).toBe('us-east-1'))
      withEnv({ AWS_REGION: 'us-gov-west-1' }, () =>
        expect(parse({ 'aws-region': 'eu-central-1' }).awsRegion).toBe('eu-central-1')
      )
    })

    it('refuses a region from the environment that is no region, naming where it came from', () => {
      withEnv({ AWS_REGION: 'Frankfurt' }, () => {
        const error = inputErrorOf({ ...BASE, 'aws-region': '' })
        expect(error.input).toBe('aws-region')
        expect(error.message).toContain(
          "'Frankfurt' (empty input: taken from AWS_REGION) is not a region name"
        )
      })
    })
  })

  it.each([
    ['verify-timeout', '0', 'verifyTimeoutSeconds', 0],
    ['verify-timeout', '3600', 'verifyTimeoutSeconds', 3600],
    ['max-policy-size', '100', 'maxPolicySize', 100],
    ['max-policy-size', '4096', 'maxPolicySize', 4096],
    ['pr-number', '1', 'prNumber', 1],
    ['pr-number', '4711', 'prNumber', 4711]
  ])('%s %s', (input, value, field, expected) => {
    expect(parse({ [input]: value })).toMatchObject({ [field]: expected })
  })

  it('role-to-assume, role-session-name and audience as given', () => {
    const settings = parse({
      'role-to-assume': `arn:aws-us-gov:iam::${ACCOUNT}:role/ci/github-scv`,
      'role-session-name': 'scv-run_42@acme.com',
      audience: 'sts.amazonaws.com.cn',
      'allowed-account-ids': ACCOUNT
    })
    expect(settings).toMatchObject({
      roleToAssume: `arn:aws-us-gov:iam::${ACCOUNT}:role/ci/github-scv`,
      roleSessionName: 'scv-run_42@acme.com',
      audience: 'sts.amazonaws.com.cn'
    })
  })
})

interface BadInput {
  name: string
  inputs: Inputs
  input: string
  /** Part of the message that says what is accepted. */
  says: string
}

const longId = ID.repeat(Math.ceil(1225 / ID.length)).slice(0, 1225)
const arnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`

const badInputs: BadInput[] = [
  {
    name: 'missing contact-center-type',
    inputs: { 'contact-center-type': '' },
    input: 'contact-center-type',
    says: 'is required. Accepted values: new-instance, existing-instance, xml-import.'
  },
  {
    name: 'unknown contact-center-type',
    inputs: { 'contact-center-type': 'New-Instance' },
    input: 'contact-center-type',
    says: "'New-Instance' is not supported. Accepted values: new-instance, existing-instance, xml-import."
  },
  {
    name: 'unknown mode',
    inputs: { mode: 'deploy' },
    input: 'mode',
    says: 'Accepted values: plan, apply, check, disable.'
  },
  {
    name: 'mode in capitals',
    inputs: { mode: 'APPLY' },
    input: 'mode',
    says: 'Accepted values: plan, apply, check, disable.'
  },
  {
    name: 'unknown rotation',
    inputs: { rotation: 'blue-green' },
    input: 'rotation',
    says: 'Accepted values: replace, overlap.'
  },
  {
    name: 'unknown verify',
    inputs: { verify: 'full' },
    input: 'verify',
    says: 'Accepted values: simulate, assume, none.'
  },
  {
    name: 'unknown comment',
    inputs: { comment: 'sometimes' },
    input: 'comment',
    says: 'Accepted values: auto, always, never.'
  },
  {
    name: "boolean 'yes'",
    inputs: { 'generate-external-id': 'yes' },
    input: 'generate-external-id',
    says: 'Accepted values: true, false.'
  },
  {
    name: "drift-issue 'on'",
    inputs: { mode: 'check', 'drift-issue': 'on' },
    input: 'drift-issue',
    says: "'on' is not a boolean. Accepted values: true, false."
  },
  {
    name: "boolean '1'",
    inputs: { 'generate-external-id': '1' },
    input: 'generate-external-id',
    says: 'Accepted values: true, false.'
  },
  {
    name: 'external ID of 1 character',
    inputs: { 'external-id': 'Q' },
    input: 'external-id',
    says: 'must be 2 to 1224 characters long (got 1)'
  },
  {
    name: 'external ID of 1225 characters',
    inputs: { 'external-id': longId },
    input: 'external-id',
    says: 'must be 2 to 1224 characters long (got 1225)'
  },
  {
    name: 'external ID with a space',
    inputs: { 'external-id': `${ID} 2` },
    input: 'external-id',
    says: 'letters, digits and the characters _+=,.@:/-'
  },
  {
    name: 'external ID with #',
    inputs: { 'external-id': `${ID}#2` },
    input: 'external-id',
    says: 'letters, digits and the characters _+=,.@:/-'
  },
  {
    name: 'external ID with non-ASCII',
    inputs: { 'external-id': `${ID}é` },
    input: 'external-id',
    says: 'letters, digits and the characters _+=,.@:/-'
  },
  {
    name: 'apply without external ID',
    inputs: { mode: 'apply', 'external-id': '' },
    input: 'external-id',
    says: "mode 'apply' needs the external ID"
  },
  {
    name: 'check without external ID',
    inputs: { mode: 'check', 'external-id': '' },
    input: 'external-id',
    says: "mode 'check' needs the external ID: pass it from a secret (external-id: ${{ secrets.SCV_EXTERNAL_ID }}) or one per Salesforce org in external-ids."
  },
  {
    name: 'expected-fingerprint that is not a fingerprint',
    inputs: { 'expected-fingerprint': 'sha256:abc' },
    input: 'expected-fingerprint',
    says: "'sha256:abc' is not a fingerprint: give sha256: and 12 hex digits"
  },
  {
    name: 'expected-fingerprint with generate-external-id',
    inputs: {
      'external-id': '',
      'generate-external-id': 'true',
      'expected-fingerprint': 'sha256:0123456789ab'
    },
    input: 'expected-fingerprint',
    says: 'a generated ID is new on every run'
  },
  {
    name: 'expected-fingerprint with disable',
    inputs: { mode: 'disable', 'external-id': '', 'expected-fingerprint': 'sha256:0123456789ab' },
    input: 'expected-fingerprint',
    says: "not 'disable'"
  },
  {
    name: 'generate together with external-id',
    inputs: { 'generate-external-id': 'true' },
    input: 'generate-external-id',
    says: 'not both'
  },
  {
    name: 'generate in mode check',
    inputs: { mode: 'check', 'external-id': '', 'generate-external-id': 'true' },
    input: 'generate-external-id',
    says: "applies to mode plan or apply, not 'check'"
  },
  {
    name: 'generate in mode disable',
    inputs: { mode: 'disable', 'external-id': '', 'generate-external-id': 'true' },
    input: 'generate-external-id',
    says: "not 'disable'"
  },
  {
    name: 'overlap with disable',
    inputs: { mode: 'disable', rotation: 'overlap' },
    input: 'rotation',
    says: "not 'disable'. Use 'replace' here."
  },
  {
    name: 'Salesforce account of 11 digits',
    inputs: { 'salesforce-account-id': '79352538775' },
    input: 'salesforce-account-id',
    says: 'is not a 12-digit AWS account ID'
  },
  {
    name: 'Salesforce account list without accounts',
    inputs: { 'salesforce-account-id': ' , \n' },
    input: 'salesforce-account-id',
    says: 'give at least one 12-digit AWS account ID'
  },
  {
    name: 'allowed account that is not a number',
    inputs: { 'allowed-account-ids': `${ACCOUNT},prod` },
    input: 'allowed-account-ids',
    says: "'prod' is not a 12-digit AWS account ID"
  },
  {
    name: 'call center with a space',
    inputs: { 'call-center-api-name': 'Acme Corp' },
    input: 'call-center-api-name',
    says: 'letters, digits and _+=,.@-'
  },
  {
    name: 'call center listed twice',
    inputs: { 'call-center-api-name': 'Acme,Beta\nAcme' },
    input: 'call-center-api-name',
    says: "'Acme' is listed twice"
  },
  {
    name: 'call center listed twice in another case (IAM role names are case-insensitive)',
    inputs: { 'call-center-api-name': 'acme,ACME' },
    input: 'call-center-api-name',
    says: "'acme' and 'ACME' name the same roles (IAM role names are case-insensitive): list it once."
  },
  {
    name: 'no call center',
    inputs: { 'call-center-api-name': '' },
    input: 'call-center-api-name',
    says: 'name InstanceRecordingRole and SCVS3Role in role-arns without {call-center}'
  },
  {
    name: 'no call center, one per-call-center role overridden',
    inputs: { 'call-center-api-name': '', 'role-arns': 'SCVS3Role=Bucket' },
    input: 'call-center-api-name',
    says: "is required for contact center type 'new-instance'"
  },
  {
    name: 'no call center, override still uses {call-center}',
    inputs: {
      'call-center-api-name': '',
      'role-arns': 'SCVS3Role=S3\nInstanceRecordingRole={call-center}-Rec'
    },
    input: 'call-center-api-name',
    says: 'is required'
  },
  {
    name: 'call center making a role name over 64 characters',
    inputs: { 'call-center-api-name': 'C'.repeat(50) },
    input: 'call-center-api-name',
    says: '1 to 64 characters'
  },
  {
    name: 'override without =',
    inputs: { 'role-arns': 'SCVS3Role' },
    input: 'role-arns',
    says: 'is not LogicalRole=role-name-or-arn'
  },
  {
    name: 'override without a value',
    inputs: { 'role-arns': 'SCVS3Role = ' },
    input: 'role-arns',
    says: 'is not LogicalRole=role-name-or-arn'
  },
  {
    name: 'override without a logical role',
    inputs: { 'role-arns': '=SomeRole' },
    input: 'role-arns',
    says: 'is not LogicalRole=role-name-or-arn'
  },
  {
    name: 'override of an unknown logical role',
    inputs: { 'role-arns': 'ConnectRole=x' },
    input: 'role-arns',
    says: 'Accepted: SCVProvisioningRole, AmazonConnectManagementRole, InstanceRecordingRole, SCVS3Role.'
  },
  {
    name: 'UpdateCredentialRole for new-instance',
    inputs: { 'role-arns': 'UpdateCredentialRole=Cred' },
    input: 'role-arns',
    says: "'UpdateCredentialRole' is not a role of contact center type 'new-instance'"
  },
  {
    name: 'SCVProvisioningRole for xml-import',
    inputs: { 'contact-center-type': 'xml-import', 'role-arns': 'SCVProvisioningRole=Prov' },
    input: 'role-arns',
    says: 'Accepted: AmazonConnectManagementRole, UpdateCredentialRole, InstanceRecordingRole, SCVS3Role.'
  },
  {
    name: 'override given twice',
    inputs: { 'role-arns': 'SCVS3Role=A\nSCVS3Role=B' },
    input: 'role-arns',
    says: 'SCVS3Role is given twice'
  },
  {
    name: '{call-center} in a shared role',
    inputs: { 'role-arns': 'AmazonConnectManagementRole={call-center}-Mgmt' },
    input: 'role-arns',
    says: 'is one role for all call centers: {call-center} cannot be used in it'
  },
  {
    name: 'ARN with an unknown partition',
    inputs: { 'role-arns': `SCVS3Role=arn:aws-eu:iam::${ACCOUNT}:role/S3` },
    input: 'role-arns',
    says: 'PARTITION one of aws, aws-us-gov, aws-cn'
  },
  {
    name: 'ARN with an 11-digit account',
    inputs: { 'role-arns': 'SCVS3Role=arn:aws:iam::12345678901:role/S3' },
    input: 'role-arns',
    says: 'arn:PARTITION:iam::ACCOUNT:role/NAME'
  },
  {
    name: 'ARN with a letter in the account',
    inputs: { 'role-arns': 'SCVS3Role=arn:aws:iam::12345678901x:role/S3' },
    input: 'role-arns',
    says: 'is not an IAM role ARN'
  },
  {
    name: 'ARN of a user',
    inputs: { 'role-arns': `SCVS3Role=arn:aws:iam::${ACCOUNT}:user/S3` },
    input: 'role-arns',
    says: 'is not an IAM role ARN'
  },
  {
    name: 'ARN of another service',
    inputs: { 'role-arns': `SCVS3Role=arn:aws:sts::${ACCOUNT}:role/S3` },
    input: 'role-arns',
    says: 'is not an IAM role ARN'
  },
  {
    name: 'role name override with a space',
    inputs: { 'role-arns': 'SCVProvisioningRole=My Provisioning' },
    input: 'role-arns',
    says: 'is not a valid IAM role name'
  },
  {
    name: 'role name override over 64 characters',
    inputs: { 'role-arns': `AmazonConnectManagementRole=${'M'.repeat(65)}` },
    input: 'role-arns',
    says: '1 to 64 characters'
  },
  {
    name: 'ARN override outside allowed-account-ids',
    inputs: { 'allowed-account-ids': '210987654321', 'role-arns': `SCVS3Role=${arnOf('S3')}` },
    input: 'role-arns',
    says: `is in account ${ACCOUNT}, which is not in allowed-account-ids`
  },
  {
    name: 'role-to-assume that is not an ARN',
    inputs: { 'role-to-assume': 'github-scv' },
    input: 'role-to-assume',
    says: 'must be a role ARN such as arn:aws:iam::123456789012:role/github-scv'
  },
  {
    name: 'role-to-assume outside allowed-account-ids',
    inputs: { 'role-to-assume': arnOf('github-scv'), 'allowed-account-ids': '210987654321' },
    input: 'role-to-assume',
    says: `account ${ACCOUNT} is not in allowed-account-ids`
  },
  {
    name: 'session name of 1 character',
    inputs: { 'role-session-name': 'a' },
    input: 'role-session-name',
    says: '2 to 64 characters of letters, digits and _+=,.@-'
  },
  {
    name: 'session name with a slash',
    inputs: { 'role-session-name': 'acme/scv' },
    input: 'role-session-name',
    says: '2 to 64 characters'
  },
  {
    name: 'session name of 65 characters',
    inputs: { 'role-session-name': 's'.repeat(65) },
    input: 'role-session-name',
    says: '2 to 64 characters'
  },
  {
    name: 'region without dashes',
    inputs: { 'aws-region': 'useast1' },
    input: 'aws-region',
    says: 'is not a region name such as us-east-1 or us-gov-west-1'
  },
  {
    name: 'region in capitals',
    inputs: { 'aws-region': 'US-EAST-1' },
    input: 'aws-region',
    says: 'such as us-east-1'
  },
  {
    name: 'max-age without unit',
    inputs: { 'max-age': '90' },
    input: 'max-age',
    says: 'Use a number and a unit s, m, h, d or w, e.g. 90d.'
  },
  { name: 'max-age over ten years', inputs: { 'max-age': '3651d' }, input: 'max-age', says: 'at most 3650d' },
  {
    name: 'max-age over ten years in weeks',
    inputs: { 'max-age': '522w' },
    input: 'max-age',
    says: 'longer than 10 years'
  },
  { name: 'max-age of zero', inputs: { 'max-age': '0d' }, input: 'max-age', says: 'unit s, m, h, d or w' },
  {
    name: 'max-age in words',
    inputs: { 'max-age': '3 months' },
    input: 'max-age',
    says: 'is not a duration'
  },
  {
    name: 'pr-number 0',
    inputs: { 'pr-number': '0' },
    input: 'pr-number',
    says: 'is not a whole number from 1 to 9007199254740991'
  },
  { name: 'pr-number with #', inputs: { 'pr-number': '#12' }, input: 'pr-number', says: 'whole number' },
  {
    name: 'verify-timeout over an hour',
    inputs: { 'verify-timeout': '3601' },
    input: 'verify-timeout',
    says: 'from 0 to 3600'
  },
  {
    name: 'negative verify-timeout',
    inputs: { 'verify-timeout': '-1' },
    input: 'verify-timeout',
    says: 'from 0 to 3600'
  },
  {
    name: 'fractional verify-timeout',
    inputs: { 'verify-timeout': '1.5' },
    input: 'verify-timeout',
    says: "'1.5' is not a whole number"
  },
  {
    name: 'max-policy-size under 100',
    inputs: { 'max-policy-size': '99' },
    input: 'max-policy-size',
    says: 'from 100 to 4096'
  },
  {
    name: 'max-policy-size over the IAM maximum',
    inputs: { 'max-policy-size': '8192' },
    input: 'max-policy-size',
    says: 'from 100 to 4096'
  },
  {
    name: 'extra-roles with an invalid name',
    inputs: { 'extra-roles': 'has space' },
    input: 'extra-roles',
    says: "the role name 'has space' (ExtraRole) is not a valid IAM role name"
  },
  {
    name: 'extra-roles with a malformed ARN',
    inputs: { 'extra-roles': 'arn:aws:iam::12:role/x' },
    input: 'extra-roles',
    says: 'is not an IAM role ARN'
  },
  {
    name: 'extra-roles with {call-center} but no call center',
    inputs: {
      'call-center-api-name': '',
      'role-arns': 'InstanceRecordingRole=A\nSCVS3Role=B',
      'extra-roles': '{call-center}-X'
    },
    input: 'extra-roles',
    says: 'uses {call-center}, which needs call-center-api-name'
  },
  {
    name: 'extra-roles naming a role of the type',
    inputs: { 'extra-roles': 'acme-scvs3role' },
    input: 'extra-roles',
    says: 'the role acme-scvs3role is already managed as SCVS3Role'
  },
  {
    name: 'extra-roles naming a role twice',
    inputs: { 'extra-roles': 'X-Role\narn:aws:iam::123456789012:role/x-role' },
    input: 'extra-roles',
    says: 'the role x-role is listed twice'
  },
  {
    name: 'extra-roles ARN outside allowed-account-ids',
    inputs: { 'extra-roles': 'arn:aws:iam::999999999999:role/x', 'allowed-account-ids': ACCOUNT },
    input: 'extra-roles',
    says: 'is in account 999999999999, which is not in allowed-account-ids'
  },
  {
    name: 'audit not one of warn, fail, off',
    inputs: { audit: 'Warn' },
    input: 'audit',
    says: "'Warn' is not supported. Accepted values: warn, fail, off."
  },
  {
    name: 'external-ids together with external-id',
    inputs: { 'external-ids': `org-a: ${ID}` },
    input: 'external-ids',
    says: 'cannot be combined with external-id'
  },
  {
    name: 'external-ids together with generate-external-id',
    inputs: { 'external-id': '', 'external-ids': `org-a: ${ID}`, 'generate-external-id': 'true' },
    input: 'external-ids',
    says: 'cannot be combined with generate-external-id'
  },
  {
    name: 'external-ids line without a label',
    inputs: { 'external-id': '', 'external-ids': `org-a: ${ID}2\n${ID}` },
    input: 'external-ids',
    says: "line 2 is not 'LABEL: value'"
  },
  {
    name: 'external-ids label with a space',
    inputs: { 'external-id': '', 'external-ids': `org a: ${ID}` },
    input: 'external-ids',
    says: 'line 1: the label must be 1 to 40 characters'
  },
  {
    name: 'external-ids label of 41 characters',
    inputs: { 'external-id': '', 'external-ids': `${'a'.repeat(41)}: ${ID}` },
    input: 'external-ids',
    says: 'the label must be 1 to 40 characters'
  },
  {
    name: 'external-ids label given twice',
    inputs: { 'external-id': '', 'external-ids': `org-a: ${ID}1\norg-a: ${ID}2` },
    input: 'external-ids',
    says: 'the label org-a is given twice'
  },
  {
    name: 'external-ids with an invalid ID',
    inputs: { 'external-id': '', 'external-ids': `org-a: ${ID}1\norg-b: ${ID} x` },
    input: 'external-ids',
    says: 'the external ID of org-b may contain only'
  },
  {
    name: 'external-ids with the same ID for two orgs',
    inputs: { 'external-id': '', 'external-ids': `org-a: ${ID}\norg-b: ${ID}` },
    input: 'external-ids',
    says: 'org-a and org-b have the same external ID'
  },
  {
    name: 'external-ids with only comments',
    inputs: { 'external-id': '', 'external-ids': '# no org yet' },
    input: 'external-ids',
    says: "give at least one 'LABEL: ID' line"
  }
]

describe('external-ids', () => {
  it('reads one LABEL: ID per line, splitting at the first colon-space', () => {
    const settings = parse({
      'external-id': '',
      'external-ids': `\n  org-a: ${ID}:a  \n# the sandbox\nsandbox_2.x: b:c/d\n`
    })
    expect(settings.externalId).toEqual({
      kind: 'orgs',
      orgs: [
        { label: 'org-a', id: `${ID}:a` },
        { label: 'sandbox_2.x', id: 'b:c/d' }
      ]
    })
  })

  it.each(['check', 'disable'])('is accepted in mode %s', (mode) => {
    expect(parse({ mode, 'external-id': '', 'external-ids': `org-a: ${ID}` }).externalId.kind).toBe('orgs')
  })
})

describe('extra-roles', () => {
  const ARN = `arn:aws:iam::${ACCOUNT}:role/voice/`
  it('adds names and ARNs after the type roles, {call-center} once per call center', () => {
    const settings = parse({
      'call-center-api-name': 'acme, beta',
      'extra-roles': `{call-center}-SCVTenantBucketWriteAccessRole\n\n# health check\nscv-SCVHealthCheckRole\n${ARN}{call-center}-Custom`
    })
    expect(settings.roles.filter((role) => role.logicalRole === 'ExtraRole')).toEqual([
      spec('ExtraRole', 'acme-SCVTenantBucketWriteAccessRole', 'acme'),
      spec('ExtraRole', 'beta-SCVTenantBucketWriteAccessRole', 'beta'),
      spec('ExtraRole', 'scv-SCVHealthCheckRole'),
      spec('ExtraRole', 'acme-Custom', 'acme', `${ARN}acme-Custom`),
      spec('ExtraRole', 'beta-Custom', 'beta', `${ARN}beta-Custom`)
    ])
    expect(settings.roles).toHaveLength(11)
  })

  it('is empty by default', () => {
    expect(parse().roles.some((role) => role.logicalRole === 'ExtraRole')).toBe(false)
  })
})

describe('parseSettings rejects malformed input', () => {
  it.each(badInputs)('$name', ({ inputs, input, says }) => {
    const error = inputErrorOf({ ...BASE, ...inputs })
    expect(error.name).toBe('InputError')
    expect(error.input).toBe(input)
    expect(error.message.startsWith(`Input '${input}': `)).toBe(true)
    expect(error.message).toContain(says)
    expect(error.message).not.toContain(ID)
  })

  it('covers at least 30 malformed inputs', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(30)
  })
})

describe('role expansion', () => {
  it.each([
    [
      'new-instance',
      [
        spec('SCVProvisioningRole', 'SCVProvisioningRole'),
        spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
        spec('InstanceRecordingRole', 'Acme-ConnectCallRole', 'Acme'),
        spec('SCVS3Role', 'Acme-SCVS3Role', 'Acme')
      ]
    ],
    [
      'existing-instance',
      [
        spec('SCVProvisioningRole', 'SCVProvisioningRole'),
        spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
        spec('InstanceRecordingRole', 'Acme-ConnectCallRole', 'Acme'),
        spec('SCVS3Role', 'Acme-SCVS3Role', 'Acme')
      ]
    ],
    [
      'xml-import',
      [
        spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
        spec('UpdateCredentialRole', 'SCVUpdateCredentialRole'),
        spec('InstanceRecordingRole', 'Acme-ConnectCallRole', 'Acme'),
        spec('SCVS3Role', 'Acme-SCVS3Role', 'Acme')
      ]
    ]
  ])('default role names for %s', (type, roles) => {
    expect(parse({ 'contact-center-type': type }).roles).toEqual(roles)
  })

  it('shared roles once, per-call-center roles once per call center', () => {
    const settings = parse({
      'contact-center-type': 'xml-import',
      'call-center-api-name': 'Acme, Beta\nGamma,'
    })
    expect(settings.callCenters).toEqual(['Acme', 'Beta', 'Gamma'])
    expect(settings.roles).toEqual([
      spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
      spec('UpdateCredentialRole', 'SCVUpdateCredentialRole'),
      spec('InstanceRecordingRole', 'Acme-ConnectCallRole', 'Acme'),
      spec('InstanceRecordingRole', 'Beta-ConnectCallRole', 'Beta'),
      spec('InstanceRecordingRole', 'Gamma-ConnectCallRole', 'Gamma'),
      spec('SCVS3Role', 'Acme-SCVS3Role', 'Acme'),
      spec('SCVS3Role', 'Beta-SCVS3Role', 'Beta'),
      spec('SCVS3Role', 'Gamma-SCVS3Role', 'Gamma')
    ])
  })

  it('overrides by name, by ARN (with a path) and with {call-center}; comments and blank lines are skipped', () => {
    const settings = parse({
      'call-center-api-name': 'Acme,Beta',
      'role-arns': [
        '# provisioning is created by hand',
        'SCVProvisioningRole = ScvProvisioning-Prod',
        '',
        `AmazonConnectManagementRole=arn:aws:iam::${ACCOUNT}:role/scv/Management`,
        'InstanceRecordingRole={call-center}-Recording',
        `SCVS3Role=arn:aws:iam::${ACCOUNT}:role/scv/{call-center}-Bucket`
      ].join('\n')
    })
    expect(settings.roles).toEqual([
      spec('SCVProvisioningRole', 'ScvProvisioning-Prod'),
      spec('AmazonConnectManagementRole', 'Management', null, `arn:aws:iam::${ACCOUNT}:role/scv/Management`),
      spec('InstanceRecordingRole', 'Acme-Recording', 'Acme'),
      spec('InstanceRecordingRole', 'Beta-Recording', 'Beta'),
      spec('SCVS3Role', 'Acme-Bucket', 'Acme', `arn:aws:iam::${ACCOUNT}:role/scv/Acme-Bucket`),
      spec('SCVS3Role', 'Beta-Bucket', 'Beta', `arn:aws:iam::${ACCOUNT}:role/scv/Beta-Bucket`)
    ])
  })

  it('a per-call-center override without {call-center} names one role for all call centers', () => {
    const settings = parse({ 'call-center-api-name': 'Acme,Beta', 'role-arns': 'SCVS3Role=SharedBucketRole' })
    expect(settings.roles.filter((role) => role.logicalRole === 'SCVS3Role')).toEqual([
      spec('SCVS3Role', 'SharedBucketRole', 'Acme')
    ])
    expect(settings.roles.filter((role) => role.logicalRole === 'InstanceRecordingRole')).toHaveLength(2)
  })

  it('both per-call-center roles overridden without {call-center}: no call center needed, each role kept once', () => {
    const settings = parse({
      'call-center-api-name': '',
      'role-arns': `InstanceRecordingRole=RecordingRole\nSCVS3Role=${arnOf('BucketRole')}`
    })
    expect(settings.callCenters).toEqual([])
    expect(settings.roles).toEqual([
      spec('SCVProvisioningRole', 'SCVProvisioningRole'),
      spec('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
      spec('InstanceRecordingRole', 'RecordingRole'),
      spec('SCVS3Role', 'BucketRole', null, arnOf('BucketRole'))
    ])
  })

  it('ARN overrides inside allowed-account-ids are accepted', () => {
    const settings = parse({
      'allowed-account-ids': ACCOUNT,
      'role-arns': `SCVS3Role=${arnOf('{call-center}-S3')}`
    })
    expect(settings.roles.find((role) => role.logicalRole === 'SCVS3Role')?.arn).toBe(arnOf('Acme-S3'))
  })
})

describe('runnerInput', () => {
  it('reads INPUT_<NAME> as the runner sets it: upper case, hyphens kept, spaces as underscores', () => {
    const env = { 'INPUT_CONTACT-CENTER-TYPE': 'xml-import', INPUT_SOME_NAME: 'spaced' }

    expect(runnerInput('contact-center-type', env)).toBe('xml-import')
    expect(runnerInput('some name', env)).toBe('spaced')
    expect(runnerInput('mode', env)).toBe('')
  })

  it('feeds parseSettings the way core.getInput did', () => {
    const env = {
      'INPUT_CONTACT-CENTER-TYPE': 'new-instance',
      'INPUT_CALL-CENTER-API-NAME': 'Acme',
      'INPUT_EXTERNAL-ID': ID
    }

    expect(parseSettings((name) => runnerInput(name, env))).toMatchObject({
      mode: 'plan',
      externalId: { kind: 'given', id: ID },
      callCenters: ['Acme']
    })
  })
})

describe('givenExternalIds', () => {
  it('gives the trimmed external ID even when the inputs around it are refused, so it can be masked first', () => {
    const inputs = { ...BASE, 'external-id': `  ${ID}\n`, mode: 'bogus' }

    expect(() => parseSettings(reader(inputs))).toThrow(InputError)
    expect(givenExternalIds(reader(inputs))).toEqual([ID])
  })

  it('gives a malformed external ID too', () => {
    expect(givenExternalIds(reader({ ...BASE, 'external-id': `${ID}#bad` }))).toEqual([`${ID}#bad`])
  })

  it('gives every ID of external-ids, even on a malformed line that the inputs refuse', () => {
    const text = `org-a: ${ID}1\n# comment\n\n  org-b:  ${ID}2  \n${ID}3`
    const inputs = { ...BASE, 'external-id': '', 'external-ids': text }

    expect(() => parseSettings(reader(inputs))).toThrow("Input 'external-ids': line 5 is not 'LABEL: value'")
    expect(givenExternalIds(reader(inputs))).toEqual([`${ID}1`, `${ID}2`, `${ID}3`])
  })
})
