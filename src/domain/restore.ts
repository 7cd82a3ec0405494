/**
 * Compare before restore, decided: what a rollback or the post step does to one role, given what
 * the run wrote and what IAM holds now. Pure; `transaction/restore.ts` reads, writes and reports it.
 */
import { policiesEquivalent, type PolicyDocument } from '../policy/document.js'
import type { TagChanges } from './tags.js'

/**
 * restored: IAM holds the original again. untouched: nothing of this run is in IAM. other-writer:
 * IAM holds a document this run never wrote, left as is. restore-failed: the role still holds this
 * run's change (or an unknown state).
 */
export type RestoreState = 'restored' | 'untouched' | 'other-writer' | 'restore-failed'
export interface RestoreAccount {
  roleName: string
  state: RestoreState
  detail: string | null
}

/** The roles whose trust policy IAM holds differently from the run's start after a rollback. */
export const leftChanged = (account: RestoreAccount): boolean =>
  account.state === 'other-writer' || account.state === 'restore-failed'

/** One role as the run left it, and as IAM holds it now. */
export interface RestoreCase {
  original: PolicyDocument
  /** The trust policies this run sent (its change, the canary version); empty: only tags were written. */
  written: readonly PolicyDocument[]
  /** The tag values this run set (null: removed); null when it set none. */
  taggedWith: TagChanges | null
  /** What IAM holds: null for a deleted role, undefined when it could not be read. */
  current: { document: PolicyDocument; tags: Record<string, string> } | null | undefined
  /**
   * Write the original even when IAM already shows it: right after a write a read may not show it
   * yet. A post step, long after the last write, trusts what it reads.
   */
  rewriteOriginal: boolean
}

export type RestoreDecision =
  | { action: 'leave-to-other-writer' }
  /** `ourTags`: the tags this run set that still hold its values; their originals go back. */
  | { action: 'restore'; writeOriginal: boolean; ourTags: TagChanges }

export function restoreDecision(role: RestoreCase): RestoreDecision {
  const { current, written } = role
  // A role that cannot be read is restored without comparing: IAM has no conditional write.
  const unread = current === undefined
  // A deleted role (null) holds neither.
  const document = current?.document
  const holdsOriginal = document !== undefined && policiesEquivalent(document, role.original)
  const holdsOurs = document !== undefined && written.some((doc) => policiesEquivalent(document, doc))
  if (written.length > 0 && !unread && !holdsOriginal && !holdsOurs)
    return { action: 'leave-to-other-writer' }
  const writeOriginal = written.length > 0 && (holdsOurs || unread || role.rewriteOriginal)
  // Tags follow the policy: with the original policy back, every tag this run wrote goes back too.
  // Otherwise only the values this run set and nobody changed since go back.
  const ourTags = Object.entries(role.taggedWith ?? {}).filter(
    ([key, value]) => written.length > 0 || unread || (current?.tags[key] ?? null) === value
  )
  return { action: 'restore', writeOriginal, ourTags: Object.fromEntries(ourTags) }
}
