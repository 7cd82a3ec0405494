import {
  CALL_CENTER_PLACEHOLDER,
  CONTACT_CENTER_TYPES,
  defaultRoleName,
  expandExtraRoles,
  expandRoles,
  EXTRA_ROLE,
  isLogicalRole,
  isPerCallCenter,
  logicalRolesOf,
  type ContactCenterType,
  type LogicalRole,
  type RoleSpec
} from '../domain/contact-centers.js'
import {
  externalIdProblem,
  fingerprintMismatch,
  isFingerprint,
  type OrgExternalId
} from '../domain/external-id.js'
import { labelledValuesToMask, LabelledLinesError, parseLabelledLines } from '../domain/labelled.js'
import {
  AUDIT_MODES,
  COMMENT_MODES,
  MODES,
  ROTATIONS,
  VERIFY_MODES,
  type ExpectedFingerprint,
  type ExternalIdInput,
  type Settings
} from '../domain/settings.js'

/** A bad input: the message names the input and what it accepts, and never echoes a secret. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

export type InputReader = (name: string) => string

const ACCOUNT_ID = /^\d{12}$/
const PARTITIONS = ['aws', 'aws-us-gov', 'aws-cn']
const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/(?:[\x21-\x7e]+\/)?([\w+=,.@-]{1,64})$/
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/
const CALL_CENTER = /^[\w+=,.@-]+$/
const DURATION = /^(\d+)([smhdw])$/
const DURATION_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }
/** An upper bound like the other numeric inputs have: ten years of 365 days. */
const MAX_DURATION_SECONDS = 3650 * 86400

/**
 * An input as the runner passes it: INPUT_<NAME> (upper case, spaces as underscores), the variable
 * core.getInput reads. Read directly so that validation and the first AWS request do not wait for
 * @actions/core, which loads undici as it is imported.
 */
export function runnerInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

/**
 * The external IDs as given (external-id trimmed, each value of external-ids), to mask before
 * anything is logged, even when the inputs are refused.
 */
export function givenExternalIds(read: InputReader = runnerInput): string[] {
  const externalId = read('external-id').trim()
  return [...(externalId === '' ? [] : [externalId]), ...labelledValuesToMask(read('external-ids'))]
}

