import * as core from '@actions/core'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { RoleTarget } from '../domain/contact-centers.js'
import { readRole } from '../aws/roles.js'
import { AWS_CONCURRENCY, mapBounded } from '../aws/bounded.js'
import { backoffDelay, realSleep, type Sleep } from '../aws/retry.js'
import { policiesEquivalent, type PolicyDocument } from '../policy/document.js'
import { ConflictError, VerificationError } from './errors.js'

export interface Expectation {
  target: RoleTarget
  document: PolicyDocument
  /**
   * What IAM may still show while the write propagates: the original and this run's earlier writes.
   * Anything else is another writer's document.
   */
  earlier: readonly PolicyDocument[]
}

export interface PollOptions {
  deadline: number
  sleep?: Sleep
  random?: () => number
  /** Limit on each GetRole (a restore within a cancellation's grace). */
  requestTimeoutMs?: number
}

/**
 * Reads every written role until IAM returns what was written (IAM is eventually consistent:
 * a change can take seconds to show). Returns the documents as IAM holds them, by role name. Fails
 * with ConflictError as soon as a role holds a document this run never wrote (another writer's:
 * waiting cannot bring this run's back), and with VerificationError for the roles still showing an
 * earlier document at the deadline.
 */
export async function readBack(
  iam: IAMClient,
  expectations: readonly Expectation[],
  options: PollOptions
): Promise<Map<string, PolicyDocument>> {
  const sleep = options.sleep ?? realSleep
  const stored = new Map<string, PolicyDocument>()
  const retry = { deadline: options.deadline, requestTimeoutMs: options.requestTimeoutMs }
  const started = Date.now()
  const budget = Math.max(0, Math.round((options.deadline - started) / 1000))
  let pending = [...expectations]
  for (let attempt = 1; pending.length > 0; attempt++) {
    const stillDiffering: Expectation[] = []
    const foreign: string[] = []
    await mapBounded(pending, AWS_CONCURRENCY, async (expectation) => {
      const role = await readRole(iam, expectation.target, retry)
      if (role !== null && policiesEquivalent(role.document, expectation.document)) {
        stored.set(expectation.target.roleName, role.document)
      } else if (role === null || expectation.earlier.some((doc) => policiesEquivalent(role.document, doc))) {
        stillDiffering.push(expectation)
      } else {
        foreign.push(expectation.target.roleName)
      }
    })
    if (foreign.length > 0) throw new ConflictError(foreign.sort())
    pending = stillDiffering
    // A long propagation wait must not look like a hang.
    core.info(
      `Read-back: ${expectations.length - pending.length}/${expectations.length} roles show the change, ${Math.round((Date.now() - started) / 1000)} s of ${budget} s`
    )
    if (pending.length === 0) return stored
    const delay = backoffDelay(attempt, {
      baseDelayMs: 250,
      maxDelayMs: 4000,
      random: options.random ?? Math.random
    })
    if (Date.now() + delay > options.deadline) {
      throw new VerificationError(
        `Read-back: IAM still returns another trust policy for ${pending.map((e) => e.target.roleName).join(', ')} after verify-timeout.`
      )
    }
    await sleep(Math.max(delay, 100))
  }
  return stored
}
