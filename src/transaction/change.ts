import { log } from '../report/log.js'
import type { AwsClients } from '../aws/clients.js'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import type { CallerIdentity } from '../aws/credentials.js'
import { describeError } from '../aws/errors.js'
import type { StoredRole } from '../aws/roles.js'
import { idsOf } from '../domain/external-id.js'
import { planRoles, type PlanOptions } from '../domain/plan.js'
import {
  isReady,
  isWrite,
  type Outcome,
  type ReadyPlan,
  type Result,
  type RolePlan,
  type WritePlan
} from '../domain/plan-types.js'
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

type OutcomeOf = (result: Outcome['result'], extra?: Partial<Outcome>) => Outcome

/** The outcome of this run's plans: the disable warning always, the rest as the step found it. */
function outcomeFor(settings: Settings, plans: RolePlan[]): OutcomeOf {
  return (result, extra = {}) => ({
    result,
    plans,
    changedRoles: [],
    drift: [],
    warnings: settings.mode === 'disable' ? [DISABLE_WARNING] : [],
    errors: [],
    backupFile: null,
    ...extra
  })
}

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
  const outcome = outcomeFor(settings, plans)
  for (const plan of plans)
    log.info(`${plan.role.roleName}: ${plan.change}${plan.change === 'error' ? ` (${plan.error})` : ''}`)
  const errors = plans.flatMap((plan) => (plan.change === 'error' ? [plan.error] : []))
  // A trust policy the plan refused makes it a refusal; a missing role alone is an error.
  const refusedPolicy = plans.some((plan) => plan.change === 'error' && plan.before !== null)
  if (errors.length > 0) return outcome(refusedPolicy ? 'refused' : 'error', { errors })

  const ready = plans.filter(isReady)
  const changed = ready.filter(isWrite)
  if (settings.mode === 'plan')
    return outcome(changed.length > 0 ? 'planned' : 'no-change', { changedRoles: arnsOf(changed) })
  const tagged = ready.filter((plan) => plan.tagChanges !== null)
  if (changed.length === 0 && tagged.length === 0) return outcome('no-change')
  return write({ settings, options, aws, control, plans, changed, tagged, outcome }, roles.stored)
}

/** What the write side works from once the plan stands and something is to be written. */
interface Writes {
  settings: Settings
  options: PlanOptions
  aws: Aws
  control: RunControl
  plans: RolePlan[]
  changed: readonly WritePlan[]
  tagged: readonly ReadyPlan[]
  outcome: OutcomeOf
}

const arnsOf = (plans: readonly RolePlan[]): string[] => plans.map((plan) => plan.role.arn)

/** Journal, write, verify and commit; or, on a failure or a cancellation, roll back. */
async function write(writes: Writes, stored: readonly StoredRole[]): Promise<Outcome> {
  const { settings, aws, control, changed, tagged, outcome } = writes
  const touched = stored.filter((role) =>
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
  const work = writeAndVerify(writes, transaction, touched)
  const cancelled = cancellation(control.stop, transaction)
  // A cancellation after the commit has nobody left to tell.
  cancelled.catch(() => undefined)
  try {
    await Promise.race([work, cancelled])
    transaction.commit()
  } catch (error) {
    // Settled elsewhere when the cancellation won the race: never an unhandled rejection.
    work.catch(() => undefined)
    return rollBack(writes, transaction, error, backupFile)
  }
  return committed(writes, backupFile)
}

async function writeAndVerify(
  { settings, options, aws, plans, changed, tagged }: Writes,
  transaction: TrustTransaction,
  touched: readonly StoredRole[]
): Promise<void> {
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
}

/** Restores every role still holding this run's change, and says what each was left with. */
async function rollBack(
  { control, plans, outcome }: Writes,
  transaction: TrustTransaction,
  error: unknown,
  backupFile: string
): Promise<Outcome> {
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
    changedRoles: arnsOf(
      accounts
        .filter(leftChanged)
        .flatMap((account) => plans.filter((plan) => plan.role.roleName === account.roleName))
    ),
    errors: [describeError(error), ...rollbackErrors(accounts, backupFile)],
    backupFile
  })
}

/** The change holds; a cancellation that came after the commit is reported, not acted on. */
function committed({ settings, control, changed, outcome }: Writes, backupFile: string): Outcome {
  const result = settings.mode === 'disable' ? 'disabled' : 'changed'
  const changedRoles = arnsOf(changed)
  if (control.stop.aborted) {
    const late = new CancelledError(String(control.stop.reason))
    return outcome(result, {
      changedRoles,
      backupFile,
      errors: [`${late.message} The change had been confirmed before: the roles keep it.`]
    })
  }
  return outcome(result, { changedRoles, backupFile })
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
