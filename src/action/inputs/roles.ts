import {
  CALL_CENTER_PLACEHOLDER,
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
} from '../../domain/contact-centers.js'
import { InputError } from './input-error.js'
import { splitList } from './primitives.js'

const PARTITIONS = ['aws', 'aws-us-gov', 'aws-cn']
const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/(?:[\x21-\x7e]+\/)?([\w+=,.@-]{1,64})$/
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/
const CALL_CENTER = /^[\w+=,.@-]+$/

/** The call centers and the concrete roles of the run, every role inside allowed-account-ids. */
export function runRoles(
  type: ContactCenterType,
  texts: { callCenters: string; roleArns: string; extraRoles: string },
  allowedAccountIds: string[]
): { callCenters: string[]; roles: RoleSpec[] } {
  const callCenters = callCenterList(texts.callCenters)
  const typeRoles = resolveRoleSpecs(type, callCenters, texts.roleArns)
  const roles = [...typeRoles, ...resolveExtraRoles(texts.extraRoles, callCenters, typeRoles)]
  checkAllowedAccounts(roles, allowedAccountIds)
  return { callCenters, roles }
}

/** `role-to-assume`: a role ARN inside allowed-account-ids, or null to use the environment's credentials. */
export function roleToAssumeInput(value: string, allowedAccountIds: string[]): string | null {
  if (value === '') return null
  const account = ROLE_ARN.exec(value)?.[2]
  if (account === undefined) {
    throw new InputError(
      'role-to-assume',
      'must be a role ARN such as arn:aws:iam::123456789012:role/github-scv.'
    )
  }
  if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(account)) {
    throw new InputError('role-to-assume', `account ${account} is not in allowed-account-ids.`)
  }
  return value
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
  const firstByFolded = new Map<string, string>()
  for (const name of names) {
    const first = firstByFolded.get(name.toLowerCase())
    if (first !== undefined) {
      throw new InputError(
        'call-center-api-name',
        name === first
          ? `'${name}' is listed twice.`
          : `'${first}' and '${name}' name the same roles (IAM role names are case-insensitive): list it once.`
      )
    }
    firstByFolded.set(name.toLowerCase(), name)
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
