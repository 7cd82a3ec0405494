import { InputError, roleInput } from './inputs.js'
import type { Connection } from '../aws/credentials.js'
import { AWS_CONCURRENCY, mapBounded } from '../aws/bounded.js'
import { createIamClient, preloadIamClient, type AwsClients } from '../aws/clients.js'
import type { WarmConnections } from '../aws/warm-connections.js'
import type { CallerIdentity } from '../aws/credentials.js'
import { logCallsForDebug } from '../aws/debug-log.js'
import { explainAwsError } from '../aws/errors.js'
import { errorCode } from '../aws/retry.js'
import { listRoles, readRole, type StoredRole } from '../aws/roles.js'
import type { AuditResult } from '../domain/audit.js'
import { roleArn, type RoleTarget } from '../domain/contact-centers.js'
import { trustScope, type Settings } from '../domain/settings.js'
import { parseArn } from '../policy/arn.js'
import type { Aws, RolesRead } from '../transaction/change.js'

/** What every mode starts from: the clients, each role of the run as IAM holds it, and the audit. */
export interface AccountRead {
  aws: Aws
  roles: RolesRead
  /**
   * Settles (never rejects) on its own time: ListRoles pages through the whole account, 100 roles a
   * request, and every role listed is analysed. Only audit: fail may stop a change, so only then
   * does the change wait for it.
   */
  audit: Promise<AuditResult>
}

/**
 * The reads of every run, sent as soon as the connection's account is checked: one GetRole per role
 * and, unless audit is off, ListRoles beside them, on the IAM connections `warm` opened meanwhile;
 * resolves once the roles are read. They need no @actions/core, so src/action/start.ts sends them
 * while main.ts and core still load. Logging is main's, once they are done.
 */
export async function readAccount(
  settings: Settings,
  connection: Promise<Connection>,
  warm: WarmConnections | null = null
): Promise<AccountRead> {
  preloadIamClient()
  const { sts, credentials, identity } = await connection
  const iam = await createIamClient({ region: settings.awsRegion, credentials, warm })
  const clients = { sts, iam }
  logCallsForDebug(clients)
  const aws = { clients, identity }
  const targets = resolveTargets(settings, identity)
  const reading = readRoles(clients, targets)
  const audit = auditAccount(settings, clients, targets)
  return { aws, roles: await reading, audit }
}

/** IAM reaches only the caller's own account: a role ARN of another account is refused here. */
function resolveTargets(settings: Settings, identity: CallerIdentity): RoleTarget[] {
  return settings.roles.map((spec) => {
    if (spec.arn === null)
      return { ...spec, arn: roleArn(identity.partition, identity.accountId, spec.roleName) }
    const arn = parseArn(spec.arn)
    if (arn?.account !== identity.accountId || arn.partition !== identity.partition) {
      throw new InputError(
        roleInput(spec),
        `${spec.arn} is not in the account of the credentials (${identity.accountId}, partition ${identity.partition}). Run the action once per account.`
      )
    }
    return { ...spec, arn: spec.arn }
  })
}

async function readRoles(clients: AwsClients, targets: RoleTarget[]): Promise<RolesRead> {
  const read = await mapBounded(targets, AWS_CONCURRENCY, (target) => readRole(clients.iam, target))
  return {
    stored: read.filter((role): role is StoredRole => role !== null),
    current: targets.map((target, index) => ({
      target,
      document: read[index]?.document ?? null,
      tags: read[index]?.tags ?? {}
    }))
  }
}

/**
 * The audit (unless off): every role of the account from ListRoles, less the run's own, that
 * Salesforce's account can assume without an ID. Never fails the run by itself.
 */
async function auditAccount(
  settings: Settings,
  clients: AwsClients,
  targets: RoleTarget[]
): Promise<AuditResult> {
  if (settings.audit === 'off') return { status: 'off' }
  try {
    const listed = await listRoles(clients.iam)
    // When ListRoles answers with the GetRoles, the plan and the writes they lead to go first.
    await new Promise((resolve) => setImmediate(resolve))
    const managed = targets.map((target) => target.roleName)
    // Loaded here, not with the reads: the decision's automata must not hold the first IAM requests.
    const { findUnmanagedOpenRoles } = await import('../domain/audit.js')
    const roles = findUnmanagedOpenRoles(listed, managed, trustScope(settings))
    return { status: 'done', roles, listed: listed.length }
  } catch (error) {
    const reason =
      errorCode(error) === 'AccessDenied'
        ? `The audit needs iam:ListRoles, which the credentials lack: grant it (see "Permissions of the automation role" in docs/permissions.md) or set audit: off.`
        : `The audit could not list the roles of the account: ${explainAwsError(error)}`
    return { status: 'unavailable', reason }
  }
}
