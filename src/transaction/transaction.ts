import type { IAMClient } from '@aws-sdk/client-iam'
import { mapSettledBounded } from '../aws/bounded.js'
import { readRole, writeTags, writeTrustPolicy, type StoredRole } from '../aws/roles.js'
import { explainAwsError } from '../aws/errors.js'
import { errorCode, httpStatus } from '../aws/retry.js'
import type { PlannedRole } from '../domain/plan.js'
import { policiesEquivalent, serializePolicy, type PolicyDocument } from '../policy/document.js'
import { restoringTags } from '../domain/tags.js'
import { readBack } from './read-back.js'

export class ConcurrentModificationError extends Error {
  override name = 'ConcurrentModificationError'
}

/** Writes failed: every failure is named, with AWS's code and what to do about it. */
export class WriteError extends Error {
  override name = 'WriteError'
  constructor(readonly failures: Array<{ roleName: string; error: unknown }>) {
    super(failures.map((failure) => `${failure.roleName}: ${explainAwsError(failure.error)}`).join('\n'))
  }
}

export type RestoreState = 'restored' | 'untouched' | 'restore-failed'
export interface RestoreAccount {
  roleName: string
  state: RestoreState
  detail: string | null
}

export interface TransactionOptions {
  concurrency: number
  /** Read-back of a restore gives up after this time (ms since epoch). */
  deadline: () => number
}

/**
 * All-or-nothing changes to the trust policies (and tags) of the run's roles. Every role a write
 * was sent for counts as touched, even when the answer was lost, so a rollback covers it.
 */
export class TrustTransaction {
  private readonly touchedPolicies = new Set<string>()
  private readonly touchedTags = new Map<string, PlannedRole>()
  private readonly originals: Map<string, StoredRole>

  constructor(
    private readonly iam: IAMClient,
    originals: readonly StoredRole[],
    private readonly options: TransactionOptions
  ) {
    this.originals = new Map(originals.map((role) => [role.target.roleName, role]))
  }

  get touched(): boolean {
    return this.touchedPolicies.size > 0 || this.touchedTags.size > 0
  }

  /**
   * Writes each changed role's new policy, re-reading it first: a role that changed since the plan
   * was made is left alone and the whole run aborts (someone else is editing it).
   */
  async writePolicies(plans: readonly PlannedRole[]): Promise<void> {
    await this.run(plans, async (plan) => {
      const original = this.original(plan.role.roleName)
      const now = await readRole(this.iam, plan.role)
      if (now === null || !policiesEquivalent(now.document, original.document)) {
        throw new ConcurrentModificationError(
          `${plan.role.roleName} was changed by someone else since it was read; nothing of this run is kept. Rerun the workflow.`
        )
      }
      await this.writePolicy(plan.role.roleName, plan.after as PolicyDocument)
    })
  }

  /** A policy write outside the plan (the verification canary): tracked for rollback like the others. */
  async writePolicy(roleName: string, document: PolicyDocument): Promise<void> {
    const touchedBefore = this.touchedPolicies.has(roleName)
    this.touchedPolicies.add(roleName)
    try {
      await writeTrustPolicy(this.iam, roleName, serializePolicy(document))
    } catch (error) {
      // IAM answered 4xx: the write was refused and the role is as it was. Re-sending its original
      // could only fail the same way (e.g. a principal IAM no longer accepts) and cry wolf.
      if (!touchedBefore && isRefusal(error)) this.touchedPolicies.delete(roleName)
      throw error
    }
  }

  async writeTags(plans: readonly PlannedRole[]): Promise<void> {
    await this.run(
      plans.filter((plan) => plan.tagChanges !== null),
      async (plan) => {
        this.touchedTags.set(plan.role.roleName, plan)
        await writeTags(this.iam, plan.role.roleName, plan.tagChanges ?? {})
      }
    )
  }

  /**
   * Puts every touched role back to its exact original document and tags, then reads back until IAM
   * shows the originals. Returns what became of each role of the run.
   */
  async rollback(): Promise<RestoreAccount[]> {
    const accounts = new Map<string, RestoreAccount>()
    for (const roleName of this.originals.keys())
      accounts.set(roleName, { roleName, state: 'untouched', detail: null })
    const roleNames = [...new Set([...this.touchedPolicies, ...this.touchedTags.keys()])]
    const results = await mapSettledBounded(roleNames, this.options.concurrency, async (roleName) => {
      const original = this.original(roleName)
      const retry = { maxAttempts: 10, deadline: this.options.deadline() }
      if (this.touchedPolicies.has(roleName)) {
        await writeTrustPolicy(this.iam, roleName, original.json, retry)
        await readBack(this.iam, [{ target: original.target, document: original.document }], {
          deadline: this.options.deadline()
        })
      }
      const tagged = this.touchedTags.get(roleName)
      if (tagged?.tagChanges)
        await writeTags(this.iam, roleName, restoringTags(original.tags, tagged.tagChanges), retry)
    })
    results.forEach((result, index) => {
      const roleName = roleNames[index] as string
      accounts.set(
        roleName,
        result.status === 'fulfilled'
          ? { roleName, state: 'restored', detail: null }
          : {
              roleName,
              state: 'restore-failed',
              detail: `${errorCode(result.reason)}: ${(result.reason as Error).message}`
            }
      )
    })
    return [...accounts.values()]
  }

  private original(roleName: string): StoredRole {
    const original = this.originals.get(roleName)
    if (!original) throw new Error(`No original trust policy kept for ${roleName}`)
    return original
  }

  private async run(
    plans: readonly PlannedRole[],
    write: (plan: PlannedRole) => Promise<void>
  ): Promise<void> {
    const results = await mapSettledBounded(plans, this.options.concurrency, write)
    const failures = results.flatMap((result, index) =>
      result.status === 'rejected'
        ? [{ roleName: (plans[index] as PlannedRole).role.roleName, error: result.reason }]
        : []
    )
    if (failures.length === 0) return
    const concurrent = failures.find((failure) => failure.error instanceof ConcurrentModificationError)
    if (concurrent) throw concurrent.error
    throw new WriteError(failures)
  }
}

/** An answer from IAM that it did not apply the request (a timeout or 5xx leaves that unknown). */
function isRefusal(error: unknown): boolean {
  const status = httpStatus(error)
  return status !== undefined && status >= 400 && status < 500
}

/** What the report says after a rollback: restored roles, or how to restore the ones that failed. */
export function rollbackErrors(accounts: readonly RestoreAccount[], backupFile: string): string[] {
  const failed = accounts.filter((account) => account.state === 'restore-failed')
  if (failed.length === 0) {
    const restored = accounts
      .filter((account) => account.state === 'restored')
      .map((account) => account.roleName)
    const what = restored.length > 0 ? `${restored.join(', ')} restored` : 'no role had been written'
    return [`Rolled back: ${what}; every role has its original trust policy.`]
  }
  return failed.map(
    (account) =>
      `${account.roleName} could NOT be restored (${account.detail}). Its original trust policy is in ${backupFile}: restore it with aws iam update-assume-role-policy.`
  )
}

/** Roles whose restore failed are errors in the report; the others are as they were. */
export function markRestoreFailures(
  plans: PlannedRole[],
  accounts: readonly RestoreAccount[]
): PlannedRole[] {
  return plans.map((plan) => {
    const account = accounts.find((item) => item.roleName === plan.role.roleName)
    if (account?.state !== 'restore-failed') return plan
    return { ...plan, change: 'error', error: `restore failed: ${account.detail}` }
  })
}
