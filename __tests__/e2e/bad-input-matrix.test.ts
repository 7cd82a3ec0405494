import { mapBounded } from '../../src/aws/bounded.js'
/**
 * End to end, bad input: malformed inputs and malformed trust policies held by the account, run
 * through the bundled action. Each must fail with a message that names the input (or the role),
 * send no write to IAM, and, for an input, make no AWS call at all.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulators } from '../../emulator/index.js'
import { paddingStatement, seedSalesforceAccount, templateTrustPolicy } from '../../emulator/seed.js'
import { runAction, secretLeaks, type ActionRun } from './harness.js'

const ID = 'bad-input-external-id-Lr52'
const ACCOUNT = '111122223333'
const WRITES = ['UpdateAssumeRolePolicy', 'TagRole', 'UntagRole']

const BASE = {
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': ID,
  mode: 'apply'
}

interface BadInputCase {
  title: string
  inputs: Record<string, string>
  /** The input the error must name (`Input '<name>': ...`). */
  input: string
  /** The error annotation must also contain this. */
  message: string
  /** AWS actions the run may call first (only the ones that need the account, e.g. to compare it). */
  calls?: string[]
  /** Values that must show nowhere but the mask command (a bad ID is still a secret). */
  secrets?: string[]
}

interface BadPolicyCase {
  title: string
  /** The trust policy the account holds for `role`: a document or raw text. */
  policy: object | string | null
  role: string
  message: string
  inputs?: Record<string, string>
  /** IDs inside the unreadable document: as secret as the new one, so never quoted back. */
  secrets?: string[]
}

const input = (name: string, value: string, message: string, extra: Partial<BadInputCase> = {}) => ({
  title: `${name}: ${JSON.stringify(value.length > 60 ? `${value.slice(0, 12)}… (${value.length} characters)` : value)}`,
  inputs: { [name]: value },
  input: name,
  message,
  ...extra
})

const LONG_ID = 'A'.repeat(1225)
const SPACED_ID = 'bad external id Lr52'
const ORG_ID = 'bad-input-org-id-Pq81'
const OTHER_ORG_ID = 'bad-input-org-id-Zx07'

