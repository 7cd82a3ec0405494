import type { RolePlan } from '../domain/plan-types.js'
import type { RestoreAccount } from '../domain/restore.js'

/** Why a rollback left a role as it found it. */
export const OTHER_WRITER_DETAIL = "changed by another writer after this run's write; left as is"

/** A role that could not be restored, as its read failed or its write was refused. */
export const restoreFailedDetail = (code: string, message: string): string => `${code}: ${message}`

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
