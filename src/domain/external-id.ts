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
