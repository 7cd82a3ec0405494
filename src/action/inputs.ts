import { chooseRegion } from '../aws/region.js'
import { CONTACT_CENTER_TYPES } from '../domain/contact-centers.js'
import {
  AUDIT_MODES,
  COMMENT_MODES,
  MODES,
  ROTATIONS,
  VERIFY_MODES,
  type Settings
} from '../domain/settings.js'
import { expectedFingerprintInput, externalIdInput } from './inputs/external-ids.js'
import { InputError } from './inputs/input-error.js'
import {
  accountList,
  booleanInput,
  durationInput,
  integerInput,
  oneOf,
  optionalIntegerInput
} from './inputs/primitives.js'
import { readInputs, type InputReader, type RawInputs } from './inputs/read.js'
import { roleToAssumeInput, runRoles } from './inputs/roles.js'

export { givenExternalIds } from './inputs/external-ids.js'
export { InputError } from './inputs/input-error.js'
export { runnerInput, type InputReader } from './inputs/read.js'
export { roleInput } from './inputs/roles.js'

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

/**
 * Pure validation of the raw inputs (no AWS call, no logging): every input is read first, then
 * judged in a fixed order, so that of several bad inputs the same one is always named.
 */
export function parseSettings(read: InputReader): Settings {
  const raw = readInputs(read)
  const choices = choiceInputs(raw)
  const ids = idInputs(raw, choices.mode, choices.generateExternalId)
  if (choices.rotation === 'overlap' && choices.mode === 'disable') {
    throw new InputError(
      'rotation',
      `'overlap' applies to mode plan, apply or check, not 'disable'. Use 'replace' here.`
    )
  }
  const accounts = accountInputs(raw)
  const { callCenters, roles } = runRoles(
    choices.contactCenterType,
    { callCenters: raw['call-center-api-name'], roleArns: raw['role-arns'], extraRoles: raw['extra-roles'] },
    accounts.allowedAccountIds
  )
  const roleToAssume = roleToAssumeInput(raw['role-to-assume'], accounts.allowedAccountIds)
  const session = sessionInputs(raw)
  const prNumber = optionalIntegerInput('pr-number', raw['pr-number'], 1, Number.MAX_SAFE_INTEGER)
  return {
    contactCenterType: choices.contactCenterType,
    callCenters,
    roles,
    ...ids,
    mode: choices.mode,
    rotation: choices.rotation,
    salesforceAccountIds: accounts.salesforceAccountIds,
    verify: choices.verify,
    verifyTimeoutSeconds: integerInput('verify-timeout', raw['verify-timeout'], 0, 3600),
    maxPolicySize: integerInput('max-policy-size', raw['max-policy-size'], 100, 4096),
    roleToAssume,
    ...session,
    allowedAccountIds: accounts.allowedAccountIds,
    maxAgeSeconds: durationInput('max-age', raw['max-age']),
    githubToken: raw['github-token'],
    comment: choices.comment,
    prNumber,
    audit: choices.audit,
    driftIssue: booleanInput('drift-issue', raw['drift-issue'])
  }
}

/** The inputs that pick one of a few values. */
function choiceInputs(raw: RawInputs) {
  return {
    contactCenterType: oneOf('contact-center-type', raw['contact-center-type'], CONTACT_CENTER_TYPES, true),
    mode: oneOf('mode', raw.mode, MODES),
    rotation: oneOf('rotation', raw.rotation, ROTATIONS),
    verify: oneOf('verify', raw.verify, VERIFY_MODES),
    comment: oneOf('comment', raw.comment, COMMENT_MODES),
    audit: oneOf('audit', raw.audit, AUDIT_MODES),
    generateExternalId: booleanInput('generate-external-id', raw['generate-external-id'])
  }
}

function idInputs(
  raw: RawInputs,
  mode: Settings['mode'],
  generate: boolean
): Pick<Settings, 'externalId' | 'expectedFingerprint'> {
  const externalId = externalIdInput(mode, raw['external-id'], generate, raw['external-ids'])
  const expectedFingerprint = expectedFingerprintInput(raw['expected-fingerprint'], mode, externalId)
  return { externalId, expectedFingerprint }
}

function accountInputs(raw: RawInputs): Pick<Settings, 'salesforceAccountIds' | 'allowedAccountIds'> {
  const salesforceAccountIds = accountList('salesforce-account-id', raw['salesforce-account-id'])
  if (salesforceAccountIds.length === 0) {
    throw new InputError('salesforce-account-id', 'give at least one 12-digit AWS account ID.')
  }
  return {
    salesforceAccountIds,
    allowedAccountIds: accountList('allowed-account-ids', raw['allowed-account-ids'])
  }
}

/** How the run signs in to AWS. */
function sessionInputs(raw: RawInputs): Pick<Settings, 'roleSessionName' | 'awsRegion' | 'audience'> {
  const roleSessionName = raw['role-session-name'] || null
  if (roleSessionName !== null && !SESSION_NAME.test(roleSessionName)) {
    throw new InputError('role-session-name', 'must be 2 to 64 characters of letters, digits and _+=,.@-.')
  }
  const { region: awsRegion, source: regionSource } = chooseRegion(raw['aws-region'])
  if (!REGION.test(awsRegion)) {
    const from = regionSource === 'aws-region' ? '' : ` (empty input: taken from ${regionSource})`
    throw new InputError(
      'aws-region',
      `'${awsRegion}'${from} is not a region name such as us-east-1 or us-gov-west-1.`
    )
  }
  return { roleSessionName, awsRegion, audience: raw.audience }
}
