import type { IAMClient } from '@aws-sdk/client-iam'
import { mapBounded, mapSettledBounded } from '../aws/bounded.js'
import { readRole, writeTags, writeTrustPolicy, type RetryOverrides, type StoredRole } from '../aws/roles.js'
import { errorMessage } from '../aws/errors.js'
import { errorCode, httpStatus, isConcurrentModification, realSleep } from '../aws/retry.js'
import type { RoleTarget } from '../domain/contact-centers.js'
import type { ReadyPlan, RolePlan, WritePlan } from '../domain/plan-types.js'
import { restoringTags, type TagChanges } from '../domain/tags.js'
import {
  parsePolicyDocument,
  policiesEquivalent,
  serializePolicy,
  type PolicyDocument
} from '../policy/document.js'
import { CancelledError, ConcurrentModificationError, ConflictError, WriteError } from './errors.js'
import type { Journal, JournalRole } from './journal.js'
import { readBack } from './read-back.js'

/**
 * restored: IAM holds the original again. untouched: nothing of this run is in IAM. other-writer:
 * IAM holds a document this run never wrote, left as is. restore-failed: the role still holds this
 * run's change (or an unknown state).
 */
export type RestoreState = 'restored' | 'untouched' | 'other-writer' | 'restore-failed'
export interface RestoreAccount {
  roleName: string
  state: RestoreState
  detail: string | null
}

/** The roles whose trust policy IAM holds differently from the run's start after a rollback. */
export const leftChanged = (account: RestoreAccount): boolean =>
  account.state === 'other-writer' || account.state === 'restore-failed'

/** A first read older than this is repeated right before the write (the concurrent-modification guard). */
export const GUARD_MAX_AGE_MS = 5_000
/** A cancelled run waits this long for the writes in flight before it restores. */
const IN_FLIGHT_WAIT_MS = 2_000
/** The runner kills a cancelled step about 10 s after SIGINT: the restore must be done well before. */
const EMERGENCY_RESTORE_MS = 4_500
const EMERGENCY_REQUEST_TIMEOUT_MS = 1_500

export interface TransactionOptions {
  concurrency: number
  /** Read-back of a restore gives up after this time (ms since epoch). */
  deadline: () => number
  /** Every write is recorded here before it is sent. */
  journal: Journal
}

/**
 * All-or-nothing changes to the trust policies (and tags) of the run's roles. Every role a write
 * was sent for counts as touched, even when the answer was lost, so a rollback covers it.
 */
export class TrustTransaction {
  private readonly touchedPolicies = new Set<string>()
  private readonly originals: Map<string, StoredRole>
  private readonly inFlight = new Set<Promise<unknown>>()
  private cancelled: CancelledError | null = null

  constructor(
    private readonly iam: IAMClient,
    originals: readonly StoredRole[],
    private readonly options: TransactionOptions
  ) {
    this.originals = new Map(originals.map((role) => [role.target.roleName, role]))
  }

  get touched(): boolean {
    return this.options.journal.touched.length > 0
  }

  /**
   * Writes each changed role's new policy. A role whose first read is older than GUARD_MAX_AGE_MS
   * is read again first: when it changed since, nothing is written to it and the whole run aborts
   * (someone else is editing it). Its tags follow once IAM shows the policy (`writeTags`).
   */
  async write(changed: readonly WritePlan[]): Promise<void> {
    await this.run(changed, async ({ role, after }) => {
      await this.guard(role)
      if (this.cancelled) throw this.cancelled
      const policyJson = serializePolicy(after)
      this.options.journal.record(role.roleName, { policyJson })
      await this.sendPolicy(role.roleName, policyJson)
    })
  }

