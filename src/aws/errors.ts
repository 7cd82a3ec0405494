import { errorCode, httpStatus } from './retry.js'

/** What to do about the AWS errors the action meets; the code stays visible for searching. */
const ADVICE: Record<string, string> = {
  AccessDenied:
    'The credentials lack a permission: see "Permissions of the automation role" in docs/permissions.md (iam:GetRole, iam:UpdateAssumeRolePolicy, iam:TagRole, iam:UntagRole on the SCV roles; iam:ListRoles for the audit).',
  NoSuchEntity:
    'Check contact-center-type, call-center-api-name and role-arns against the roles in this account.',
  MalformedPolicyDocument: 'IAM rejected the trust policy document; the role was left as it was.',
  LimitExceeded:
    'The trust policy is over the account quota ACLSizePerRole: remove unused statements or ask AWS for a quota increase (at most 4096), then set max-policy-size.',
  InvalidClientTokenId: 'The AWS credentials are not valid (expired or for another partition).',
  ExpiredToken: 'The AWS credentials have expired.',
  InvalidIdentityToken:
    'STS rejected the GitHub OIDC token: check the IAM OIDC provider for token.actions.githubusercontent.com.'
}

/** An error's message; anything thrown that has none, as text. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message
  return String(error)
}

/** `Code (HTTP status): AWS's message. Advice.` — without request ids or stack. */
export function explainAwsError(error: unknown): string {
  const code = errorCode(error)
  const status = httpStatus(error)
  const message = errorMessage(error)
  const advice = ADVICE[code]
  return `${code}${status ? ` (HTTP ${status})` : ''}: ${message}${advice ? ` ${advice}` : ''}`
}

/**
 * The message a failed run ends with: the action's own errors as they are (they already say what
 * to do), AWS's errors with their code and advice.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.name !== 'Error' && !('$metadata' in error)) return error.message
  return explainAwsError(error)
}