const INPUT_CASES: BadInputCase[] = [
  input('contact-center-type', '', 'is required.'),
  input('contact-center-type', 'New-Instance', "'New-Instance' is not supported."),
  input('contact-center-type', 'partner', "'partner' is not supported."),
  input('mode', 'Apply', "'Apply' is not supported. Accepted values: plan, apply, check, disable."),
  input('mode', 'destroy', "'destroy' is not supported."),
  input('rotation', 'swap', "'swap' is not supported. Accepted values: replace, overlap."),
  input('verify', 'yes', "'yes' is not supported. Accepted values: simulate, assume, none."),
  input('comment', 'sometimes', "'sometimes' is not supported. Accepted values: auto, always, never."),
  input('generate-external-id', 'yes', "'yes' is not a boolean. Accepted values: true, false."),
  input('generate-external-id', '1', "'1' is not a boolean."),
  {
    title: 'generate-external-id: true together with external-id',
    inputs: { 'generate-external-id': 'TRUE' },
    input: 'generate-external-id',
    message: "cannot be 'true' together with external-id"
  },
  {
    title: 'generate-external-id: true in mode check',
    inputs: { 'generate-external-id': 'true', 'external-id': '', mode: 'check' },
    input: 'generate-external-id',
    message: "'true' applies to mode plan or apply, not 'check'."
  },
  input('external-id', 'x', 'the external ID must be 2 to 1224 characters long (got 1).'),
  input('external-id', LONG_ID, 'the external ID must be 2 to 1224 characters long (got 1225).', {
    secrets: [LONG_ID]
  }),
  input('external-id', SPACED_ID, 'the external ID may contain only letters, digits and the characters', {
    secrets: [SPACED_ID]
  }),
  input('external-id', 'id-with-ümlaut', 'the external ID may contain only letters, digits', {
    secrets: ['id-with-ümlaut']
  }),
  input('external-id', '', "mode 'apply' needs the external ID"),
  {
    title: 'rotation: overlap in mode disable',
    inputs: { rotation: 'overlap', mode: 'disable', 'external-id': '' },
    input: 'rotation',
    message: "'overlap' applies to mode plan, apply or check, not 'disable'."
  },
  input(
    'expected-fingerprint',
    'sha256:abc',
    "'sha256:abc' is not a fingerprint: give sha256: and 12 hex digits"
  ),
  {
    title: 'expected-fingerprint with generate-external-id',
    inputs: {
      'expected-fingerprint': 'sha256:0123456789ab',
      'generate-external-id': 'true',
      'external-id': ''
    },
    input: 'expected-fingerprint',
    message: 'a generated ID is new on every run'
  },
  {
    title: 'check without external-id suggests no input check refuses',
    inputs: { mode: 'check', 'external-id': '' },
    input: 'external-id',
    message:
      "mode 'check' needs the external ID: pass it from a secret (external-id: ${{ secrets.SCV_EXTERNAL_ID }}) or one per Salesforce org in external-ids."
  },
  {
    title: 'external-ids together with external-id',
    inputs: { 'external-ids': `prod: ${ORG_ID}` },
    input: 'external-ids',
    message: 'cannot be combined with external-id',
    secrets: [ORG_ID]
  },
  {
    title: 'external-ids: a line without a label',
    inputs: { 'external-id': '', 'external-ids': `prod: ${ORG_ID}\n${OTHER_ORG_ID}` },
    input: 'external-ids',
    message: "line 2 is not 'LABEL: value'",
    secrets: [ORG_ID, OTHER_ORG_ID]
  },
  {
    title: 'external-ids: an invalid ID',
    inputs: { 'external-id': '', 'external-ids': `prod: ${ORG_ID}\nsandbox: ${SPACED_ID}` },
    input: 'external-ids',
    message: 'the external ID of sandbox may contain only letters',
    secrets: [ORG_ID, SPACED_ID]
  },
  {
    title: 'external-ids: one ID for two orgs',
    inputs: { 'external-id': '', 'external-ids': `prod: ${ORG_ID}\nsandbox: ${ORG_ID}` },
    input: 'external-ids',
    message: 'prod and sandbox have the same external ID',
    secrets: [ORG_ID]
  },
  input('audit', 'strict', "'strict' is not supported. Accepted values: warn, fail, off."),
  input('extra-roles', 'Tenant Role', "the role name 'Tenant Role' (ExtraRole) is not a valid IAM role name"),
  input('extra-roles', 'CC1-SCVS3Role', 'is already managed as SCVS3Role'),
  input('extra-roles', 'arn:aws:iam::12345:role/x', 'is not an IAM role ARN'),
  {
    title: 'extra-roles: ARN of another account than the credentials',
    inputs: { 'extra-roles': 'arn:aws:iam::999999999999:role/Tenant' },
    input: 'extra-roles',
    message: `arn:aws:iam::999999999999:role/Tenant is not in the account of the credentials (${ACCOUNT}`,
    calls: ['GetCallerIdentity']
  },
  input('salesforce-account-id', '79352538775', "'79352538775' is not a 12-digit AWS account ID."),
  input('salesforce-account-id', ' , ', 'give at least one 12-digit AWS account ID.'),
  input('allowed-account-ids', '1111-2222-3333', "'1111-2222-3333' is not a 12-digit AWS account ID."),
  input('call-center-api-name', 'CC 1', "'CC 1' is not a CallCenterApiName"),
  input('call-center-api-name', 'CC1, CC1', "'CC1' is listed twice."),
  input(
    'call-center-api-name',
    'acme,ACME',
    "'acme' and 'ACME' name the same roles (IAM role names are case-insensitive)"
  ),
  input('call-center-api-name', '', "is required for contact center type 'new-instance'"),
  input('call-center-api-name', 'C'.repeat(50), 'is not a valid IAM role name (1 to 64 characters'),
  input('role-arns', 'SCVProvisioningRole', "'SCVProvisioningRole' is not LogicalRole=role-name-or-arn."),
  input('role-arns', 'SCVProvisioningRole=', "'SCVProvisioningRole=' is not LogicalRole=role-name-or-arn."),
  input(
    'role-arns',
    'UpdateCredentialRole=MyRole',
    "'UpdateCredentialRole' is not a role of contact center type"
  ),
  input('role-arns', 'ProvisioningRole=MyRole', "'ProvisioningRole' is not a role of contact center type"),
  input('role-arns', 'SCVS3Role=A-{call-center}\nSCVS3Role=B-{call-center}', 'SCVS3Role is given twice.'),
  input('role-arns', 'SCVProvisioningRole={call-center}-Prov', '{call-center} cannot be used in it.'),
  input('role-arns', 'SCVProvisioningRole=arn:aws:s3:::scv-bucket', 'is not an IAM role ARN'),
  input('role-arns', 'SCVProvisioningRole=arn:aws:iam::12345:role/Prov', 'is not an IAM role ARN'),
  input('role-arns', 'SCVProvisioningRole=arn:aws-xx:iam::111122223333:role/Prov', 'is not an IAM role ARN'),
  input(
    'role-arns',
    'SCVProvisioningRole=Prov Role',
    "the role name 'Prov Role' (SCVProvisioningRole) is not"
  ),
  {
    title: 'role-arns: ARN outside allowed-account-ids',
    inputs: {
      'role-arns': 'SCVProvisioningRole=arn:aws:iam::999999999999:role/Prov',
      'allowed-account-ids': ACCOUNT
    },
    input: 'role-arns',
    message:
      'arn:aws:iam::999999999999:role/Prov is in account 999999999999, which is not in allowed-account-ids.'
  },
  {
    title: 'role-arns: ARN of another account than the credentials',
    inputs: { 'role-arns': 'SCVProvisioningRole=arn:aws:iam::999999999999:role/Prov' },
    input: 'role-arns',
    message: `arn:aws:iam::999999999999:role/Prov is not in the account of the credentials (${ACCOUNT}`,
    calls: ['GetCallerIdentity']
  },
  {
    title: 'allowed-account-ids: not the account of the credentials',
    inputs: { 'allowed-account-ids': '999999999999' },
    input: 'allowed-account-ids',
    message: `the credentials are for account ${ACCOUNT}, which is not allowed`,
    calls: ['GetCallerIdentity']
  },
  input('role-to-assume', 'automation', 'must be a role ARN such as'),
  input('role-to-assume', 'arn:aws:iam::111122223333:user/automation', 'must be a role ARN such as'),
  {
    title: 'role-to-assume: account outside allowed-account-ids',
    inputs: { 'role-to-assume': 'arn:aws:iam::999999999999:role/automation', 'allowed-account-ids': ACCOUNT },
    input: 'role-to-assume',
    message: 'account 999999999999 is not in allowed-account-ids.'
  },
  input('role-session-name', 'a', 'must be 2 to 64 characters'),
  input('role-session-name', 'my session', 'must be 2 to 64 characters'),
  input('role-session-name', 's'.repeat(65), 'must be 2 to 64 characters'),
  input('aws-region', 'useast1', "'useast1' is not a region name"),
  input('aws-region', 'US-EAST-1', "'US-EAST-1' is not a region name"),
  input('verify-timeout', '-1', "'-1' is not a whole number from 0 to 3600."),
  input('verify-timeout', '2m', "'2m' is not a whole number from 0 to 3600."),
  input('verify-timeout', '3601', "'3601' is not a whole number from 0 to 3600."),
  input('max-policy-size', '99', "'99' is not a whole number from 100 to 4096."),
  input('max-policy-size', '4097', "'4097' is not a whole number from 100 to 4096."),
  input('max-policy-size', '2e3', "'2e3' is not a whole number from 100 to 4096."),
  input('max-age', '90', "'90' is not a duration."),
  input('max-age', '0d', "'0d' is not a duration."),
  input('max-age', '3mo', "'3mo' is not a duration."),
  input('max-age', '3651d', "'3651d' is longer than 10 years (3650d)"),
  input('pr-number', '0', "'0' is not a whole number from 1 to"),
  input('pr-number', '#7', "'#7' is not a whole number from 1 to"),
  input('pr-number', '7.5', "'7.5' is not a whole number from 1 to")
]

