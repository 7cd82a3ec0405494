import { randomBytes } from 'node:crypto'

/** Who a request is made by, with the values AWS puts in the request context. */
export interface CallerIdentity {
  /** The ARN GetCallerIdentity shows (for a role session: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION). */
  arn: string
  accountId: string
  /** aws:PrincipalArn: for a role session the role's ARN, otherwise the caller's ARN. */
  principalArn: string
  userId: string
  /** Role sessions may only chain into sessions of at most one hour. */
  roleSession: boolean
}

export interface RoleArn {
  partition: string
  accountId: string
  path: string
  name: string
}

const UPPER_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** An IAM unique ID such as AROA... (roles), AIDA... (users), AKIA/ASIA... (access keys). */
export function uniqueId(prefix: string, length = 20): string {
  const bytes = randomBytes(length - prefix.length)
  return prefix + [...bytes].map((byte) => UPPER_ALPHANUMERIC[byte % 32]).join('')
}

export function parseRoleArn(arn: string): RoleArn | null {
  const match = /^arn:(aws[a-z-]*):iam::(\d{12}):role(\/(?:[\x21-\x7e]*\/)?)([\w+=,.@-]+)$/.exec(arn)
  if (!match) return null
  const [, partition, accountId, path, name] = match as unknown as [string, string, string, string, string]
  return { partition, accountId, path, name }
}

/** The identity of a session of a role, as AssumeRole creates it. */
export function roleSessionIdentity(role: RoleArn & { roleId: string }, sessionName: string): CallerIdentity {
  return {
    arn: `arn:${role.partition}:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`,
    accountId: role.accountId,
    principalArn: `arn:${role.partition}:iam::${role.accountId}:role${role.path}${role.name}`,
    userId: `${role.roleId}:${sessionName}`,
    roleSession: true
  }
}

/**
 * The identity behind an arbitrary principal ARN: an account root, an IAM user, an IAM role (acting
 * through a session named "emulator") or an assumed-role session.
 */
export function identityForArn(arn: string): CallerIdentity {
  const role = parseRoleArn(arn)
  if (role) return roleSessionIdentity({ ...role, roleId: uniqueId('AROA', 21) }, 'emulator')
  const match = /^arn:(aws[a-z-]*):(iam|sts)::(\d{12}):(.+)$/.exec(arn)
  if (!match) throw new Error(`Not a principal ARN: ${arn}`)
  const [, partition, service, accountId, resource] = match as unknown as [
    string,
    string,
    string,
    string,
    string
  ]
  if (service === 'iam' && resource === 'root') {
    return { arn, accountId, principalArn: arn, userId: accountId, roleSession: false }
  }
  if (service === 'iam' && /^user\/(?:.*\/)?[\w+=,.@-]+$/.test(resource)) {
    return { arn, accountId, principalArn: arn, userId: uniqueId('AIDA', 21), roleSession: false }
  }
  const session = /^assumed-role\/([\w+=,.@-]+)\/([\w+=,.@-]+)$/.exec(resource)
  if (service === 'sts' && session) {
    const [, roleName, sessionName] = session as unknown as [string, string, string]
    return roleSessionIdentity(
      { partition, accountId, path: '/', name: roleName, roleId: uniqueId('AROA', 21) },
      sessionName
    )
  }
  throw new Error(`Not a principal ARN: ${arn}`)
}
