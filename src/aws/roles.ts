import {
  GetRoleCommand,
  ListRolesCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  type IAMClient,
  type Role
} from '@aws-sdk/client-iam'
import type { AuditedRole } from '../domain/audit.js'
import type { RoleTarget } from '../domain/contact-centers.js'
import {
  decodePolicyDocument,
  parsePolicyDocument,
  PolicyDocumentError,
  type PolicyDocument
} from '../policy/document.js'
import { errorCode, withRetry, type RetryOptions } from './retry.js'

/** A role as IAM holds it now. */
export interface StoredRole {
  target: RoleTarget
  /** The trust policy JSON exactly as IAM returned it (URL-decoded): what a restore writes back. */
  json: string
  document: PolicyDocument
  tags: Record<string, string>
  /** When IAM answered (ms since epoch): how fresh the read is for the concurrent-modification guard. */
  readAt: number
}

/** Retry settings, and a limit on each request (short while restoring inside a cancellation's grace). */
export type RetryOverrides = Partial<RetryOptions> & { requestTimeoutMs?: number }

type SendOptions = { abortSignal: AbortSignal } | undefined

/** One IAM call under the action's retry policy, each attempt limited as `retry` says. */
function retried<T>(
  label: string,
  retry: RetryOverrides,
  call: (options: SendOptions) => Promise<T>
): Promise<T> {
  const options = () =>
    retry.requestTimeoutMs === undefined
      ? undefined
      : { abortSignal: AbortSignal.timeout(retry.requestTimeoutMs) }
  return withRetry(() => call(options()), { ...retry, label })
}

/** GetRole, URL-decoded and parsed; null when the role does not exist. */
export async function readRole(
  iam: IAMClient,
  target: RoleTarget,
  retry: RetryOverrides = {}
): Promise<StoredRole | null> {
  let role: Role | undefined
  try {
    ;({ Role: role } = await retried(`GetRole ${target.roleName}`, retry, (options) =>
      iam.send(new GetRoleCommand({ RoleName: target.roleName }), options)
    ))
  } catch (error) {
    if (errorCode(error) === 'NoSuchEntity') return null
    throw namingRole(error, target.roleName)
  }
  const tags = Object.fromEntries((role?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']))
  try {
    const json = decodePolicyDocument(role?.AssumeRolePolicyDocument ?? '')
    return { target, json, document: parsePolicyDocument(json), tags, readAt: Date.now() }
  } catch (error) {
    // The document says what is wrong but not where it came from: name the role the account holds it on.
    if (error instanceof PolicyDocumentError) {
      throw new PolicyDocumentError(`Role ${target.roleName}: ${error.message}`)
    }
    throw error
  }
}

/** AWS's messages do not always say which role: prefix it, keeping the error's code and status. */
function namingRole(error: unknown, roleName: string): unknown {
  if (error instanceof Error && !error.message.startsWith(`${roleName}: `))
    error.message = `${roleName}: ${error.message}`
  return error
}

/** The role's ARN with its path, as a trust policy must name it; null when IAM does not say. */
export async function readRoleArn(iam: IAMClient, roleName: string): Promise<string | null> {
  const { Role } = await retried(`GetRole ${roleName}`, {}, (options) =>
    iam.send(new GetRoleCommand({ RoleName: roleName }), options)
  )
  return Role?.Arn ?? null
}

/** Sends plain (not URL-encoded), minified JSON, as IAM expects. */
export async function writeTrustPolicy(
  iam: IAMClient,
  roleName: string,
  policyJson: string,
  retry: RetryOverrides = {}
): Promise<void> {
  await retried(`UpdateAssumeRolePolicy ${roleName}`, retry, (options) =>
    iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: roleName, PolicyDocument: policyJson }), options)
  )
}

/** Sets the given tags and removes the keys given as null; one call for each kind that is needed. */
export async function writeTags(
  iam: IAMClient,
  roleName: string,
  tags: Record<string, string | null>,
  retry: RetryOverrides = {}
): Promise<void> {
  const set = Object.entries(tags).filter((entry): entry is [string, string] => entry[1] !== null)
  const unset = Object.entries(tags)
    .filter(([, value]) => value === null)
    .map(([key]) => key)
  if (set.length > 0) {
    const Tags = set.map(([Key, Value]) => ({ Key, Value }))
    await retried(`TagRole ${roleName}`, retry, (options) =>
      iam.send(new TagRoleCommand({ RoleName: roleName, Tags }), options)
    )
  }
  if (unset.length > 0) {
    await retried(`UntagRole ${roleName}`, retry, (options) =>
      iam.send(new UntagRoleCommand({ RoleName: roleName, TagKeys: unset }), options)
    )
  }
}

/** Every role of the account: ListRoles page by page (Marker, IsTruncated), each page retried on its own. */
export async function listRoles(iam: IAMClient, retry: Partial<RetryOptions> = {}): Promise<AuditedRole[]> {
  const roles: AuditedRole[] = []
  let marker: string | undefined
  do {
    const page = await retried('ListRoles', retry, (options) =>
      iam.send(new ListRolesCommand({ Marker: marker }), options)
    )
    for (const role of page.Roles ?? []) {
      if (role.Arn === undefined || role.RoleName === undefined) continue
      roles.push({ arn: role.Arn, roleName: role.RoleName, document: listedDocument(role) })
    }
    marker = page.IsTruncated === true ? page.Marker : undefined
  } while (marker !== undefined)
  return roles
}

/** A policy IAM holds but this parser refuses is left out of the audit rather than stopping it. */
function listedDocument(role: Role): PolicyDocument | null {
  try {
    return parsePolicyDocument(decodePolicyDocument(role.AssumeRolePolicyDocument ?? ''))
  } catch (error) {
    if (error instanceof PolicyDocumentError) return null
    throw error
  }
}
