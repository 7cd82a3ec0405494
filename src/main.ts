import * as core from '@actions/core'
import { TrustTransaction, WriteError, type RestoreAccount } from './apply.js'
import { writeBackup } from './backup.js'
import { runCanary } from './canary.js'
import { roleArn, type RoleTarget } from './contact-centers.js'
import { detectDrift } from './drift.js'
import { fingerprint, generateExternalId } from './external-id.js'
import { InputError, readSettings } from './inputs.js'
import { planRoles, previousExternalIds, type CurrentRole, type PlannedRole } from './plan.js'
import type { DriftFinding, Report, Result } from './plan-types.js'
import { acceptedExternalIds } from './policy/external-id-condition.js'
import { mapBounded, AWS_CONCURRENCY } from './bounded.js'
import { createAwsClients, type AwsClients } from './aws/clients.js'
import {
  assumeRoleWithOidc,
  callerIdentity,
  defaultSessionName,
  type CallerIdentity
} from './aws/credentials.js'
import { explainAwsError } from './aws/errors.js'
import { readRole, type StoredRole } from './aws/roles.js'
import { createRedactor } from './report/redact.js'
import { publishReport } from './report/publish.js'
import { readRunContext } from './run-context.js'
import type { Settings } from './settings.js'
import { simulate } from './simulate.js'
import { readBack, VerificationError } from './verify.js'

/** A failure that already has its report; the run ends with it after publishing. */
class RunFailure extends Error {}

interface Outcome {
  result: Result | 'failed'
  plans: PlannedRole[]
  drift: DriftFinding[]
  warnings: string[]
  errors: string[]
  backupFile: string | null
}

/**
 * inputs -> credentials -> read roles -> plan -> apply -> verify -> report.
 * Every secret is masked as soon as it is known, and every text shown passes the redactor.
 */
export async function run(): Promise<void> {
  const secrets: string[] = []
  const redact = (text: string) => createRedactor(secrets)(text)
  try {
    const settings = readSettings()
    const context = readRunContext(settings)
    const externalId = chooseExternalId(settings, secrets)
    const aws = await connect(settings)
    const targets = resolveTargets(settings, aws.identity)
    const roles = await readRoles(aws.clients, targets)
    maskPreviousIds(roles, settings, secrets)

    const outcome = await execute(settings, externalId, aws, roles)
    const report: Report = {
      result: outcome.result,
      mode: settings.mode,
      accountId: aws.identity.accountId,
      contactCenterType: settings.contactCenterType,
      callCenters: settings.callCenters,
      fingerprint: externalId === null ? null : fingerprint(externalId),
      roles: outcome.plans,
      drift: outcome.drift,
      warnings: outcome.warnings,
      errors: outcome.errors.map(redact),
      secrets,
      run: { sha: context.sha, runUrl: context.runUrl, time: new Date() }
    }
    setOutputs(outcome)
    const commentUrl = await publishReport(report, context, settings.githubToken)
    if (commentUrl !== null) core.setOutput('comment-url', commentUrl)
    if (outcome.errors.length > 0 || outcome.result === 'drift') {
      throw new RunFailure(
        outcome.errors.length > 0 ? outcome.errors.join('\n') : 'Drift detected: see the job summary.'
      )
    }
  } catch (error) {
    core.setFailed(redact(describe(error)))
  }
}

function describe(error: unknown): string {
  if (error instanceof InputError || error instanceof RunFailure) return error.message
  if (error instanceof Error && error.name !== 'Error' && !('$metadata' in error)) return error.message
  return explainAwsError(error)
}

/** The ID of the run: given (already masked by readSettings) or generated here and masked first. */
function chooseExternalId(settings: Settings, secrets: string[]): string | null {
  let externalId = settings.externalId
  if (settings.generateExternalId) {
    externalId = generateExternalId()
    core.setSecret(externalId)
    core.setOutput('external-id', externalId)
  }
  if (externalId === null) return null
  secrets.push(externalId)
  core.setOutput('external-id-fingerprint', fingerprint(externalId))
  core.info(`External ID ${fingerprint(externalId)}${settings.generateExternalId ? ' (generated)' : ''}`)
  return externalId
}

