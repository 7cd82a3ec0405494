/** ARNs and account IDs as they appear in the Principal element of a trust policy. */

export const ACCOUNT_ID = /^\d{12}$/

export interface ArnParts {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon: a resource may itself contain colons. */
  resource: string
}

export function parseArn(value: string): ArnParts | null {
  const parts = value.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return null
  const [, partition = '', service = '', region = '', account = ''] = parts
  return { partition, service, region, account, resource: parts.slice(5).join(':') }
}

/** The account an AWS principal belongs to: a bare account ID, or the account field of its ARN. */
export function accountOfAwsPrincipal(value: string): string | null {
  if (ACCOUNT_ID.test(value)) return value
  const arn = parseArn(value)
  return arn && ACCOUNT_ID.test(arn.account) ? arn.account : null
}

/** The account ID when the principal stands for a whole account (`123456789012` or `arn:P:iam::123456789012:root`). */
export function accountOfRootPrincipal(value: string): string | null {
  if (ACCOUNT_ID.test(value)) return value
  const arn = parseArn(value)
  if (arn && arn.service === 'iam' && arn.resource === 'root' && ACCOUNT_ID.test(arn.account))
    return arn.account
  return null
}

/** The role behind a role session (arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION); null for any other ARN. */
export function sessionRole(value: string): { roleName: string; arn: string } | null {
  const arn = parseArn(value)
  const roleName = arn?.service === 'sts' ? /^assumed-role\/([^/]+)\/.+$/.exec(arn.resource)?.[1] : undefined
  if (arn === null || roleName === undefined) return null
  // The path-less ARN: a session's ARN does not carry the role's path.
  return { roleName, arn: `arn:${arn.partition}:iam::${arn.account}:role/${roleName}` }
}
