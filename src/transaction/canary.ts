import type { IAMClient } from '@aws-sdk/client-iam'
import type { STSClient } from '@aws-sdk/client-sts'
import { mapBounded } from '../aws/bounded.js'
import { errorMessage } from '../aws/errors.js'
import { errorCode, isRetryable, type Sleep } from '../aws/retry.js'
import { readRoleArn } from '../aws/roles.js'
import { probeAssumeRole } from '../aws/sts.js'
import type { WritePlan } from '../domain/plan-types.js'
import { sessionRole } from '../policy/arn.js'
import { CANARY_SID } from '../policy/canary.js'
import {
  policySize,
  serializePolicy,
  statementsOf,
  type PolicyDocument,
  type PolicyStatement
} from '../policy/document.js'
import { CancelledError, ConflictError, VerificationError, WriteError } from './errors.js'
import { readBack } from './read-back.js'
import type { TrustTransaction } from './transaction.js'

export interface CanaryOptions {
  /** The caller's ARN from GetCallerIdentity. */
  callerArn: string
  /** The ID the roles now require; null after disable (assumption without an ID must then work). */
  externalId: string | null
  maxPolicySize: number
  deadline: number
  concurrency: number
  sleep?: Sleep
}

/**
 * A real sts:AssumeRole check. A temporary statement (Sid ScvExternalIdCanary) lets the caller assume
 * each written role under the same external ID condition as Salesforce; the caller then assumes the
 * role with the new ID (must work), a wrong ID and none (must be denied). The canary is removed in
 * every case, and its removal read back.
 */
export async function runCanary(
  clients: { iam: IAMClient; sts: STSClient },
  transaction: TrustTransaction,
  plans: readonly WritePlan[],
  options: CanaryOptions
): Promise<void> {
  const principal = await callerRolePrincipal(clients.iam, options.callerArn)
  const withCanary = plans.map((plan) => ({
    plan,
    document: addCanary(plan.after, principal, options.externalId)
  }))
  checkRoomForCanary(withCanary, options.maxPolicySize)
  let failure: unknown = null
  try {
    await mapBounded(withCanary, options.concurrency, ({ plan, document }) =>
      writeNamed(transaction, plan.role.roleName, document)
    )
    await mapBounded(withCanary, options.concurrency, ({ plan }) =>
      probe(clients.sts, plan.role.arn, options)
    )
  } catch (error) {
    failure = error
  } finally {
    try {
      await mapBounded(plans, options.concurrency, (plan) =>
        writeNamed(transaction, plan.role.roleName, plan.after)
      )
      // The run's last read: it confirms that every role holds this run's document, canary removed.
      await readBack(
        clients.iam,
        withCanary.map(({ plan, document }) => ({
          target: plan.role,
          document: plan.after,
          earlier: [plan.before, document]
        })),
        { deadline: options.deadline, ...(options.sleep ? { sleep: options.sleep } : {}) }
      )
    } catch (error) {
      failure ??=
        error instanceof ConflictError || error instanceof CancelledError
          ? error
          : new VerificationError(`Could not remove the canary statement: ${errorMessage(error)}`)
    }
  }
  if (failure !== null) throw failure
}

/** Before anything is written: every role's policy with the canary must stay within the quota. */
function checkRoomForCanary(
  withCanary: readonly { plan: WritePlan; document: PolicyDocument }[],
  maxPolicySize: number
): void {
  for (const { plan, document } of withCanary) {
    if (policySize(document) > maxPolicySize) {
      throw new VerificationError(
        `verify: assume needs room for a temporary statement in ${plan.role.roleName} (${policySize(document)} characters, over max-policy-size ${maxPolicySize}). Use verify: simulate for this role set.`
      )
    }
  }
}

/** AWS's write errors do not name the role: a WriteError does. */
async function writeNamed(transaction: TrustTransaction, roleName: string, document: PolicyDocument) {
  await transaction.writePolicy(roleName, document).catch((error: unknown) => {
    throw error instanceof CancelledError ? error : new WriteError([{ roleName, error }])
  })
}

/** The principal a trust policy needs for the caller: the role ARN (with its path) behind a session. */
async function callerRolePrincipal(iam: IAMClient, callerArn: string): Promise<string> {
  const role = sessionRole(callerArn)
  if (role === null) return callerArn
  // Without iam:GetRole on its own role the caller falls back to the path-less ARN.
  const withPath = await readRoleArn(iam, role.roleName).catch(() => null)
  return withPath ?? role.arn
}

function addCanary(document: PolicyDocument, principal: string, externalId: string | null): PolicyDocument {
  const canary: PolicyStatement = {
    Sid: CANARY_SID,
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: 'sts:AssumeRole',
    ...(externalId === null ? {} : { Condition: { StringEquals: { 'sts:ExternalId': externalId } } })
  }
  return { ...JSON.parse(serializePolicy(document)), Statement: [...statementsOf(document), canary] }
}

async function probe(sts: STSClient, roleArn: string, options: CanaryOptions): Promise<void> {
  // Right after a change IAM may still deny: retry AccessDenied until the deadline (propagation).
  const expected = options.externalId ?? undefined
  const answer = await probeAssumeRole(sts, roleArn, expected, {
    maxAttempts: 1000,
    baseDelayMs: 500,
    maxDelayMs: 4000,
    deadline: options.deadline,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    retryable: (error) => isRetryable(error) || errorCode(error) === 'AccessDenied'
  })
  if (answer !== 'allowed') {
    throw new VerificationError(
      `verify: assume: ${roleArn} cannot be assumed ${expected === undefined ? 'without an external ID' : 'with the new external ID'} (${answer}).`
    )
  }
  if (options.externalId === null) return
  for (const [label, id] of [
    ['a wrong external ID', `scv-wrong-${Date.now().toString(36)}`],
    ['no external ID', undefined]
  ] as const) {
    const outcome = await probeAssumeRole(sts, roleArn, id)
    if (outcome !== 'AccessDenied') {
      throw new VerificationError(
        `verify: assume: ${roleArn} answered ${outcome} for ${label}; expected AccessDenied.`
      )
    }
  }
}