/** Pure validation of the raw inputs (no AWS call, no logging). */
export function parseSettings(read: InputReader): Settings {
  const input = (name: string): string => read(name).trim()

  const contactCenterType = oneOf(
    'contact-center-type',
    input('contact-center-type'),
    CONTACT_CENTER_TYPES,
    true
  )
  const mode = oneOf('mode', input('mode') || 'plan', MODES)
  const rotation = oneOf('rotation', input('rotation') || 'replace', ROTATIONS)
  const verify = oneOf('verify', input('verify') || 'simulate', VERIFY_MODES)
  const comment = oneOf('comment', input('comment') || 'auto', COMMENT_MODES)
  const audit = oneOf('audit', input('audit') || 'warn', AUDIT_MODES)
  const generateExternalId = booleanInput('generate-external-id', input('generate-external-id'), false)

  const externalId = externalIdInput(mode, input('external-id'), generateExternalId, input('external-ids'))
  const expectedFingerprint = expectedFingerprintInput(input('expected-fingerprint'), mode, externalId)
  if (rotation === 'overlap' && mode === 'disable') {
    throw new InputError(
      'rotation',
      `'overlap' applies to mode plan, apply or check, not 'disable'. Use 'replace' here.`
    )
  }

  const salesforceAccountIds = accountList(
    'salesforce-account-id',
    input('salesforce-account-id') || '793525387755'
  )
  if (salesforceAccountIds.length === 0) {
    throw new InputError('salesforce-account-id', 'give at least one 12-digit AWS account ID.')
  }
  const allowedAccountIds = accountList('allowed-account-ids', input('allowed-account-ids'))
  const callCenters = callCenterList(input('call-center-api-name'))
  const typeRoles = resolveRoleSpecs(contactCenterType, callCenters, input('role-arns'))
  const roles = [...typeRoles, ...resolveExtraRoles(input('extra-roles'), callCenters, typeRoles)]
  checkAllowedAccounts(roles, allowedAccountIds)

  const roleToAssume = input('role-to-assume') || null
  if (roleToAssume !== null) {
    const match = ROLE_ARN.exec(roleToAssume)
    if (!match) {
      throw new InputError(
        'role-to-assume',
        'must be a role ARN such as arn:aws:iam::123456789012:role/github-scv.'
      )
    }
    if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(match[2] as string)) {
      throw new InputError('role-to-assume', `account ${match[2]} is not in allowed-account-ids.`)
    }
  }

  const roleSessionName = input('role-session-name') || null
  if (roleSessionName !== null && !SESSION_NAME.test(roleSessionName)) {
    throw new InputError('role-session-name', 'must be 2 to 64 characters of letters, digits and _+=,.@-.')
  }
  const awsRegion = input('aws-region') || 'us-east-1'
  if (!REGION.test(awsRegion)) {
    throw new InputError(
      'aws-region',
      `'${awsRegion}' is not a region name such as us-east-1 or us-gov-west-1.`
    )
  }
  const audience = input('audience') || 'sts.amazonaws.com'

  const prNumberText = input('pr-number')
  const prNumber =
    prNumberText === '' ? null : integerInput('pr-number', prNumberText, 1, Number.MAX_SAFE_INTEGER)

  return {
    contactCenterType,
    callCenters,
    roles,
    externalId,
    expectedFingerprint,
    mode,
    rotation,
    salesforceAccountIds,
    verify,
    verifyTimeoutSeconds: integerInput('verify-timeout', input('verify-timeout') || '120', 0, 3600),
    maxPolicySize: integerInput('max-policy-size', input('max-policy-size') || '2048', 100, 4096),
    roleToAssume,
    audience,
    roleSessionName,
    awsRegion,
    allowedAccountIds,
    maxAgeSeconds: durationInput('max-age', input('max-age')),
    githubToken: input('github-token'),
    comment,
    prNumber,
    audit
  }
}

/** The three ways to give the ID exclude each other; every mode but disable needs one. */
function externalIdInput(mode: string, given: string, generate: boolean, orgsText: string): ExternalIdInput {
  if (given !== '') {
    const problem = externalIdProblem(given)
    if (problem) throw new InputError('external-id', `the external ID ${problem}.`)
  }
  const orgs = orgsText === '' ? null : orgExternalIds(orgsText)
  if (orgs !== null && (given !== '' || generate)) {
    throw new InputError(
      'external-ids',
      `cannot be combined with ${given !== '' ? 'external-id' : 'generate-external-id'}: give one ID (external-id), one per Salesforce org (external-ids), or ask for a new one (generate-external-id).`
    )
  }
  if (given !== '' && generate) {
    throw new InputError(
      'generate-external-id',
      "cannot be 'true' together with external-id: give the Salesforce-generated ID or ask for a new one, not both."
    )
  }
  if (generate && (mode === 'check' || mode === 'disable')) {
    throw new InputError('generate-external-id', `'true' applies to mode plan or apply, not '${mode}'.`)
  }
  if (orgs !== null) return { kind: 'orgs', orgs }
  if (given !== '') return { kind: 'given', id: given }
  if (generate) return { kind: 'generate' }
  if (mode !== 'disable') {
    // check compares the roles with existing IDs: suggesting a generated one would be refused.
    const generateHint = mode === 'check' ? '' : ', or set generate-external-id: true for a new one'
    throw new InputError(
      'external-id',
      `mode '${mode}' needs the external ID: pass it from a secret (external-id: \${{ secrets.SCV_EXTERNAL_ID }}) or one per Salesforce org in external-ids${generateHint}.`
    )
  }
  return { kind: 'none' }
}

