import * as core from '@actions/core'
import type { Outcome, StoppedResult } from '../domain/plan-types.js'
import { PolicyDocumentError } from '../policy/document.js'
import { InputError } from './inputs.js'

export type RunOutputs = Pick<Outcome, 'result' | 'plans' | 'changedRoles' | 'backupFile'>

/**
 * The outputs of action.yml (all but external-id, external-id-fingerprint and comment-url, which
 * are set where they become known). `changed-roles` and each role's `change` say what IAM holds
 * differently from the run's start: after a rollback, only the roles that could not be restored
 * or that another writer changed.
 */
export function setOutputs(outcome: RunOutputs): void {
  core.setOutput('result', outcome.result)
  core.setOutput('changed-roles', JSON.stringify(outcome.changedRoles))
  const changed = new Set(outcome.changedRoles)
  const roles = outcome.plans.map((plan) => ({
    logicalRole: plan.role.logicalRole,
    callCenter: plan.role.callCenter,
    arn: plan.role.arn,
    change: plan.change === 'error' || changed.has(plan.role.arn) ? plan.change : 'unchanged'
  }))
  core.setOutput('roles', JSON.stringify(roles))
  if (outcome.backupFile !== null) core.setOutput('backup-file', outcome.backupFile)
}

/** The result of a run stopped by a thrown error, before any write: refused inputs or trust policies, or an error. */
export function stoppedResult(error: unknown): StoppedResult {
  return error instanceof InputError || error instanceof PolicyDocumentError ? 'refused' : 'error'
}
