import { log } from '../report/log.js'
import type { TrustTransaction } from './transaction.js'
import type { AwsClients } from '../aws/clients.js'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import { runCanary } from './canary.js'
import { isWrite, type ReadyPlan, type RolePlan } from '../domain/plan-types.js'
import type { StoredRole } from '../aws/roles.js'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { TrustScope } from '../policy/analysis.js'
import { VerificationError } from './errors.js'
import { withoutCanary } from '../policy/canary.js'
import { readBack } from './read-back.js'
import type { VerifyMode } from '../domain/settings.js'
import { simulate, storedSimulationCase } from '../domain/simulate.js'

export interface VerifyOptions {
  mode: VerifyMode
  scope: TrustScope
  /** The IDs the roles must now accept; none after disable. */
  externalIds: readonly string[]
  timeoutSeconds: number
  maxPolicySize: number
  callerArn: string
}

/**
 * After the writes, before anything is reported as done: IAM shows every written policy
 * (read-back), each stored policy does what it should for every principal (simulation), and, with
 * `verify: assume`, a real sts:AssumeRole agrees. Throws VerificationError (or ConflictError when
 * another writer changed a role after this run's write); the caller rolls back.
 */
export async function verifyApplied(
  clients: AwsClients,
  transaction: TrustTransaction,
  plans: readonly RolePlan[],
  options: VerifyOptions
): Promise<void> {
  const changed = plans.filter(isWrite)
  if (options.mode === 'none' || changed.length === 0) return
  const deadline = Date.now() + options.timeoutSeconds * 1000
  // With the tags written beside the policies, this is also the run's last read (unless a canary
  // follows): every written role must hold this run's document.
  const stored = await readBack(
    clients.iam,
    changed.map((plan) => ({ target: plan.role, document: plan.after, earlier: [plan.before] })),
    { deadline }
  )
  // The plan already evaluated the documents it computed (and the unchanged roles as read); this
  // evaluates what IAM now holds for each written role.
  const simulation = { scope: options.scope, externalIds: options.externalIds }
  const problems = simulate(
    changed.map((plan) =>
      storedSimulationCase(
        plan.role,
        {
          // A leftover canary's principal losing access is the change, not a regression.
          before: withoutCanary(plan.before),
          intended: plan.after,
          stored: stored.get(plan.role.roleName) ?? plan.after
        },
        simulation
      )
    )
  )
  if (problems.length > 0) throw new VerificationError(`Verification failed: ${problems.join(' ')}`)
  log.info(`Verified ${changed.length} written trust policies by simulation`)
  if (options.mode === 'assume') {
    await runCanary(clients, transaction, changed, {
      callerArn: options.callerArn,
      // The canary proves the write took effect; one of the IDs is enough for that.
      externalId: options.externalIds[0] ?? null,
      maxPolicySize: options.maxPolicySize,
      deadline,
      concurrency: AWS_CONCURRENCY
    })
    log.info(`Verified ${changed.length} roles with a real sts:AssumeRole`)
  }
}

/**
 * The run's last read: every role whose tags this run wrote shows this run's policy and those tags.
 * A policy or tag value of another writer is a ConflictError (the caller rolls back, leaving it).
 */
export async function verifyTags(
  iam: IAMClient,
  tagged: readonly ReadyPlan[],
  originals: readonly StoredRole[],
  options: Pick<VerifyOptions, 'mode' | 'timeoutSeconds'>
): Promise<void> {
  if (options.mode === 'none') return
  const expectations = tagged.flatMap((plan) => {
    if (plan.tagChanges === null) return []
    const original = originals.find((role) => role.target.roleName === plan.role.roleName)
    const tags = { written: plan.tagChanges, original: original?.tags ?? {} }
    return [{ target: plan.role, document: plan.after, earlier: [plan.before], tags }]
  })
  if (expectations.length === 0) return
  await readBack(iam, expectations, { deadline: Date.now() + options.timeoutSeconds * 1000 })
  log.info(`Verified the tags of ${expectations.length} roles beside their trust policies`)
}