async function connect(settings: Settings): Promise<{ clients: AwsClients; identity: CallerIdentity }> {
  let clients = createAwsClients({ region: settings.awsRegion })
  if (settings.roleToAssume !== null) {
    const credentials = await assumeRoleWithOidc(clients.sts, {
      roleArn: settings.roleToAssume,
      audience: settings.audience,
      sessionName: settings.roleSessionName ?? defaultSessionName()
    })
    clients = createAwsClients({ region: settings.awsRegion, credentials })
  }
  const identity = await callerIdentity(clients.sts)
  core.info(`AWS account ${identity.accountId} as ${identity.arn}`)
  if (settings.allowedAccountIds.length > 0 && !settings.allowedAccountIds.includes(identity.accountId)) {
    throw new InputError(
      'allowed-account-ids',
      `the credentials are for account ${identity.accountId}, which is not allowed (${settings.allowedAccountIds.join(', ')}). Nothing was read or changed.`
    )
  }
  return { clients, identity }
}

/** IAM reaches only the caller's own account: a role ARN of another account is refused here. */
function resolveTargets(settings: Settings, identity: CallerIdentity): RoleTarget[] {
  return settings.roles.map((spec) => {
    if (spec.arn !== null) {
      const [, partition, , , account] = spec.arn.split(':')
      if (account !== identity.accountId || partition !== identity.partition) {
        throw new InputError(
          'role-arns',
          `${spec.arn} is not in the account of the credentials (${identity.accountId}, partition ${identity.partition}). Run the action once per account.`
        )
      }
      return { ...spec, arn: spec.arn }
    }
    return { ...spec, arn: roleArn(identity.partition, identity.accountId, spec.roleName) }
  })
}

interface ReadRoles {
  current: CurrentRole[]
  stored: StoredRole[]
}

async function readRoles(clients: AwsClients, targets: RoleTarget[]): Promise<ReadRoles> {
  core.info(`Reading ${targets.length} roles`)
  const read = await mapBounded(targets, AWS_CONCURRENCY, (target) => readRole(clients.iam, target))
  const stored = read.filter((role): role is StoredRole => role !== null)
  const current = targets.map((target, index) => {
    const role = read[index] ?? null
    return { target, document: role?.document ?? null, tags: role?.tags ?? {} }
  })
  return { current, stored }
}

/** The IDs the roles accept today are as secret as the new one. */
function maskPreviousIds(roles: ReadRoles, settings: Settings, secrets: string[]): void {
  for (const id of previousExternalIds(roles.current, {
    salesforceAccountIds: settings.salesforceAccountIds
  })) {
    if (!secrets.includes(id)) {
      core.setSecret(id)
      secrets.push(id)
    }
  }
}

async function execute(
  settings: Settings,
  externalId: string | null,
  aws: { clients: AwsClients; identity: CallerIdentity },
  roles: ReadRoles
): Promise<Outcome> {
  const scope = { salesforceAccountIds: settings.salesforceAccountIds }
  const now = new Date()
  const empty: Outcome = {
    result: 'failed',
    plans: [],
    drift: [],
    warnings: [],
    errors: [],
    backupFile: null
  }

  if (settings.mode === 'check') {
    const drift = detectDrift(roles.current, {
      externalId: externalId as string,
      scope,
      maxAgeSeconds: settings.maxAgeSeconds,
      now
    })
    for (const finding of drift) {
      core.error(`${finding.role.roleName}: ${finding.detail}`, { title: `Drift (${finding.kind})` })
    }
    const plans = planRoles(roles.current, { ...settings, externalId, scope, now, rotation: 'replace' })
    return { ...empty, result: drift.length > 0 ? 'drift' : 'in-sync', plans, drift }
  }

  const plans = planRoles(roles.current, { ...settings, externalId, scope, now })
  const warnings =
    settings.mode === 'disable'
      ? [
          'Disable removes the sts:ExternalId condition: any principal of the Salesforce account can assume these roles again (the confused-deputy problem). Set a new external ID soon.'
        ]
      : []
  for (const plan of plans)
    core.info(`${plan.role.roleName}: ${plan.change}${plan.error ? ` (${plan.error})` : ''}`)
  const failedPlans = plans.filter((plan) => plan.error !== null)
  if (failedPlans.length > 0) {
    return { ...empty, plans, warnings, errors: failedPlans.map((plan) => plan.error as string) }
  }
  const changed = plans.filter((plan) => plan.change !== 'unchanged')
  if (settings.mode === 'plan') {
    return { ...empty, plans, warnings, result: changed.length > 0 ? 'planned' : 'no-change' }
  }
  const tagged = plans.filter((plan) => plan.tagChanges !== null)
  if (changed.length === 0 && tagged.length === 0) return { ...empty, plans, warnings, result: 'no-change' }

  const touched = roles.stored.filter((role) =>
    [...changed, ...tagged].some((plan) => plan.role.arn === role.target.arn)
  )
  const backupFile = writeBackup(aws.identity.accountId, touched)
  core.info(`Original trust policies saved to ${backupFile}`)
  const rollbackWindow = Math.max(settings.verifyTimeoutSeconds, 30) * 1000
  const transaction = new TrustTransaction(aws.clients.iam, touched, {
    concurrency: AWS_CONCURRENCY,
    deadline: () => Date.now() + rollbackWindow
  })
  try {
    await transaction.writePolicies(changed)
    await verifyApplied(settings, externalId, aws, transaction, plans, changed)
    await transaction.writeTags(tagged)
  } catch (error) {
    const reason = describeFailure(error)
    core.error(reason, { title: 'Apply failed: rolling back' })
    const accounts = await transaction.rollback()
    return {
      ...empty,
      result: 'rolled-back',
      plans: markRolledBack(plans, accounts),
      warnings,
      errors: [reason, ...restoreErrors(accounts, backupFile)],
      backupFile
    }
  }
  return {
    ...empty,
    plans,
    warnings,
    backupFile,
    result: settings.mode === 'disable' ? 'disabled' : 'changed'
  }
}