/** `LABEL: ID` per line; each ID valid, no ID given for two orgs. Messages name labels, never IDs. */
function orgExternalIds(text: string): OrgExternalId[] {
  let entries
  try {
    entries = parseLabelledLines(text)
  } catch (error) {
    if (error instanceof LabelledLinesError) {
      throw new InputError('external-ids', `${error.message} Write one 'LABEL: ID' per line.`)
    }
    throw error
  }
  if (entries.length === 0) throw new InputError('external-ids', "give at least one 'LABEL: ID' line.")
  const orgs: OrgExternalId[] = []
  for (const { label, value } of entries) {
    const problem = externalIdProblem(value)
    if (problem) throw new InputError('external-ids', `the external ID of ${label} ${problem}.`)
    const twin = orgs.find((org) => org.id === value)
    if (twin) {
      throw new InputError(
        'external-ids',
        `${twin.label} and ${label} have the same external ID: each Salesforce org has its own.`
      )
    }
    orgs.push({ label, id: value })
  }
  return orgs
}

/**
 * Pins the ID(s) a reviewer approved, and stops a run whose secret holds another: before any AWS
 * call. One fingerprint with external-id, one `LABEL: fingerprint` per org with external-ids.
 */
function expectedFingerprintInput(
  value: string,
  mode: string,
  externalId: ExternalIdInput
): ExpectedFingerprint | null {
  if (value === '') return null
  if (mode === 'disable') {
    throw new InputError(
      'expected-fingerprint',
      "applies to the modes that use an ID (plan, apply, check), not 'disable'."
    )
  }
  switch (externalId.kind) {
    case 'generate':
      throw new InputError(
        'expected-fingerprint',
        'cannot be used with generate-external-id: a generated ID is new on every run, so no reviewer can approve it beforehand.'
      )
    case 'none':
      return null
    case 'given': {
      const expected = singleFingerprint(value)
      const mismatch = fingerprintMismatch(externalId.id, expected)
      if (mismatch !== null) throw new InputError('expected-fingerprint', mismatchMessage([mismatch]))
      return { kind: 'single', fingerprint: expected }
    }
    case 'orgs': {
      const byLabel = labelledFingerprints(value, externalId.orgs)
      const mismatches = externalId.orgs.flatMap((org) => {
        const mismatch = fingerprintMismatch(org.id, byLabel[org.label] ?? '')
        return mismatch === null ? [] : [`${org.label}: ${mismatch}`]
      })
      if (mismatches.length > 0) throw new InputError('expected-fingerprint', mismatchMessage(mismatches))
      return { kind: 'orgs', byLabel }
    }
  }
}

function mismatchMessage(mismatches: string[]): string {
  return `${mismatches.join('; ')}. Nothing was read or changed. If the secret was rotated on purpose, change expected-fingerprint in the workflow through a reviewed pull request.`
}

function singleFingerprint(value: string): string {
  if (!isFingerprint(value)) {
    throw new InputError(
      'expected-fingerprint',
      `'${value}' is not a fingerprint: give sha256: and 12 hex digits, as the external-id-fingerprint output and the plan comment show it (one 'LABEL: sha256:…' per line only with external-ids).`
    )
  }
  return value.toLowerCase()
}

/** `LABEL: sha256:…` per line, exactly the labels of external-ids. */
function labelledFingerprints(text: string, orgs: readonly OrgExternalId[]): Record<string, string> {
  let entries
  try {
    entries = parseLabelledLines(text)
  } catch (error) {
    if (error instanceof LabelledLinesError) {
      throw new InputError(
        'expected-fingerprint',
        `${error.message} With external-ids, write one 'LABEL: sha256:…' per org.`
      )
    }
    throw error
  }
  const byLabel: Record<string, string> = {}
  for (const { label, value } of entries) {
    if (!orgs.some((org) => org.label === label)) {
      throw new InputError(
        'expected-fingerprint',
        `${label} is not a label of external-ids (${orgs.map((org) => org.label).join(', ')}).`
      )
    }
    if (!isFingerprint(value)) {
      throw new InputError(
        'expected-fingerprint',
        `the value of ${label} is not a fingerprint: give sha256: and 12 hex digits.`
      )
    }
    byLabel[label] = value.toLowerCase()
  }
  const missing = orgs.filter((org) => byLabel[org.label] === undefined).map((org) => org.label)
  if (missing.length > 0) {
    throw new InputError(
      'expected-fingerprint',
      `no fingerprint for ${missing.join(', ')}: give one line per org.`
    )
  }
  return byLabel
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[], required = false): T {
  if (value === '' && required) {
    throw new InputError(name, `is required. Accepted values: ${accepted.join(', ')}.`)
  }
  if (!(accepted as readonly string[]).includes(value)) {
    throw new InputError(name, `'${value}' is not supported. Accepted values: ${accepted.join(', ')}.`)
  }
  return value as T
}

