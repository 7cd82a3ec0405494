import { randomBytes } from 'node:crypto'
import { AwsError, noSuchRole } from './errors.js'
import { uniqueId, type CallerIdentity } from './identity.js'
import { principalDeleted } from './policy-grammar.js'

/** One stored trust policy and the moment IAM's replicas start to show it. */
export interface PolicyVersion {
  document: string
  visibleAt: number
}

export interface Role {
  accountId: string
  name: string
  path: string
  roleId: string
  arn: string
  createDate: number
  description: string | undefined
  maxSessionDuration: number
  /** In insertion order, as IAM lists them. */
  tags: Map<string, string>
  /** Oldest first; the last one is the current truth, earlier ones may still be what readers see. */
  versions: PolicyVersion[]
}

export interface NewRole {
  name: string
  path: string
  document: string
  description?: string
  maxSessionDuration?: number
  tags?: Iterable<[string, string]>
}

export interface AccessKey {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  identity: CallerIdentity
  expiresAt?: number
}

export const DEFAULT_POLICY_SIZE_QUOTA = 2048

/** Accounts with their roles, the access keys that map to principals, and the propagation window. */
export class EmulatorState {
  propagationDelayMs: number
  policySizeQuota: number
  private readonly accounts = new Map<string, Map<string, Role>>()
  private readonly keys = new Map<string, AccessKey>()

  constructor(options: { propagationDelayMs?: number; policySizeQuota?: number } = {}) {
    this.propagationDelayMs = options.propagationDelayMs ?? 0
    this.policySizeQuota = options.policySizeQuota ?? DEFAULT_POLICY_SIZE_QUOTA
  }

  /** IAM role names are unique regardless of case, and found regardless of case. */
  addRole(accountId: string, input: NewRole, now = Date.now()): Role {
    const roles = this.rolesOf(accountId)
    if (roles.has(input.name.toLowerCase())) {
      throw new AwsError('EntityAlreadyExists', 409, `Role with name ${input.name} already exists.`)
    }
    const role: Role = {
      accountId,
      name: input.name,
      path: input.path,
      roleId: uniqueId('AROA', 21),
      arn: `arn:aws:iam::${accountId}:role${input.path}${input.name}`,
      createDate: now,
      description: input.description,
      maxSessionDuration: input.maxSessionDuration ?? 3600,
      tags: new Map(input.tags ?? []),
      versions: [{ document: input.document, visibleAt: now }]
    }
    roles.set(input.name.toLowerCase(), role)
    return role
  }

  findRole(accountId: string, name: string): Role | undefined {
    return this.accounts.get(accountId)?.get(name.toLowerCase())
  }

  requireRole(accountId: string, name: string): Role {
    const role = this.findRole(accountId, name)
    if (!role) throw noSuchRole(name)
    return role
  }

  /** Sorted by name, the order IAM lists roles in. */
  listRoles(accountId: string): Role[] {
    return [...this.rolesOf(accountId).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, role]) => role)
  }

  /** Every trust policy that named the role shows its unique ID from now on (see principalDeleted). */
  removeRole(accountId: string, name: string): void {
    const removed = this.requireRole(accountId, name)
    this.rolesOf(accountId).delete(name.toLowerCase())
    for (const roles of this.accounts.values()) {
      for (const role of roles.values()) {
        for (const version of role.versions)
          version.document = principalDeleted(version.document, removed.arn, removed.roleId)
      }
    }
  }

  /** Stores a new trust policy that readers see only once `delayMs` has passed. */
  updateTrustPolicy(role: Role, document: string, now = Date.now(), delayMs = this.propagationDelayMs): void {
    role.versions.push({ document, visibleAt: now + delayMs })
    // Versions older than the newest visible one can no longer be seen; keep one previous for faults.
    while (role.versions.length > 2 && (role.versions[1]?.visibleAt ?? Infinity) <= now) role.versions.shift()
  }

  currentPolicy(role: Role): string {
    return (role.versions.at(-1) as PolicyVersion).document
  }

  /** What a reader sees now: the newest version whose propagation has completed. */
  visiblePolicy(role: Role, now = Date.now()): string {
    for (let index = role.versions.length - 1; index > 0; index--) {
      const version = role.versions[index] as PolicyVersion
      if (version.visibleAt <= now) return version.document
    }
    return (role.versions[0] as PolicyVersion).document
  }

  /** The trust policy as it was before the last update. */
  previousPolicy(role: Role): string {
    return (role.versions.at(-2) ?? (role.versions.at(-1) as PolicyVersion)).document
  }

  /** Long-term keys (AKIA...) or, with a session token, temporary ones (ASIA...). */
  issueKey(identity: CallerIdentity, options: { temporary: boolean; expiresAt?: number }): AccessKey {
    const key: AccessKey = {
      accessKeyId: uniqueId(options.temporary ? 'ASIA' : 'AKIA'),
      secretAccessKey: randomBytes(30).toString('base64').slice(0, 40),
      identity,
      ...(options.temporary ? { sessionToken: randomBytes(96).toString('base64') } : {}),
      ...(options.expiresAt !== undefined ? { expiresAt: options.expiresAt } : {})
    }
    this.keys.set(key.accessKeyId, key)
    return key
  }

  findKey(accessKeyId: string): AccessKey | undefined {
    return this.keys.get(accessKeyId)
  }

  private rolesOf(accountId: string): Map<string, Role> {
    let roles = this.accounts.get(accountId)
    if (!roles) this.accounts.set(accountId, (roles = new Map()))
    return roles
  }
}
