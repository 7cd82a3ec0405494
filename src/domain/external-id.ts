import { createHash, randomBytes } from 'node:crypto'

/** AWS limits for sts:ExternalId (STS AssumeRole API reference). */
export const EXTERNAL_ID_MIN_LENGTH = 2
export const EXTERNAL_ID_MAX_LENGTH = 1224
const EXTERNAL_ID_PATTERN = /^[\w+=,.@:/-]*$/

/** Why the value is not a valid external ID, or null when it is. Never echoes the value. */
export function externalIdProblem(value: string): string | null {
  if (value.length < EXTERNAL_ID_MIN_LENGTH || value.length > EXTERNAL_ID_MAX_LENGTH) {
    return `must be ${EXTERNAL_ID_MIN_LENGTH} to ${EXTERNAL_ID_MAX_LENGTH} characters long (got ${value.length})`
  }
  if (!EXTERNAL_ID_PATTERN.test(value)) {
    return 'may contain only letters, digits and the characters _+=,.@:/-'
  }
  return null
}

/** 32 random bytes (256 bits) in base64url: 43 characters, all in AWS's charset. */
export function generateExternalId(): string {
  return randomBytes(32).toString('base64url')
}

/** `sha256:` and the first 12 hex digits of the SHA-256 of the ID: shown wherever the ID would be. */
export function fingerprint(externalId: string): string {
  return `sha256:${createHash('sha256').update(externalId, 'utf8').digest('hex').slice(0, 12)}`
}

/** One Salesforce org's external ID, named by the label the user gave it in `external-ids`. */
export interface OrgExternalId {
  label: string
  id: string
}

/**
 * The external IDs a run requires: one (`external-id`, given or generated), or one per Salesforce
 * org sharing the roles (`external-ids`), which the roles then accept all at once.
 */
export type RequiredIds = { kind: 'single'; id: string } | { kind: 'orgs'; orgs: readonly OrgExternalId[] }

export function idsOf(required: RequiredIds): string[] {
  return required.kind === 'single' ? [required.id] : required.orgs.map((org) => org.id)
}

/** The fingerprint, or one per label. */
export function fingerprintsOf(required: RequiredIds): string | Record<string, string> {
  if (required.kind === 'single') return fingerprint(required.id)
  return Object.fromEntries(required.orgs.map((org) => [org.label, fingerprint(org.id)]))
}

/** For messages and reports: `sha256:…`, or `LABEL sha256:…, LABEL sha256:…`. */
export function describeIds(required: RequiredIds): string {
  if (required.kind === 'single') return fingerprint(required.id)
  return required.orgs.map((org) => describeId(required, org.id)).join(', ')
}

/** One ID of the set, by label where it has one: `LABEL sha256:…`. */
export function describeId(required: RequiredIds, id: string): string {
  const label = required.kind === 'orgs' ? required.orgs.find((org) => org.id === id)?.label : undefined
  return label === undefined ? fingerprint(id) : `${label} ${fingerprint(id)}`
}

const FINGERPRINT = /^sha256:[0-9a-f]{12}$/

/** True for a fingerprint as `fingerprint()` writes it (the case of the hex digits does not matter). */
export function isFingerprint(text: string): boolean {
  return FINGERPRINT.test(text.toLowerCase())
}

/**
 * The reason a run must stop when the ID it was given is not the one the workflow's reviewers
 * approved, or null when it is. Fingerprints only.
 */
export function fingerprintMismatch(externalId: string, expected: string): string | null {
  const actual = fingerprint(externalId)
  const wanted = expected.toLowerCase()
  return actual === wanted
    ? null
    : `the secret's ID has fingerprint ${actual}; the workflow expects ${wanted}`
}

/**
 * Stands in for the ID that apply will generate, so that a plan shows where it goes without making
 * a throwaway ID (whose fingerprint would change on every run). Never a valid ID: it cannot be applied.
 */
export const ID_GENERATED_AT_APPLY = '<new external ID>'

/** The fingerprint, or for a plan with generate-external-id the promise of a new ID. */
export function shownFingerprint(externalId: string): string {
  return externalId === ID_GENERATED_AT_APPLY
    ? 'a new ID will be generated at apply'
    : fingerprint(externalId)
}