function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw new InputError(name, `'${value}' is not a boolean. Accepted values: true, false.`)
}

function integerInput(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}.`)
  }
  return Number(value)
}

function durationInput(name: string, value: string): number | null {
  if (value === '') return null
  const match = DURATION.exec(value)
  if (!match || Number(match[1]) === 0) {
    throw new InputError(
      name,
      `'${value}' is not a duration. Use a number and a unit s, m, h, d or w, e.g. 90d.`
    )
  }
  const seconds = Number(match[1]) * (DURATION_SECONDS[match[2] as string] as number)
  if (seconds > MAX_DURATION_SECONDS) {
    throw new InputError(name, `'${value}' is longer than 10 years (3650d); use at most 3650d.`)
  }
  return seconds
}

function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function accountList(name: string, value: string): string[] {
  const accounts = splitList(value)
  const bad = accounts.find((account) => !ACCOUNT_ID.test(account))
  if (bad !== undefined) throw new InputError(name, `'${bad}' is not a 12-digit AWS account ID.`)
  return [...new Set(accounts)]
}

function callCenterList(value: string): string[] {
  const names = splitList(value)
  const bad = names.find((name) => !CALL_CENTER.test(name))
  if (bad !== undefined) {
    throw new InputError(
      'call-center-api-name',
      `'${bad}' is not a CallCenterApiName (letters, digits and _+=,.@-).`
    )
  }
  // IAM role names are case-insensitive: `acme` and `ACME` name the same roles.
  const folded = names.map((name) => name.toLowerCase())
  const index = folded.findIndex((name, position) => folded.indexOf(name) !== position)
  if (index !== -1) {
    const [duplicate, first] = [
      names[index] as string,
      names[folded.indexOf(folded[index] as string)] as string
    ]
    throw new InputError(
      'call-center-api-name',
      duplicate === first
        ? `'${duplicate}' is listed twice.`
        : `'${first}' and '${duplicate}' name the same roles (IAM role names are case-insensitive): list it once.`
    )
  }
  return names
}

/** `role-arns` lines override the default names; the type decides which logical roles exist. */
function resolveRoleSpecs(type: ContactCenterType, callCenters: string[], overridesText: string): RoleSpec[] {
  const overrides = parseOverrides(type, overridesText)
  const perCallCenterRoles = logicalRolesOf(type).filter(isPerCallCenter)
  const needsCallCenters = perCallCenterRoles.some(
    (role) => overrides.get(role)?.includes(CALL_CENTER_PLACEHOLDER) ?? true
  )
  if (needsCallCenters && callCenters.length === 0) {
    throw new InputError(
      'call-center-api-name',
      `is required for contact center type '${type}': give one or more CallCenterApiName values (comma or newline separated), or name ${perCallCenterRoles.join(' and ')} in role-arns without {call-center}.`
    )
  }
  const roles = expandRoles(type, callCenters, (role) => overrides.get(role) ?? defaultRoleName(role))
  // A bad name comes from the override when there is one, else from the call center name.
  const overridden = new Set<string>(overrides.keys())
  for (const role of roles)
    checkRoleName(role, overridden.has(role.logicalRole) ? 'role-arns' : 'call-center-api-name')
  return roles
}

function parseOverrides(type: ContactCenterType, text: string): Map<LogicalRole, string> {
  const overrides = new Map<LogicalRole, string>()
  const used = logicalRolesOf(type)
  for (const line of text.split('\n').map((item) => item.trim())) {
    if (line === '' || line.startsWith('#')) continue
    const separator = line.indexOf('=')
    const logicalRole = line.slice(0, Math.max(separator, 0)).trim()
    const value = line.slice(separator + 1).trim()
    if (separator <= 0 || value === '') {
      throw new InputError('role-arns', `'${line}' is not LogicalRole=role-name-or-arn.`)
    }
    if (!isLogicalRole(logicalRole) || !used.includes(logicalRole)) {
      throw new InputError(
        'role-arns',
        `'${logicalRole}' is not a role of contact center type '${type}'. Accepted: ${used.join(', ')}.`
      )
    }
    if (overrides.has(logicalRole)) throw new InputError('role-arns', `${logicalRole} is given twice.`)
    if (value.includes(CALL_CENTER_PLACEHOLDER) && !isPerCallCenter(logicalRole)) {
      throw new InputError(
        'role-arns',
        `${logicalRole} is one role for all call centers: {call-center} cannot be used in it.`
      )
    }
    if (value.startsWith('arn:') && !ROLE_ARN.test(value.split(CALL_CENTER_PLACEHOLDER).join('x'))) {
      throw new InputError(
        'role-arns',
        `${logicalRole}: '${value}' is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME, PARTITION one of ${PARTITIONS.join(', ')}).`
      )
    }
    overrides.set(logicalRole, value)
  }
  return overrides
}

/** The input a role comes from, for error messages about its ARN. */
export function roleInput(role: RoleSpec): 'extra-roles' | 'role-arns' {
  return role.logicalRole === EXTRA_ROLE ? 'extra-roles' : 'role-arns'
}

/** `extra-roles`: one role name or ARN per line, `{call-center}` expanded; none may repeat a role of the run. */
function resolveExtraRoles(text: string, callCenters: string[], typeRoles: RoleSpec[]): RoleSpec[] {
  const templates = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  for (const template of templates) {
    if (template.startsWith('arn:') && !ROLE_ARN.test(template.split(CALL_CENTER_PLACEHOLDER).join('x'))) {
      throw new InputError(
        'extra-roles',
        `'${template}' is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME, PARTITION one of ${PARTITIONS.join(', ')}).`
      )
    }
    if (template.includes(CALL_CENTER_PLACEHOLDER) && callCenters.length === 0) {
      throw new InputError(
        'extra-roles',
        `'${template}' uses {call-center}, which needs call-center-api-name.`
      )
    }
  }
  const extra = expandExtraRoles(templates, callCenters)
  const seen = new Map(typeRoles.map((role) => [role.roleName.toLowerCase(), role.logicalRole]))
  for (const role of extra) {
    checkRoleName(role, 'extra-roles')
    // IAM role names are unique regardless of case: the same role must not be managed twice.
    const already = seen.get(role.roleName.toLowerCase())
    if (already !== undefined) {
      throw new InputError(
        'extra-roles',
        already === EXTRA_ROLE
          ? `the role ${role.roleName} is listed twice.`
          : `the role ${role.roleName} is already managed as ${already}: list only roles outside the contact center type.`
      )
    }
    seen.set(role.roleName.toLowerCase(), EXTRA_ROLE)
  }
  return extra
}

function checkRoleName(role: RoleSpec, input: string): void {
  if (!ROLE_NAME.test(role.roleName)) {
    throw new InputError(
      input,
      `the role name '${role.roleName}' (${role.logicalRole}) is not a valid IAM role name (1 to 64 characters of letters, digits and _+=,.@-).`
    )
  }
}

function checkAllowedAccounts(roles: RoleSpec[], allowed: string[]): void {
  if (allowed.length === 0) return
  for (const role of roles) {
    const account = role.arn === null ? null : (ROLE_ARN.exec(role.arn)?.[2] ?? null)
    if (account !== null && !allowed.includes(account)) {
      throw new InputError(
        roleInput(role),
        `${role.arn} is in account ${account}, which is not in allowed-account-ids.`
      )
    }
  }
}
