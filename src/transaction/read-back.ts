import type { IAMClient } from '@aws-sdk/client-iam'
import type { RoleTarget } from '../domain/contact-centers.js'
import { readRole } from '../aws/roles.js'
import { AWS_CONCURRENCY, mapBounded } from '../aws/bounded.js'
import { backoffDelay, realSleep, type Sleep } from '../aws/retry.js'
import { policiesEquivalent, type PolicyDocument } from '../policy/document.js'
import { VerificationError } from './errors.js'

export interface Expectation {
  target: RoleTarget
  document: PolicyDocument
}

export interface PollOptions {
  deadline: number
  sleep?: Sleep
  random?: () => number
}

/**
 * Reads every written role until IAM returns what was written (IAM is eventually consistent:
 * a change can take seconds to show). Returns the documents as IAM holds them, by role name; fails
 * with the roles still differing at the deadline.
 */
export async function readBack(
  iam: IAMClient,
  expectations: readonly Expectation[],
  options: PollOptions
): Promise<Map<string, PolicyDocument>> {
  const sleep = options.sleep ?? realSleep
  const stored = new Map<string, PolicyDocument>()
  let pending = [...expectations]
  for (let attempt = 1; pending.length > 0; attempt++) {
    const stillDiffering: Expectation[] = []
    await mapBounded(pending, AWS_CONCURRENCY, async (expectation) => {
      const role = await readRole(iam, expectation.target, { deadline: options.deadline })
      if (role === null || !policiesEquivalent(role.document, expectation.document)) {
        stillDiffering.push(expectation)
      } else {
        stored.set(expectation.target.roleName, role.document)
      }
    })
    pending = stillDiffering
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
