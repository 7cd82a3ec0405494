import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts'
import { errorCode, withRetry, type RetryOptions } from './retry.js'

/** What STS answered to one sts:AssumeRole: allowed, or the error code (AccessDenied when the trust policy says no). */
export type AssumeAnswer = 'allowed' | string

/**
 * One sts:AssumeRole of the role, with the given external ID or none. The session is not used:
 * only STS's decision matters. Retryable errors are retried as everywhere; the retry options can
 * also make AccessDenied retryable (while IAM propagates a change).
 */
export async function probeAssumeRole(
  sts: STSClient,
  roleArn: string,
  externalId: string | undefined,
  retry: Partial<RetryOptions> = {}
): Promise<AssumeAnswer> {
  const request = new AssumeRoleCommand({
    RoleArn: roleArn,
    RoleSessionName: 'scv-external-id-canary',
    DurationSeconds: 900,
    ...(externalId === undefined ? {} : { ExternalId: externalId })
  })
  return withRetry(() => sts.send(request), { ...retry, label: `AssumeRole ${roleArn}` }).then(
    () => 'allowed',
    (error: unknown) => errorCode(error)
  )
}