  /**
   * Writes the tags of each role, after its policy was confirmed: tags written beside a policy
   * another writer then replaced would describe an ID the role does not hold. A role whose policy
   * this run did not write gets the guard's fresh read first.
   */
  async writeTags(tagged: readonly ReadyPlan[]): Promise<void> {
    await this.run(tagged, async ({ role, tagChanges }) => {
      if (tagChanges === null) return
      if (!this.touchedPolicies.has(role.roleName)) await this.guard(role)
      if (this.cancelled) throw this.cancelled
      this.options.journal.record(role.roleName, { tags: tagChanges })
      await this.track(writeTags(this.iam, role.roleName, tagChanges))
    })
  }

  /** A policy write outside the plan (the verification canary): journaled and tracked like the others. */
  async writePolicy(roleName: string, document: PolicyDocument): Promise<void> {
    if (this.cancelled) throw this.cancelled
    const policyJson = serializePolicy(document)
    this.options.journal.record(roleName, { policyJson })
    await this.sendPolicy(roleName, policyJson)
  }

  /** Sends a journaled policy; the role counts as touched unless IAM refused the write outright. */
  private async sendPolicy(roleName: string, policyJson: string): Promise<void> {
    const touchedBefore = this.touchedPolicies.has(roleName)
    this.touchedPolicies.add(roleName)
    try {
      await this.track(
        writeTrustPolicy(this.iam, roleName, policyJson, {
          beforeRetry: (error) => this.recheckBeforeRetry(roleName, error)
        })
      )
    } catch (error) {
      // IAM answered 4xx: the write was refused and the role is as it was. Re-sending its original
      // could only fail the same way (e.g. a principal IAM no longer accepts) and cry wolf.
      if (!touchedBefore && isRefusal(error)) this.touchedPolicies.delete(roleName)
      throw error
    }
  }

  /** From now on no write is sent; the ones in flight finish. */
  cancel(signal: string): void {
    this.cancelled ??= new CancelledError(signal)
  }

  /** The run's change is confirmed: a post step must not undo it. */
  commit(): void {
    this.options.journal.settle()
  }

  /**
   * Puts every touched role back to its exact original document and tags, unless another writer
   * changed it after this run's write (that change is left as is), then reads back until IAM shows
   * the originals. `emergency`: inside a cancellation's grace, with short timeouts. Returns what
   * became of each role of the run.
   */
  async rollback(options: { emergency?: boolean } = {}): Promise<RestoreAccount[]> {
    await Promise.race([Promise.allSettled([...this.inFlight]), realSleep(IN_FLIGHT_WAIT_MS)])
    const restored = await restoreJournal(
      this.iam,
      this.options.journal,
      {
        concurrency: this.options.concurrency,
        rewriteOriginal: true,
        ...(options.emergency
          ? { deadline: Date.now() + EMERGENCY_RESTORE_MS, requestTimeoutMs: EMERGENCY_REQUEST_TIMEOUT_MS }
          : { deadline: this.options.deadline() })
      },
      this.touchedPolicies
    )
    return [...this.originals.keys()].map(
      (roleName) =>
        restored.find((account) => account.roleName === roleName) ?? {
          roleName,
          state: 'untouched',
          detail: null
        }
    )
  }

  private async guard(role: RoleTarget): Promise<void> {
    const original = this.original(role.roleName)
    if (Date.now() - original.readAt <= GUARD_MAX_AGE_MS) return
    const now = await readRole(this.iam, role)
    if (now === null || !policiesEquivalent(now.document, original.document)) {
      throw new ConcurrentModificationError(
        `${role.roleName} was changed by someone else since it was read; nothing of this run is kept. Rerun the workflow.`
      )
    }
  }

  /**
   * IAM's ConcurrentModification means another write raced this one: the retry is sent only while
   * the role holds its original or this run's own document, never over the other writer's.
   */
  private async recheckBeforeRetry(roleName: string, error: unknown): Promise<void> {
    if (!isConcurrentModification(error)) return
    const original = this.original(roleName)
    const now = await readRole(this.iam, original.target)
    const ours = [original.json, ...this.options.journal.sentPolicies(roleName)].map(parsePolicyDocument)
    if (now === null || !ours.some((document) => policiesEquivalent(now.document, document))) {
      throw new ConcurrentModificationError(
        `${roleName} was changed by someone else while this run wrote it (IAM answered ConcurrentModification); nothing of this run is kept. Rerun the workflow.`
      )
    }
  }

