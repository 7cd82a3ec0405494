/**
 * The restore of the roles a run wrote, from its journal: the main step's rollback and the post
 * step of a killed run. What to do with each role is decided in `domain/restore.ts`.
 */
import type { IAMClient } from '@aws-sdk/client-iam'
import { mapBounded } from '../aws/bounded.js'
import { errorMessage } from '../aws/errors.js'
import { errorCode } from '../aws/retry.js'
import { readRole, writeTags, writeTrustPolicy, type RetryOverrides } from '../aws/roles.js'
import type { RoleTarget } from '../domain/contact-centers.js'
import { restoreDecision, type RestoreAccount } from '../domain/restore.js'
import { restoringTags, type TagChanges } from '../domain/tags.js'
import { parsePolicyDocument, type PolicyDocument } from '../policy/document.js'
import { OTHER_WRITER_DETAIL, restoreFailedDetail } from '../report/rollback.js'
import { ConflictError } from './errors.js'
import type { Journal, JournalRole } from './journal.js'
import { readBack } from './read-back.js'

/** A role to restore: its original, and what this run may have put in IAM. */
export interface RestoreTarget {
  target: RoleTarget
  original: { json: string; document: PolicyDocument; tags: Record<string, string> }
  /** The trust policies this run sent (its change, the canary version); empty: only tags were written. */
  written: PolicyDocument[]
  taggedWith: TagChanges | null
}

/**
 * Restores every role the journal says this run wrote (of the policies, those in `policiesTouched`
 * when given), then marks the journal settled: the main step's rollback and the post step.
 */
export async function restoreJournal(
  iam: IAMClient,
  journal: Journal,
  options: RestoreOptions,
  policiesTouched?: ReadonlySet<string>
): Promise<RestoreAccount[]> {
  const targets = journal.touched.map((role) => restoreTarget(role, policiesTouched))
  const accounts = await restoreRoles(iam, targets, options)
  journal.settle()
  return accounts
}

function restoreTarget(role: JournalRole, policiesTouched?: ReadonlySet<string>): RestoreTarget {
  const sent = policiesTouched === undefined || policiesTouched.has(role.roleName)
  return {
    target: {
      logicalRole: role.logicalRole,
      callCenter: role.callCenter,
      roleName: role.roleName,
      arn: role.arn
    },
    original: { json: role.trustPolicy, document: parsePolicyDocument(role.trustPolicy), tags: role.tags },
    written: sent ? role.written.map(parsePolicyDocument) : [],
    taggedWith: role.taggedWith
  }
}

export interface RestoreOptions {
  concurrency: number
  deadline: number
  requestTimeoutMs?: number
  /**
   * Write the original even when IAM already shows it: right after a write a read may not show it
   * yet. A post step, long after the last write, trusts what it reads.
   */
  rewriteOriginal: boolean
}

/**
 * Compare before restore: reads each role and restores its original trust policy (and the tag
 * values this run set) only while IAM holds what this run wrote or the original. A role that holds
 * anything else was changed by another writer after this run's write: it is left as it is.
 */
async function restoreRoles(
  iam: IAMClient,
  targets: readonly RestoreTarget[],
  options: RestoreOptions
): Promise<RestoreAccount[]> {
  const retry: RetryOverrides = {
    maxAttempts: 10,
    deadline: options.deadline,
    requestTimeoutMs: options.requestTimeoutMs
  }
  return mapBounded(targets, options.concurrency, async (target): Promise<RestoreAccount> => {
    const roleName = target.target.roleName
    try {
      return { roleName, ...(await restoreRole(iam, target, options, retry)) }
    } catch (error) {
      if (error instanceof ConflictError)
        return { roleName, state: 'other-writer', detail: OTHER_WRITER_DETAIL }
      const detail = restoreFailedDetail(errorCode(error), errorMessage(error))
      return { roleName, state: 'restore-failed', detail }
    }
  })
}

async function restoreRole(
  iam: IAMClient,
  { target, original, written, taggedWith }: RestoreTarget,
  options: RestoreOptions,
  retry: RetryOverrides
): Promise<Omit<RestoreAccount, 'roleName'>> {
  const current = await readRole(iam, target, retry).catch(() => undefined)
  const decision = restoreDecision({
    original: original.document,
    written,
    taggedWith,
    current,
    rewriteOriginal: options.rewriteOriginal
  })
  if (decision.action === 'leave-to-other-writer')
    return { state: 'other-writer', detail: OTHER_WRITER_DETAIL }
  if (decision.writeOriginal) {
    await writeTrustPolicy(iam, target.roleName, original.json, retry)
    await readBack(iam, [{ target, document: original.document, earlier: written }], {
      deadline: options.deadline,
      requestTimeoutMs: options.requestTimeoutMs
    })
  }
  const restoresTags = Object.keys(decision.ourTags).length > 0
  if (restoresTags) {
    await writeTags(iam, target.roleName, restoringTags(original.tags, decision.ourTags), retry)
  }
  return { state: decision.writeOriginal || restoresTags ? 'restored' : 'untouched', detail: null }
}
