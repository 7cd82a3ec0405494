import { AwsError, constraintError } from './errors.js'
import { callerOf, type ActionHandler, type RequestContext } from './handler.js'
import { parseRoleArn, roleSessionIdentity, type CallerIdentity } from './identity.js'
import { evaluateTrustPolicy, type TrustPrincipal } from './policy-eval.js'
import { isoSeconds, type XmlValue } from './query.js'
import type { Role } from './state.js'

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'
export const STS_VERSION = '2011-06-15'

const MAX_CHAINED_SESSION_SECONDS = 3600

const getCallerIdentity: ActionHandler = (context) => {
  const caller = callerOf(context)
  return { UserId: caller.userId, Account: caller.accountId, Arn: caller.arn }
}

const assumeRole: ActionHandler = (context) => {
  const caller = callerOf(context)
  const { params } = context
  const roleArn = roleArnParam(context)
  const sessionName = sessionNameParam(context)
  const externalId = params.get('ExternalId')
  if (externalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) {
    throw constraintError(
      'externalId',
      'Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]* and length 2-1224'
    )
  }
  const denied = new AwsError(
    'AccessDenied',
    403,
    `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
  )
  const role = findRole(context, roleArn)
  if (!role) throw denied

  const principal: TrustPrincipal = {
    kind: 'aws',
    arn: caller.arn,
    principalArn: caller.principalArn,
    accountId: caller.accountId
  }
  const request = {
    principal,
    context: {
      'sts:ExternalId': externalId,
      'sts:RoleSessionName': sessionName,
      'aws:PrincipalArn': caller.principalArn,
      'aws:PrincipalAccount': caller.accountId,
      // IAM sets it only for a caller whose account is in an organization.
      'aws:PrincipalOrgID': context.organizationOf(caller.accountId)
    }
  }
  const policy = visiblePolicy(context, role)
  const actions = ['sts:AssumeRole', ...(params.has('Tags.member.1.Key') ? ['sts:TagSession'] : [])]
  if (actions.some((action) => evaluateTrustPolicy(policy, { ...request, action }) !== 'allow')) throw denied

  const duration = durationParam(context, role, caller.roleSession)
  return sessionResult(context, role, sessionName, duration)
}

const assumeRoleWithWebIdentity: ActionHandler = (context) => {
  const { params, issuer } = context
  const roleArn = roleArnParam(context)
  const sessionName = sessionNameParam(context)
  const token = params.required('WebIdentityToken')
  let claims: ReturnType<typeof issuer.verify>
  try {
    claims = issuer.verify(token)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/expired/i.test(message)) throw new AwsError('ExpiredTokenException', 400, message)
    throw new AwsError('InvalidIdentityToken', 400, message)
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud.map(String) : [String(claims.aud)]
  if (!audiences.some((audience) => context.oidcAudiences.includes(audience))) {
    throw new AwsError('InvalidIdentityToken', 400, 'Incorrect token audience')
  }

  const denied = new AwsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
  const role = findRole(context, roleArn)
  if (!role) throw denied
  const provider = claims.iss.replace(/^https:\/\//, '').replace(/\/$/, '')
  const decision = evaluateTrustPolicy(visiblePolicy(context, role), {
    action: 'sts:AssumeRoleWithWebIdentity',
    principal: { kind: 'federated', provider: `arn:aws:iam::${role.accountId}:oidc-provider/${provider}` },
    context: {
      [`${provider}:aud`]: audiences,
      [`${provider}:sub`]: claims.sub,
      'sts:RoleSessionName': sessionName
    }
  })
  if (decision !== 'allow') throw denied

  const duration = durationParam(context, role, false)
  return {
    ...(sessionResult(context, role, sessionName, duration) as Record<string, XmlValue>),
    SubjectFromWebIdentityToken: claims.sub,
    Provider: claims.iss,
    Audience: audiences[0]
  }
}

function roleArnParam(context: RequestContext): string {
  const roleArn = context.params.required('RoleArn')
  if (roleArn.length < 20 || roleArn.length > 2048) {
    throw constraintError('roleArn', 'Member must have length between 20 and 2048')
  }
  return roleArn
}

function sessionNameParam(context: RequestContext): string {
  const name = context.params.required('RoleSessionName')
  if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
    throw constraintError(
      'roleSessionName',
      'Member must satisfy regular expression pattern: [\\w+=,.@-]* and length 2-64'
    )
  }
  return name
}

function durationParam(context: RequestContext, role: Role, chained: boolean): number {
  const duration = context.params.integer('DurationSeconds', 3600)
  if (duration < 900 || duration > 43200) {
    throw constraintError('durationSeconds', 'Member must have value between 900 and 43200')
  }
  if (chained && duration > MAX_CHAINED_SESSION_SECONDS) {
    throw new AwsError(
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
  }
  if (duration > role.maxSessionDuration) {
    throw new AwsError(
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
    )
  }
  return duration
}

/** The role named by an ARN, only when the ARN (path included) is exactly the role's. */
function findRole(context: RequestContext, roleArn: string): Role | undefined {
  const parsed = parseRoleArn(roleArn)
  if (!parsed) return undefined
  const role = context.state.findRole(parsed.accountId, parsed.name)
  return role && role.arn === `arn:aws:iam::${parsed.accountId}:role${parsed.path}${role.name}`
    ? role
    : undefined
}

/** What AssumeRole evaluates: the trust policy as IAM's replicas currently show it. */
function visiblePolicy(context: RequestContext, role: Role): unknown {
  try {
    return JSON.parse(context.state.visiblePolicy(role, context.now))
  } catch {
    return null // a policy broken behind IAM's back trusts nobody
  }
}

function sessionResult(
  context: RequestContext,
  role: Role,
  sessionName: string,
  durationSeconds: number
): XmlValue {
  const identity: CallerIdentity = roleSessionIdentity(
    { partition: 'aws', accountId: role.accountId, path: role.path, name: role.name, roleId: role.roleId },
    sessionName
  )
  const expiresAt = context.now + durationSeconds * 1000
  const key = context.state.issueKey(identity, { temporary: true, expiresAt })
  return {
    Credentials: {
      AccessKeyId: key.accessKeyId,
      SecretAccessKey: key.secretAccessKey,
      SessionToken: key.sessionToken,
      Expiration: isoSeconds(expiresAt)
    },
    AssumedRoleUser: { AssumedRoleId: identity.userId, Arn: identity.arn }
  }
}

export const STS_ACTIONS: Record<string, ActionHandler> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity
}