  private async track<T>(request: Promise<T>): Promise<T> {
    this.inFlight.add(request)
    try {
      return await request
    } finally {
      this.inFlight.delete(request)
    }
  }

  private original(roleName: string): StoredRole {
    const original = this.originals.get(roleName)
    if (!original) throw new Error(`No original trust policy kept for ${roleName}`)
    return original
  }

  private async run<T extends { role: { roleName: string } }>(
    items: readonly T[],
    write: (item: T) => Promise<void>
  ): Promise<void> {
    const results = await mapSettledBounded(items, this.options.concurrency, write)
    const failures = results.flatMap((result, index) => {
      const item = items[index]
      return result.status === 'rejected' && item
        ? [{ roleName: item.role.roleName, error: result.reason }]
        : []
    })
    if (failures.length === 0) return
    const special = failures.find(
      (failure) =>
        failure.error instanceof ConcurrentModificationError || failure.error instanceof CancelledError
    )
    if (special) throw special.error
    throw new WriteError(failures)
  }
}

/** A role to restore: its original, and what this run may have put in IAM. */
export interface RestoreTarget {
  target: RoleTarget
  original: { json: string; document: PolicyDocument; tags: Record<string, string> }
  /** The trust policies this run sent (its change, the canary version); empty: only tags were written. */
  written: PolicyDocument[]
  taggedWith: TagChanges | null
}

/**
 * Restores every role the journal says this run wrote (of the policies, those in `policiesTouched`
 * when given), then marks the journal settled: the main step's rollback and the post step.
 */
export async function restoreJournal(
  iam: IAMClient,
  journal: Journal,
  options: RestoreOptions,
  policiesTouched?: ReadonlySet<string>
): Promise<RestoreAccount[]> {
  const targets = journal.touched.map((role) => restoreTarget(role, policiesTouched))
  const accounts = await restoreRoles(iam, targets, options)
  journal.settle()
  return accounts
}

function restoreTarget(role: JournalRole, policiesTouched?: ReadonlySet<string>): RestoreTarget {
  const sent = policiesTouched === undefined || policiesTouched.has(role.roleName)
  return {
    target: {
      logicalRole: role.logicalRole,
      callCenter: role.callCenter,
      roleName: role.roleName,
      arn: role.arn
    },
    original: { json: role.trustPolicy, document: parsePolicyDocument(role.trustPolicy), tags: role.tags },
    written: sent ? role.written.map(parsePolicyDocument) : [],
    taggedWith: role.taggedWith
  }
}

export interface RestoreOptions {
  concurrency: number
  deadline: number
  requestTimeoutMs?: number
  /**
   * Write the original even when IAM already shows it: right after a write a read may not show it
   * yet. A post step, long after the last write, trusts what it reads.
   */
  rewriteOriginal: boolean
}

/**
 * Compare before restore: reads each role and restores its original trust policy (and the tag
 * values this run set) only while IAM holds what this run wrote or the original. A role that holds
 * anything else was changed by another writer after this run's write: it is left as it is.
 */
async function restoreRoles(
  iam: IAMClient,
  targets: readonly RestoreTarget[],
  options: RestoreOptions
): Promise<RestoreAccount[]> {
  const retry: RetryOverrides = {
    maxAttempts: 10,
    deadline: options.deadline,
    requestTimeoutMs: options.requestTimeoutMs
  }
  return mapBounded(targets, options.concurrency, async (target): Promise<RestoreAccount> => {
    const roleName = target.target.roleName
    try {
      return { roleName, ...(await restoreRole(iam, target, options, retry)) }
    } catch (error) {
      if (error instanceof ConflictError) return { roleName, ...OTHER_WRITER }
      return { roleName, state: 'restore-failed', detail: `${errorCode(error)}: ${errorMessage(error)}` }
    }
  })
}