const OLD_ID = 'previous-external-id-Wd09'
const SHORT_OLD_ID = 'old-Wd09'
const SALESFORCE_STATEMENT = templateTrustPolicy([]) as { Statement: object[] }
const withStatements = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements })
const padding = paddingStatement

const POLICY_CASES: BadPolicyCase[] = [
  { title: 'not JSON', policy: 'not json', role: 'CC1-SCVS3Role', message: 'is not valid JSON' },
  { title: 'empty text', policy: '', role: 'CC1-SCVS3Role', message: 'is not valid JSON' },
  {
    title: 'truncated JSON',
    policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"',
    role: 'SCVProvisioningRole',
    message: 'is not valid JSON'
  },
  {
    title: 'truncated JSON that holds an external ID',
    policy: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"StringEquals":{"sts:ExternalId":"${OLD_ID}"`,
    role: 'CC1-SCVS3Role',
    message: 'is not valid JSON',
    secrets: [OLD_ID]
  },
  {
    // Short enough that JSON.parse would quote all of it in its own message.
    title: 'an external ID pasted in place of the policy',
    policy: SHORT_OLD_ID,
    role: 'SCVAmazonConnectManagementRole',
    message: 'is not valid JSON',
    secrets: [SHORT_OLD_ID]
  },
  { title: 'JSON null', policy: 'null', role: 'CC1-ConnectCallRole', message: 'is not a JSON object' },
  { title: 'a JSON array', policy: '[]', role: 'CC1-SCVS3Role', message: 'is not a JSON object' },
  {
    title: 'no Statement',
    policy: '{"Version":"2012-10-17"}',
    role: 'CC1-SCVS3Role',
    message: 'has no Statement'
  },
  {
    title: 'an empty Statement list',
    policy: withStatements(),
    role: 'SCVAmazonConnectManagementRole',
    message: 'Statement list is empty'
  },
  {
    title: 'a numeric Version',
    policy: { Version: 2012, Statement: SALESFORCE_STATEMENT.Statement },
    role: 'CC1-SCVS3Role',
    message: 'Version is not a string'
  },
  {
    title: 'a Statement that is a string',
    policy: { Version: '2012-10-17', Statement: 'Allow' },
    role: 'CC1-SCVS3Role',
    message: 'Statement 1 is not a JSON object'
  },
  {
    title: 'an Effect other than Allow or Deny',
    policy: withStatements({ Effect: 'Maybe', Principal: '*', Action: 'sts:AssumeRole' }),
    role: 'CC1-SCVS3Role',
    message: 'Statement 1: Effect must be "Allow" or "Deny"'
  },
  {
    title: 'a numeric Principal',
    policy: withStatements({ Effect: 'Allow', Principal: { AWS: 42 }, Action: 'sts:AssumeRole' }),
    role: 'CC1-SCVS3Role',
    message: 'Statement 1: Principal must be'
  },
  {
    title: 'a numeric Action',
    policy: withStatements(...SALESFORCE_STATEMENT.Statement, {
      Effect: 'Allow',
      Principal: { Service: 'connect.amazonaws.com' },
      Action: 7
    }),
    role: 'CC1-SCVS3Role',
    message: 'Statement 2: Action must be a string or a list of strings'
  },
  {
    title: 'a Condition that is a string',
    policy: withStatements({ ...SALESFORCE_STATEMENT.Statement[0], Condition: 'sts:ExternalId' }),
    role: 'CC1-SCVS3Role',
    message: 'Statement 1: Condition must map operators to objects'
  },
  {
    title: 'already over max-policy-size',
    policy: templateTrustPolicy([padding(2100)]),
    role: 'CC1-SCVS3Role',
    message: 'over max-policy-size 2048'
  },
  {
    title: 'over max-policy-size once the condition is added',
    policy: templateTrustPolicy([padding(1850)]),
    role: 'CC1-ConnectCallRole',
    message: 'over max-policy-size 2048'
  },
  {
    title: 'over a lowered max-policy-size',
    policy: templateTrustPolicy(),
    role: 'SCVProvisioningRole',
    message: 'over max-policy-size 200',
    inputs: { 'max-policy-size': '200' }
  },
  {
    title: 'a second statement that lets anyone assume the role',
    policy: templateTrustPolicy([{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }]),
    role: 'CC1-SCVS3Role',
    message: 'is allowed without an external ID'
  },
  {
    title: 'no statement trusting Salesforce',
    policy: withStatements({
      Effect: 'Allow',
      Principal: { Service: 'connect.amazonaws.com' },
      Action: 'sts:AssumeRole'
    }),
    role: 'CC1-SCVS3Role',
    message: 'No statement of the trust policy allows a principal of the Salesforce account(s)'
  },
  {
    title: 'a role that does not exist',
    policy: null,
    role: 'CC1-ConnectCallRole',
    message: 'does not exist'
  }
]

interface Outcome {
  run: ActionRun
  actions: string[]
  leaks: string[]
}

async function runInput(item: BadInputCase): Promise<Outcome> {
  const emulators = await startEmulators()
  try {
    seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
    const run = await runAction(emulators, { ...BASE, ...item.inputs })
    const secrets = [...(item.secrets ?? []), ...(item.inputs['external-id'] === undefined ? [ID] : [])]
    const actions = emulators.aws.log.map((entry) => entry.action)
    return { run, actions, leaks: secretLeaks(emulators, [run], secrets) }
  } finally {
    await emulators.stop()
  }
}

async function runPolicy(item: BadPolicyCase): Promise<Outcome> {
  const emulators = await startEmulators()
  try {
    seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
    if (item.policy === null) emulators.aws.deleteRole(item.role)
    else emulators.aws.setTrustPolicy(item.role, item.policy)
    const run = await runAction(emulators, { ...BASE, ...item.inputs })
    const actions = emulators.aws.log.map((entry) => entry.action)
    return { run, actions, leaks: secretLeaks(emulators, [run], [ID, ...(item.secrets ?? [])]) }
  } finally {
    await emulators.stop()
  }
}

const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'))

const inputOutcomes = new Map<BadInputCase, Outcome>()
const policyOutcomes = new Map<BadPolicyCase, Outcome>()

beforeAll(async () => {
  const [inputs, policies] = await Promise.all([
    mapBounded(INPUT_CASES, 2, runInput),
    mapBounded(POLICY_CASES, 2, runPolicy)
  ])
  INPUT_CASES.forEach((item, index) => inputOutcomes.set(item, inputs[index] as Outcome))
  POLICY_CASES.forEach((item, index) => policyOutcomes.set(item, policies[index] as Outcome))
  console.log(
    `bad-input matrix: ${INPUT_CASES.length + POLICY_CASES.length} cases (${INPUT_CASES.length} inputs, ${POLICY_CASES.length} account-held trust policies)`
  )
}, 150_000)

describe('bad inputs', () => {
  it.each(INPUT_CASES.map((item) => [item.title, item] as const))(
    '%s: fails naming the input, before any AWS call',
    (_title, item) => {
      const { run, actions, leaks } = inputOutcomes.get(item) as Outcome
      expect(run.exitCode).toBe(1)
      const errors = errorLines(run)
      expect(errors).toEqual([expect.stringContaining(`::error::Input '${item.input}': `)])
      expect(errors[0]).toContain(item.message)
      expect(actions).toEqual(item.calls ?? [])
      expect(run.outputs.result).toBe('refused')
      expect(leaks).toEqual([])
    }
  )
})

describe('malformed trust policies held by the account', () => {
  it.each(POLICY_CASES.map((item) => [item.title, item] as const))(
    '%s: fails naming the role, with no write',
    (_title, item) => {
      const { run, actions, leaks } = policyOutcomes.get(item) as Outcome
      expect(run.exitCode).toBe(1)
      const [error] = errorLines(run)
      expect(error).toContain(item.role)
      expect(error).toContain(item.message)
      expect(actions.filter((action) => WRITES.includes(action))).toEqual([])
      // A trust policy refused is a refusal; a role that is not there is an error.
      expect(run.outputs.result).toBe(item.policy === null ? 'error' : 'refused')
      expect(leaks).toEqual([])
    }
  )
})
