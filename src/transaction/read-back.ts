import { log } from '../report/log.js'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { RoleTarget } from '../domain/contact-centers.js'
import { readRole } from '../aws/roles.js'
import { AWS_CONCURRENCY, mapBounded } from '../aws/bounded.js'
import { backoffDelay, realSleep, type Sleep } from '../aws/retry.js'
import type { TagChanges } from '../domain/tags.js'
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
  /** The tags this run wrote beside the policy, and the values they had before; absent: not checked. */
  tags?: { written: TagChanges; original: Record<string, string> }
}

/** What IAM shows of a role against what this run wrote: its write, not yet, or another writer's. */
type Shown = 'ours' | 'pending' | 'foreign'

function shownPolicy(document: PolicyDocument, expectation: Expectation): Shown {
  if (policiesEquivalent(document, expectation.document)) return 'ours'
  return expectation.earlier.some((doc) => policiesEquivalent(document, doc)) ? 'pending' : 'foreign'
}

/** A tag still at its value from before this run may not show the write yet; any other value is someone else's. */
function shownTags(tags: Record<string, string>, expectation: Expectation): Shown {
  if (expectation.tags === undefined) return 'ours'
  const { written, original } = expectation.tags
  let shown: Shown = 'ours'
  for (const [key, value] of Object.entries(written)) {
    const now = tags[key] ?? null
    if (now === value) continue
    if (now !== (original[key] ?? null)) return 'foreign'
    shown = 'pending'
  }
  return shown
}

export interface PollOptions {
  deadline: number
  sleep?: Sleep
  random?: () => number
  /** Limit on each GetRole (a restore within a cancellation's grace). */
  requestTimeoutMs?: number
}

/**
 * Reads every written role until IAM returns what was written, policy and tags (IAM is eventually
 * consistent: a change can take seconds to show). Returns the documents as IAM holds them, by role
 * name. Fails with ConflictError as soon as a role holds a document or tag value this run never
 * wrote (another writer's: waiting cannot bring this run's back), and with VerificationError for
 * the roles still showing an earlier state at the deadline.
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
      const shown =
        role === null
          ? ['pending']
          : [shownPolicy(role.document, expectation), shownTags(role.tags, expectation)]
      if (shown.includes('foreign')) foreign.push(expectation.target.roleName)
      else if (shown.includes('pending') || role === null) stillDiffering.push(expectation)
      else stored.set(expectation.target.roleName, role.document)
    })
    if (foreign.length > 0) throw new ConflictError(foreign.sort())
    pending = stillDiffering
    // A long propagation wait must not look like a hang.
    log.info(
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
