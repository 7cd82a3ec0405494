/**
 * Role tags that record which external ID was applied and when: never the ID itself. One ID is one
 * `scv-external-id:fingerprint` tag; several Salesforce orgs get one tag per org,
 * `scv-external-id:fingerprint:LABEL` (a label is at most 40 characters, so the key stays under
 * IAM's 128), leaving the 50-tag budget to grow by one per org instead of one value per org
 * growing past IAM's 256 characters.
 */
export const TAG_FINGERPRINT = 'scv-external-id:fingerprint'
export const TAG_APPLIED_AT = 'scv-external-id:applied-at'
/** Set by CloudFormation on what a stack creates: a stack update can put the template's trust policy back. */
const TAG_CLOUDFORMATION_STACK = 'aws:cloudformation:stack-name'
/** IAM allows 50 tags per role; AWS's own `aws:` tags do not count. */
const MAX_ROLE_TAGS = 50

/** Tag changes: a value sets the tag, null removes it. */
export type TagChanges = Record<string, string | null>

/** The fingerprint tag of one ID, or one per label. */
function fingerprintTags(fingerprints: string | Record<string, string>): Record<string, string> {
  if (typeof fingerprints === 'string') return { [TAG_FINGERPRINT]: fingerprints }
  return Object.fromEntries(
    Object.entries(fingerprints).map(([label, value]) => [`${TAG_FINGERPRINT}:${label}`, value])
  )
}

const isFingerprintTag = (key: string) => key === TAG_FINGERPRINT || key.startsWith(`${TAG_FINGERPRINT}:`)

/**
 * The tag writes a role needs: after an apply, the fingerprint tag(s) of the ID(s) the role requires
 * (stale ones removed) and the time they were first applied (kept when they are already there, so
 * finishing a staged rotation does not reset the age); after a disable, none of them. Null when
 * nothing changes.
 */
export function tagChanges(
  current: Record<string, string>,
  fingerprints: string | Record<string, string> | null,
  now: Date
): TagChanges | null {
  const wanted = fingerprints === null ? {} : fingerprintTags(fingerprints)
  const stale = Object.keys(current).filter((key) => isFingerprintTag(key) && !(key in wanted))
  if (fingerprints === null) {
    const present = [...stale, ...(TAG_APPLIED_AT in current ? [TAG_APPLIED_AT] : [])]
    return present.length === 0 ? null : Object.fromEntries(present.map((key) => [key, null]))
  }
  const same = Object.entries(wanted).every(([key, value]) => current[key] === value)
  if (same && stale.length === 0 && current[TAG_APPLIED_AT]) return null
  return {
    ...wanted,
    ...Object.fromEntries(stale.map((key) => [key, null])),
    [TAG_APPLIED_AT]: same && current[TAG_APPLIED_AT] ? current[TAG_APPLIED_AT] : now.toISOString()
  }
}

/** IAM's Tag structure (API reference, "Tag"): keys 1-128 and values 0-256 of these characters. */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const MAX_KEY_LENGTH = 128
const MAX_VALUE_LENGTH = 256

/** Why TagRole would refuse one tag this run writes, or null. Never quotes the value. */
function tagRuleProblem(key: string, value: string): string | null {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH || !TAG_CHARACTERS.test(key))
    return `the tag key ${JSON.stringify(key)} is not 1 to ${MAX_KEY_LENGTH} letters, digits, spaces or _.:/=+-@, as IAM requires.`
  if (/^aws:/i.test(key)) return `the tag key ${JSON.stringify(key)} starts with aws:, which IAM reserves.`
  if (value.length > MAX_VALUE_LENGTH || !TAG_CHARACTERS.test(value))
    return `the value of tag ${JSON.stringify(key)} is not at most ${MAX_VALUE_LENGTH} letters, digits, spaces or _.:/=+-@, as IAM requires.`
  return null
}

/**
 * Why TagRole would refuse the tags of the change (a key or value IAM does not accept, or more
 * than IAM's 50 tags per role), or null.
 */
export function tagLimitProblem(current: Record<string, string>, changes: TagChanges): string | null {
  for (const [key, value] of Object.entries(changes)) {
    const problem = value === null ? null : tagRuleProblem(key, value)
    if (problem !== null) return problem
  }
  const after = { ...current, ...changes }
  const counted = Object.entries(after).filter(([key, value]) => value !== null && !key.startsWith('aws:'))
  if (counted.length <= MAX_ROLE_TAGS) return null
  return `the role would carry ${counted.length} tags, over IAM's quota of ${MAX_ROLE_TAGS} per role (one fingerprint tag per Salesforce org): remove unused tags or orgs.`
}

/** The tag values to write back on rollback: the original ones, or removal where there were none. */
export function restoringTags(original: Record<string, string>, changed: TagChanges): TagChanges {
  return Object.fromEntries(Object.keys(changed).map((key) => [key, original[key] ?? null]))
}

/** The CloudFormation stack of each role that has one, by ARN. */
export function cloudFormationStacks(
  roles: readonly { target: { arn: string }; tags: Record<string, string> }[]
): Record<string, string> {
  return Object.fromEntries(
    roles.flatMap((role) => {
      const stack = role.tags[TAG_CLOUDFORMATION_STACK]
      return stack ? [[role.target.arn, stack]] : []
    })
  )
}

/** When the ID of each role that carries a valid applied-at tag was applied, by ARN. */
export function appliedTimes(
  roles: readonly { target: { arn: string }; tags: Record<string, string> }[]
): Record<string, Date> {
  return Object.fromEntries(
    roles.flatMap((role) => {
      const time = Date.parse(role.tags[TAG_APPLIED_AT] ?? '')
      return Number.isNaN(time) ? [] : [[role.target.arn, new Date(time)]]
    })
  )
}