const OTHER_WRITER = {
  state: 'other-writer',
  detail: "changed by another writer after this run's write; left as is"
} as const satisfies Omit<RestoreAccount, 'roleName'>

async function restoreRole(
  iam: IAMClient,
  { target, original, written, taggedWith }: RestoreTarget,
  options: RestoreOptions,
  retry: RetryOverrides
): Promise<Omit<RestoreAccount, 'roleName'>> {
  // When the role cannot be read, it is restored without comparing: IAM has no conditional write.
  const current = await readRole(iam, target, retry).catch(() => undefined)
  // A deleted role (null) holds neither.
  const document = current?.document
  const holdsOriginal = document !== undefined && policiesEquivalent(document, original.document)
  const holdsOurs = document !== undefined && written.some((doc) => policiesEquivalent(document, doc))
  if (written.length > 0 && current !== undefined && !holdsOriginal && !holdsOurs) return OTHER_WRITER
  let sent = false
  if (written.length > 0 && (holdsOurs || current === undefined || options.rewriteOriginal)) {
    await writeTrustPolicy(iam, target.roleName, original.json, retry)
    await readBack(iam, [{ target, document: original.document, earlier: written }], {
      deadline: options.deadline,
      requestTimeoutMs: options.requestTimeoutMs
    })
    sent = true
  }
  if (taggedWith !== null) {
    // Tags follow the policy: with the original policy back, every tag this run wrote goes back
    // too. Otherwise only the values this run set and nobody changed since go back.
    const ours = Object.entries(taggedWith).filter(
      ([key, value]) => written.length > 0 || current === undefined || (current?.tags[key] ?? null) === value
    )
    if (ours.length > 0) {
      await writeTags(iam, target.roleName, restoringTags(original.tags, Object.fromEntries(ours)), retry)
      sent = true
    }
  }
  return sent ? { state: 'restored', detail: null } : { state: 'untouched', detail: null }
}

/** An answer from IAM that it did not apply the request (a timeout or 5xx leaves that unknown). */
function isRefusal(error: unknown): boolean {
  const status = httpStatus(error)
  return status !== undefined && status >= 400 && status < 500
}

/** What the report says after a rollback: restored roles, roles left to another writer, failures. */
export function rollbackErrors(accounts: readonly RestoreAccount[], backupFile: string): string[] {
  const failed = accounts.filter((account) => account.state === 'restore-failed')
  const others = accounts.filter((account) => account.state === 'other-writer')
  const lines = others.map((account) => `${account.roleName}: ${account.detail}.`)
  if (failed.length === 0) {
    const restored = accounts
      .filter((account) => account.state === 'restored')
      .map((account) => account.roleName)
    const what = restored.length > 0 ? `${restored.join(', ')} restored` : 'no role had been written'
    const rest = others.length > 0 ? 'every other role' : 'every role'
    return [`Rolled back: ${what}; ${rest} has its original trust policy.`, ...lines]
  }
  return [
    ...failed.map(
      (account) =>
        `${account.roleName} could NOT be restored (${account.detail}). Its original trust policy is in ${backupFile}: restore it with aws iam update-assume-role-policy.`
    ),
    ...lines
  ]
}

/** Roles whose restore failed are errors in the report; the others are as they were. */
export function markRestoreFailures(plans: RolePlan[], accounts: readonly RestoreAccount[]): RolePlan[] {
  return plans.map((plan) => {
    const account = accounts.find((item) => item.roleName === plan.role.roleName)
    if (account?.state !== 'restore-failed') return plan
    return {
      change: 'error',
      role: plan.role,
      before: plan.before,
      error: `restore failed: ${account.detail}`
    }
  })
}
