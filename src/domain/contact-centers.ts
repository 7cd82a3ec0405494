/**
 * The domain table: which IAM roles Salesforce assumes for each contact center type, and the
 * names Salesforce's CloudFormation templates give them.
 */

export const CONTACT_CENTER_TYPES = ['new-instance', 'existing-instance', 'xml-import'] as const
export type ContactCenterType = (typeof CONTACT_CENTER_TYPES)[number]

export const LOGICAL_ROLES = [
  'SCVProvisioningRole',
  'AmazonConnectManagementRole',
  'UpdateCredentialRole',
  'InstanceRecordingRole',
  'SCVS3Role'
] as const
export type LogicalRole = (typeof LOGICAL_ROLES)[number]

const ROLES_BY_TYPE: Record<ContactCenterType, readonly LogicalRole[]> = {
  'new-instance': [
    'SCVProvisioningRole',
    'AmazonConnectManagementRole',
    'InstanceRecordingRole',
    'SCVS3Role'
  ],
  'existing-instance': [
    'SCVProvisioningRole',
    'AmazonConnectManagementRole',
    'InstanceRecordingRole',
    'SCVS3Role'
  ],
  'xml-import': ['AmazonConnectManagementRole', 'UpdateCredentialRole', 'InstanceRecordingRole', 'SCVS3Role']
}

/** Roles created once per call center (their names carry the CallCenterApiName). */
const PER_CALL_CENTER: ReadonlySet<LogicalRole> = new Set(['InstanceRecordingRole', 'SCVS3Role'])

/** Default names, as Salesforce's templates create them. `{call-center}` is the CallCenterApiName. */
const DEFAULT_ROLE_NAMES: Record<LogicalRole, string> = {
  SCVProvisioningRole: 'SCVProvisioningRole',
  AmazonConnectManagementRole: 'SCVAmazonConnectManagementRole',
  UpdateCredentialRole: 'SCVUpdateCredentialRole',
  InstanceRecordingRole: '{call-center}-ConnectCallRole',
  SCVS3Role: '{call-center}-SCVS3Role'
}

export const CALL_CENTER_PLACEHOLDER = '{call-center}'

export function isContactCenterType(value: string): value is ContactCenterType {
  return CONTACT_CENTER_TYPES.some((type) => type === value)
}

export function isLogicalRole(value: string): value is LogicalRole {
  return LOGICAL_ROLES.some((role) => role === value)
}

export function logicalRolesOf(type: ContactCenterType): readonly LogicalRole[] {
  return ROLES_BY_TYPE[type]
}

export function isPerCallCenter(role: LogicalRole): boolean {
  return PER_CALL_CENTER.has(role)
}

export function defaultRoleName(role: LogicalRole): string {
  return DEFAULT_ROLE_NAMES[role]
}

/**
 * A role the user adds with `extra-roles` (e.g. `<cc>-SCVTenantBucketWriteAccessRole`, which Salesforce's
 * templates create but its help page does not list): managed exactly like the type's roles.
 */
export const EXTRA_ROLE = 'ExtraRole'
export type RoleKind = LogicalRole | typeof EXTRA_ROLE

/** One role of the run, before the account is known: a name, or a full ARN from an override. */
export interface RoleSpec {
  logicalRole: RoleKind
  /** The CallCenterApiName for per-call-center roles; null for shared roles. */
  callCenter: string | null
  roleName: string
  /** Set when the override gave a full ARN. */
  arn: string | null
}

/** A role with its full ARN, once the caller's account and partition are known. */
export interface RoleTarget extends RoleSpec {
  arn: string
}

/**
 * Expands the type's logical roles into concrete roles: shared roles once, per-call-center roles
 * once per call center. `nameFor` gives the name (or ARN) template of a logical role.
 */
export function expandRoles(
  type: ContactCenterType,
  callCenters: readonly string[],
  nameFor: (role: LogicalRole) => string
): RoleSpec[] {
  const specs: RoleSpec[] = []
  for (const logicalRole of logicalRolesOf(type)) {
    const template = nameFor(logicalRole)
    // A per-call-center template without {call-center} names one role, needed even with no call center.
    const perCallCenter =
      isPerCallCenter(logicalRole) && (template.includes(CALL_CENTER_PLACEHOLDER) || callCenters.length > 0)
    const centers = perCallCenter ? callCenters : [null]
    for (const callCenter of centers) {
      const value = callCenter === null ? template : template.split(CALL_CENTER_PLACEHOLDER).join(callCenter)
      const arn = value.startsWith('arn:') ? value : null
      const roleName = arn === null ? value : roleNameFromArn(arn)
      specs.push({ logicalRole, callCenter: isPerCallCenter(logicalRole) ? callCenter : null, roleName, arn })
    }
  }
  return dedupeByName(specs)
}

/**
 * The roles named in `extra-roles`: a template with `{call-center}` gives one role per call center,
 * one without gives one role.
 */
export function expandExtraRoles(templates: readonly string[], callCenters: readonly string[]): RoleSpec[] {
  return templates.flatMap((template) => {
    const centers = template.includes(CALL_CENTER_PLACEHOLDER) ? callCenters : [null]
    return centers.map((callCenter) => {
      const value = callCenter === null ? template : template.split(CALL_CENTER_PLACEHOLDER).join(callCenter)
      const arn = value.startsWith('arn:') ? value : null
      return {
        logicalRole: EXTRA_ROLE,
        callCenter,
        roleName: arn === null ? value : roleNameFromArn(arn),
        arn
      }
    })
  })
}

/** The name part of `arn:PARTITION:iam::ACCOUNT:role/path/name`. */
export function roleNameFromArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':')
  return resource.slice(resource.lastIndexOf('/') + 1)
}

export function roleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`
}

/** An override without {call-center} for a per-call-center role names one role for all call centers. */
function dedupeByName(specs: RoleSpec[]): RoleSpec[] {
  const seen = new Set<string>()
  return specs.filter((spec) => {
    const key = spec.arn ?? spec.roleName
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
