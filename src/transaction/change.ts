import * as core from '@actions/core'
import type { AwsClients } from '../aws/clients.js'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import type { CallerIdentity } from '../aws/credentials.js'
import { describeError } from '../aws/errors.js'
import type { StoredRole } from '../aws/roles.js'
import { idsOf } from '../domain/external-id.js'
import { planRoles, type PlanOptions } from '../domain/plan.js'
import { isReady, isWrite, type Outcome } from '../domain/plan-types.js'
import type { CurrentRole } from '../domain/plan.js'
import type { Settings } from '../domain/settings.js'
import { writeBackup } from './backup.js'
import { markRestoreFailures, rollbackErrors, TrustTransaction } from './transaction.js'
import { verifyApplied } from './verify.js'

export interface Aws {
  clients: AwsClients
  identity: CallerIdentity
}

export interface RolesRead {
  current: CurrentRole[]
  stored: StoredRole[]
}

const DISABLE_WARNING =
  'Disable removes the sts:ExternalId condition: any principal of the Salesforce account can assume these roles again (the confused-deputy problem). Set a new external ID soon.'

/**
 * mode: plan, apply or disable. Writes only in apply and disable, all or nothing:
 * backup -> write -> verify -> tags, and on any failure a rollback of every role touched.
 */
export async function change(
  settings: Settings,
  options: PlanOptions,
  aws: Aws,
  roles: RolesRead
): Promise<Outcome> {
  const plans = planRoles(roles.current, options)
  const outcome = (result: Outcome['result'], extra: Partial<Outcome> = {}): Outcome => ({
    result,
    plans,
    drift: [],
    warnings: settings.mode === 'disable' ? [DISABLE_WARNING] : [],
    errors: [],
    backupFile: null,
    ...extra
  })
  for (const plan of plans)
    core.info(`${plan.role.roleName}: ${plan.change}${plan.change === 'error' ? ` (${plan.error})` : ''}`)
  const errors = plans.flatMap((plan) => (plan.change === 'error' ? [plan.error] : []))
  if (errors.length > 0) return outcome('failed', { errors })

  const ready = plans.filter(isReady)
  const changed = ready.filter(isWrite)
  if (settings.mode === 'plan') return outcome(changed.length > 0 ? 'planned' : 'no-change')
  const tagged = ready.filter((plan) => plan.tagChanges !== null)
  if (changed.length === 0 && tagged.length === 0) return outcome('no-change')

  const touched = roles.stored.filter((role) =>
    [...changed, ...tagged].some((plan) => plan.role.arn === role.target.arn)
  )
  const backupFile = writeBackup(aws.identity.accountId, touched)
  core.info(`Original trust policies saved to ${backupFile}`)
  const rollbackWindowMs = Math.max(settings.verifyTimeoutSeconds, 30) * 1000
  const transaction = new TrustTransaction(aws.clients.iam, touched, {
    concurrency: AWS_CONCURRENCY,
    deadline: () => Date.now() + rollbackWindowMs
  })
  try {
    await transaction.writePolicies(changed)
    await verifyApplied(aws.clients, transaction, plans, {
      mode: settings.verify,
      scope: options.scope,
      externalIds: options.externalIds === null ? [] : idsOf(options.externalIds),
      timeoutSeconds: settings.verifyTimeoutSeconds,
      maxPolicySize: settings.maxPolicySize,
      callerArn: aws.identity.arn
    })
    await transaction.writeTags(tagged)
  } catch (error) {
    // The reason is reported once, redacted, when the run fails; here only what happens next.
    const reason = describeError(error)
    core.info('Apply failed: restoring every role written so far')
    const accounts = await transaction.rollback()
    return outcome('rolled-back', {
      plans: markRestoreFailures(plans, accounts),
      errors: [reason, ...rollbackErrors(accounts, backupFile)],
      backupFile
    })
  }
  return outcome(settings.mode === 'disable' ? 'disabled' : 'changed', { backupFile })
}
