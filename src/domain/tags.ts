/** Role tags that record which external ID was applied and when: never the ID itself. */
export const TAG_FINGERPRINT = 'scv-external-id:fingerprint'
export const TAG_APPLIED_AT = 'scv-external-id:applied-at'

/** Tag changes: a value sets the tag, null removes it. */
export type TagChanges = Record<string, string | null>

/**
 * The tag writes a role needs: after an apply, the fingerprint of the ID the role requires and the
 * time it was first applied (kept when the fingerprint is already there, so finishing a staged
 * rotation does not reset the age); after a disable, none of them. Null when nothing changes.
 */
export function tagChanges(
  current: Record<string, string>,
  fingerprint: string | null,
  now: Date
): TagChanges | null {
  if (fingerprint === null) {
    const present = [TAG_FINGERPRINT, TAG_APPLIED_AT].filter((key) => key in current)
    return present.length === 0 ? null : Object.fromEntries(present.map((key) => [key, null]))
  }
  if (current[TAG_FINGERPRINT] === fingerprint && current[TAG_APPLIED_AT]) return null
  return { [TAG_FINGERPRINT]: fingerprint, [TAG_APPLIED_AT]: now.toISOString() }
}

/** The tag values to write back on rollback: the original ones, or removal where there were none. */
export function restoringTags(original: Record<string, string>, changed: TagChanges): TagChanges {
  return Object.fromEntries(Object.keys(changed).map((key) => [key, original[key] ?? null]))
}
