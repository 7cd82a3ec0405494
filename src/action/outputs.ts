import * as core from '@actions/core'
import { isWrite, type Outcome } from '../domain/plan-types.js'

export type RunOutputs = Pick<Outcome, 'result' | 'plans' | 'backupFile'>

/**
 * The outputs of action.yml (all but external-id, external-id-fingerprint and comment-url, which
 * are set where they become known). After a rollback no role changed, whatever the plan said.
 */
export function setOutputs(outcome: RunOutputs): void {
  const rolledBack = outcome.result === 'rolled-back'
  if (outcome.result !== 'failed') core.setOutput('result', outcome.result)
  const changed = rolledBack ? [] : outcome.plans.filter(isWrite)
  core.setOutput('changed-roles', JSON.stringify(changed.map((plan) => plan.role.arn)))
  const roles = outcome.plans.map((plan) => ({
    logicalRole: plan.role.logicalRole,
    callCenter: plan.role.callCenter,
    arn: plan.role.arn,
    change: rolledBack && plan.change !== 'error' ? 'unchanged' : plan.change
  }))
  core.setOutput('roles', JSON.stringify(roles))
  if (outcome.backupFile !== null) core.setOutput('backup-file', outcome.backupFile)
}
