import type { IAMClient } from '@aws-sdk/client-iam'
import { mapSettledBounded } from '../aws/bounded.js'
import { readRole, writeTags, writeTrustPolicy, type StoredRole } from '../aws/roles.js'
import { errorCode, httpStatus } from '../aws/retry.js'
import type { ReadyPlan, RolePlan, WritePlan } from '../domain/plan-types.js'
import { policiesEquivalent, serializePolicy, type PolicyDocument } from '../policy/document.js'
import { restoringTags, type TagChanges } from '../domain/tags.js'
import { ConcurrentModificationError, WriteError } from './errors.js'
import { readBack } from './read-back.js'

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
  private readonly touchedTags = new Map<string, TagChanges>()
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
  async writePolicies(plans: readonly WritePlan[]): Promise<void> {
    await this.run(plans, async (plan) => {
      const original = this.original(plan.role.roleName)
      const now = await readRole(this.iam, plan.role)
      if (now === null || !policiesEquivalent(now.document, original.document)) {
        throw new ConcurrentModificationError(
          `${plan.role.roleName} was changed by someone else since it was read; nothing of this run is kept. Rerun the workflow.`
        )
      }
      await this.writePolicy(plan.role.roleName, plan.after)
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

  async writeTags(plans: readonly ReadyPlan[]): Promise<void> {
    const tagged = plans.flatMap((plan) =>
      plan.tagChanges === null ? [] : [{ role: plan.role, tagChanges: plan.tagChanges }]
    )
    await this.run(tagged, async ({ role, tagChanges }) => {
      this.touchedTags.set(role.roleName, tagChanges)
      await writeTags(this.iam, role.roleName, tagChanges)
    })
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
      if (tagged) await writeTags(this.iam, roleName, restoringTags(original.tags, tagged), retry)
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