async function verifyApplied(
  settings: Settings,
  externalId: string | null,
  aws: { clients: AwsClients; identity: CallerIdentity },
  transaction: TrustTransaction,
  plans: PlannedRole[],
  changed: PlannedRole[]
): Promise<void> {
  if (settings.verify === 'none' || changed.length === 0) return
  const scope = { salesforceAccountIds: settings.salesforceAccountIds }
  const deadline = Date.now() + settings.verifyTimeoutSeconds * 1000
  await readBack(
    aws.clients.iam,
    changed.map((plan) => ({ target: plan.role, document: plan.after! })),
    { deadline }
  )
  const problems = simulate(
    plans.map((plan) => ({
      target: plan.role,
      before: plan.before!,
      after: plan.after!,
      alsoAccepted: acceptedExternalIds(plan.after!, scope).filter((id) => id !== externalId)
    })),
    { scope, externalId }
  )
  if (problems.length > 0) throw new VerificationError(`Verification failed: ${problems.join(' ')}`)
  core.info(`Verified ${plans.length} trust policies by simulation`)
  if (settings.verify === 'assume') {
    await runCanary(aws.clients, transaction, changed, {
      callerArn: aws.identity.arn,
      externalId,
      maxPolicySize: settings.maxPolicySize,
      deadline,
      concurrency: AWS_CONCURRENCY
    })
    core.info(`Verified ${changed.length} roles with a real sts:AssumeRole`)
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof WriteError) {
    return error.failures
      .map((failure) => `${failure.roleName}: ${explainAwsError(failure.error)}`)
      .join('\n')
  }
  return describe(error)
}

function markRolledBack(plans: PlannedRole[], accounts: RestoreAccount[]): PlannedRole[] {
  return plans.map((plan) => {
    const account = accounts.find((item) => item.roleName === plan.role.roleName)
    if (account?.state !== 'restore-failed') return plan
    return { ...plan, change: 'error', error: `restore failed: ${account.detail}` }
  })
}

function restoreErrors(accounts: RestoreAccount[], backupFile: string): string[] {
  const failed = accounts.filter((account) => account.state === 'restore-failed')
  if (failed.length === 0) {
    const restored = accounts
      .filter((account) => account.state === 'restored')
      .map((account) => account.roleName)
    return [
      `Rolled back: ${restored.length > 0 ? restored.join(', ') + ' restored' : 'no role had been written'}; every role has its original trust policy.`
    ]
  }
  return failed.map(
    (account) =>
      `${account.roleName} could NOT be restored (${account.detail}). Its original trust policy is in ${backupFile}: restore it with aws iam update-assume-role-policy.`
  )
}

function setOutputs(outcome: Outcome): void {
  if (outcome.result !== 'failed') core.setOutput('result', outcome.result)
  const changed =
    outcome.result === 'rolled-back'
      ? []
      : outcome.plans.filter((plan) => !['unchanged', 'error'].includes(plan.change))
  core.setOutput('changed-roles', JSON.stringify(changed.map((plan) => plan.role.arn)))
  core.setOutput(
    'roles',
    JSON.stringify(
      outcome.plans.map((plan) => ({
        logicalRole: plan.role.logicalRole,
        callCenter: plan.role.callCenter,
        arn: plan.role.arn,
        change: outcome.result === 'rolled-back' && plan.change !== 'error' ? 'unchanged' : plan.change
      }))
    )
  )
  if (outcome.backupFile !== null) core.setOutput('backup-file', outcome.backupFile)
}
