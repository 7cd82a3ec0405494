import type { IAMClient } from '@aws-sdk/client-iam'
import { mapSettledBounded } from '../aws/bounded.js'
import { readRole, writeTags, writeTrustPolicy, type StoredRole } from '../aws/roles.js'
import { httpStatus, isConcurrentModification, realSleep } from '../aws/retry.js'
import type { RoleTarget } from '../domain/contact-centers.js'
import type { ReadyPlan, WritePlan } from '../domain/plan-types.js'
import {
  parsePolicyDocument,
  policiesEquivalent,
  serializePolicy,
  type PolicyDocument
} from '../policy/document.js'
import type { RestoreAccount } from '../domain/restore.js'
import { CancelledError, ConcurrentModificationError, WriteError } from './errors.js'
import type { Journal } from './journal.js'
import { restoreJournal } from './restore.js'

// What change.ts reads of a rollback, from where it lives now.
export { leftChanged, type RestoreAccount } from '../domain/restore.js'
export { markRestoreFailures, rollbackErrors } from '../report/rollback.js'

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

/** An answer from IAM that it did not apply the request (a timeout or 5xx leaves that unknown). */
function isRefusal(error: unknown): boolean {
  const status = httpStatus(error)
  return status !== undefined && status >= 400 && status < 500
}
