/**
 * The audit: roles of the account that Salesforce's account can assume without an external ID and
 * that the run does not manage (e.g. `<cc>-SCVTenantBucketWriteAccessRole` and `SCVHealthCheckRole`
 * from Salesforce's templates). Reported, never changed: whether Salesforce sends the ID when
 * assuming them is not documented, so only the user can add them (extra-roles).
 */
import type { PolicyDocument } from '../policy/document.js'
import { analyseTrustPolicy, type TrustScope } from '../policy/analysis.js'
import { openToSalesforceWithoutId } from './decision.js'
import type { DriftFinding } from './findings.js'
import type { AuditMode } from './settings.js'

/** The permission the audit needs beyond the ones on the managed roles. */
export const AUDIT_PERMISSION = 'iam:ListRoles'

export interface AuditedRole {
  arn: string
  roleName: string
  /** Null when IAM holds a policy the action cannot parse: such a role is left out. */
  document: PolicyDocument | null
}

export interface UnmanagedRole {
  arn: string
  roleName: string
}

/** What the audit found: the roles, or why it could not look (e.g. no iam:ListRoles). */
export type AuditResult =
  | { status: 'off' }
  /** `listed`: how many roles the account holds, the run's own included. */
  | { status: 'done'; roles: UnmanagedRole[]; listed: number }
  | { status: 'unavailable'; reason: string }

/**
 * Pure: the roles, in the order given, that are not managed by the run (by name; IAM role names are
 * unique regardless of case) and that let a Salesforce principal assume them with no external ID.
 */
export function findUnmanagedOpenRoles(
  roles: readonly AuditedRole[],
  managedRoleNames: readonly string[],
  scope: TrustScope
): UnmanagedRole[] {
  const managed = new Set(managedRoleNames.map((name) => name.toLowerCase()))
  return roles
    .filter((role) => !managed.has(role.roleName.toLowerCase()))
    .filter((role) => role.document !== null && openToSalesforce(role.document, scope))
    .map(({ arn, roleName }) => ({ arn, roleName }))
}

/**
 * Whether any caller of a Salesforce account (its root, any user, role session or federated user,
 * on any path, inside or outside any organization) is allowed sts:AssumeRole without an external
 * ID: decided for all of them at once, as the guard does.
 */
export function openToSalesforce(document: PolicyDocument, scope: TrustScope): boolean {
  return openToSalesforceWithoutId(analyseTrustPolicy(document, scope)) !== null
}

/** `audit: fail` in check: each role found is drift. */
export function unmanagedRoleFindings(audit: AuditResult): DriftFinding[] {
  if (audit.status !== 'done') return []
  return audit.roles.map((role) => ({
    role,
    kind: 'unmanaged-role',
    detail:
      "Salesforce's account can assume this role without an external ID, and the run does not manage it: add it to extra-roles or remove its Salesforce statement."
  }))
}

/** Why `audit: fail` stops a plan, apply or disable before any write; null when it does not. */
export function auditRefusal(mode: AuditMode, audit: AuditResult): string | null {
  if (mode !== 'fail') return null
  if (audit.status === 'unavailable') return `audit: fail: ${audit.reason}`
  if (audit.status !== 'done' || audit.roles.length === 0) return null
  const names = audit.roles.map((role) => role.roleName).join(', ')
  return `audit: fail: ${audit.roles.length} role${audit.roles.length === 1 ? '' : 's'} outside this run let Salesforce's account assume them without an external ID (${names}). Nothing was changed: add them to extra-roles, remove their Salesforce statement, or set audit: warn.`
}
