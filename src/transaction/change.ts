import { log } from '../report/log.js'
import type { AwsClients } from '../aws/clients.js'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import type { CallerIdentity } from '../aws/credentials.js'
import { describeError } from '../aws/errors.js'
import type { StoredRole } from '../aws/roles.js'
import { idsOf } from '../domain/external-id.js'
import { planRoles, type PlanOptions } from '../domain/plan.js'
import { isReady, isWrite, type Outcome, type Result } from '../domain/plan-types.js'
import type { CurrentRole } from '../domain/plan.js'
import type { Settings } from '../domain/settings.js'
import { CancelledError, ConflictError } from './errors.js'
import { Journal } from './journal.js'
import {
  leftChanged,
  markRestoreFailures,
  rollbackErrors,
  TrustTransaction,
  type RestoreAccount
} from './transaction.js'
import { verifyApplied, verifyTags } from './verify.js'

export interface Aws {
  clients: AwsClients
  identity: CallerIdentity
}

export interface RolesRead {
  current: CurrentRole[]
  stored: StoredRole[]
}

/** What the orchestrator hands the write side besides the plan: where to journal, and when to stop. */
export interface RunControl {
  /** The journal's path, saved for the post step before any AWS call. */
  journalPath: string
  /** Aborted on SIGINT/SIGTERM, with the signal's name as reason. */
  stop: AbortSignal
  /** Called right before the first write: from then on a signal means "restore", not "exit". */
  writing: () => void
}

const DISABLE_WARNING =
  'Disable removes the sts:ExternalId condition: any principal of the Salesforce account can assume these roles again (the confused-deputy problem). Set a new external ID soon.'

/**
 * mode: plan, apply or disable. Writes only in apply and disable, all or nothing: journal ->
 * write policies and tags -> verify (whose read-back is the final confirmation), and on any
 * failure or cancellation a rollback of every role touched that still holds this run's change.
 */
export async function change(
  settings: Settings,
  options: PlanOptions,
  aws: Aws,
  roles: RolesRead,
  control: RunControl
): Promise<Outcome> {
  const plans = planRoles(roles.current, options)
  const outcome = (result: Outcome['result'], extra: Partial<Outcome> = {}): Outcome => ({
    result,
    plans,
    changedRoles: [],
    drift: [],
    warnings: settings.mode === 'disable' ? [DISABLE_WARNING] : [],
    errors: [],
    backupFile: null,
    ...extra
  })
  for (const plan of plans)
    log.info(`${plan.role.roleName}: ${plan.change}${plan.change === 'error' ? ` (${plan.error})` : ''}`)
  const errors = plans.flatMap((plan) => (plan.change === 'error' ? [plan.error] : []))
  // A trust policy the plan refused makes it a refusal; a missing role alone is an error.
  const refusedPolicy = plans.some((plan) => plan.change === 'error' && plan.before !== null)
  if (errors.length > 0) return outcome(refusedPolicy ? 'refused' : 'error', { errors })

  const ready = plans.filter(isReady)
  const changed = ready.filter(isWrite)
  const changedArns = changed.map((plan) => plan.role.arn)
  if (settings.mode === 'plan')
    return outcome(changed.length > 0 ? 'planned' : 'no-change', { changedRoles: changedArns })
  const tagged = ready.filter((plan) => plan.tagChanges !== null)
  if (changed.length === 0 && tagged.length === 0) return outcome('no-change')

  const touched = roles.stored.filter((role) =>
    [...changed, ...tagged].some((plan) => plan.role.arn === role.target.arn)
  )
  control.writing()
  if (control.stop.aborted)
    return outcome('error', { errors: [new CancelledError(String(control.stop.reason)).message] })
  const journal = Journal.create(control.journalPath, aws.identity.accountId, touched)
  const backupFile = journal.path
  log.info(`Original trust policies saved to ${backupFile}`)
  const rollbackWindowMs = Math.max(settings.verifyTimeoutSeconds, 30) * 1000
  const transaction = new TrustTransaction(aws.clients.iam, touched, {
    concurrency: AWS_CONCURRENCY,
    deadline: () => Date.now() + rollbackWindowMs,
    journal
  })
  const work = (async () => {
    await transaction.write(changed)
    await verifyApplied(aws.clients, transaction, plans, {
      mode: settings.verify,
      scope: options.scope,
      externalIds: options.externalIds === null ? [] : idsOf(options.externalIds),
      timeoutSeconds: settings.verifyTimeoutSeconds,
      maxPolicySize: settings.maxPolicySize,
      callerArn: aws.identity.arn
    })
    // Tags only once IAM shows the policy: they must never describe an ID another writer replaced.
    await transaction.writeTags(tagged)
    await verifyTags(aws.clients.iam, tagged, touched, {
      mode: settings.verify,
      timeoutSeconds: settings.verifyTimeoutSeconds
    })
  })()
  const cancelled = cancellation(control.stop, transaction)
  // A cancellation after the commit has nobody left to tell.
  cancelled.catch(() => undefined)
  try {
    await Promise.race([work, cancelled])
    transaction.commit()
  } catch (error) {
    // Settled elsewhere when the cancellation won the race: never an unhandled rejection.
    work.catch(() => undefined)
    const emergency = control.stop.aborted
    // The reason is reported once, redacted, when the run fails; here only what happens next.
    log.info(
      emergency
        ? 'Restoring every role this run touched (within the runner’s grace after a cancellation)'
        : 'Apply failed: restoring every role written so far'
    )
    const accounts = await transaction.rollback({ emergency })
    for (const account of accounts) {
      if (account.state !== 'untouched')
        log.info(`${account.roleName}: ${account.state}${account.detail ? ` (${account.detail})` : ''}`)
    }
    return outcome(rollbackResult(error, accounts), {
      plans: markRestoreFailures(plans, accounts),
      changedRoles: accounts
        .filter(leftChanged)
        .flatMap((account) => plans.filter((plan) => plan.role.roleName === account.roleName))
        .map((plan) => plan.role.arn),
      errors: [describeError(error), ...rollbackErrors(accounts, backupFile)],
      backupFile
    })
  }
  const result = settings.mode === 'disable' ? 'disabled' : 'changed'
  if (control.stop.aborted) {
    const late = new CancelledError(String(control.stop.reason))
    return outcome(result, {
      changedRoles: changedArns,
      backupFile,
      errors: [`${late.message} The change had been confirmed before: the roles keep it.`]
    })
  }
  return outcome(result, { changedRoles: changedArns, backupFile })
}

/** Rejects once the run is cancelled, after stopping every new write. */
function cancellation(stop: AbortSignal, transaction: TrustTransaction): Promise<never> {
  return new Promise((_resolve, reject) => {
    const onAbort = () => {
      const signal = String(stop.reason)
      log.info(`${signal}: sending no new write; waiting for the writes in flight`)
      transaction.cancel(signal)
      reject(new CancelledError(signal))
    }
    if (stop.aborted) onAbort()
    else stop.addEventListener('abort', onAbort, { once: true })
  })
}

function rollbackResult(error: unknown, accounts: readonly RestoreAccount[]): Result {
  if (accounts.some((account) => account.state === 'restore-failed')) return 'rollback-failed'
  if (error instanceof ConflictError || accounts.some((account) => account.state === 'other-writer'))
    return 'conflict'
  return 'rolled-back'
}
