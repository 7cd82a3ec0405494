import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  type STSClient
} from '@aws-sdk/client-sts'
import { errorMessage, explainAwsError } from './errors.js'
import { createStsClient, warmConnections, type AwsCredentials } from './clients.js'
import { errorCode, withRetry } from './retry.js'
import { log } from '../report/log.js'
import type { Settings } from '../domain/settings.js'

export class CredentialsError extends Error {
  override name = 'CredentialsError'
}

const MISSING_ID_TOKEN =
  'role-to-assume needs a GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set. ' +
  'Add `permissions: id-token: write` to the workflow or job (with `contents: read` and, for the comment, ' +
  '`pull-requests: write`). Pull requests from forks and runs Dependabot triggers never get an OIDC token: ' +
  "skip them (if: github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'dependabot[bot]') " +
  'and plan from branches of this repository.'

/** What AssumeRoleWithWebIdentity answered: the session's credentials and who they are. */
export interface AssumedSession {
  credentials: AwsCredentials
  /** From AssumedRoleUser.Arn (the ARN sts:GetCallerIdentity would answer); null if STS left it out. */
  identity: CallerIdentity | null
}

/** GitHub OIDC token -> STS AssumeRoleWithWebIdentity; the credentials are masked before use. */
export async function assumeRoleWithOidc(
  sts: STSClient,
  request: OidcRequest,
  env: NodeJS.ProcessEnv = process.env
): Promise<AssumedSession> {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new CredentialsError(MISSING_ID_TOKEN)
  }
  // @actions/core loads undici as it is imported: only this path needs it before the first AWS request.
  const core = await import('@actions/core')
  let token: string
  try {
    token = await core.getIDToken(request.audience)
  } catch (error) {
    throw new CredentialsError(`Could not get a GitHub OIDC token: ${errorMessage(error)}`)
  }
  core.setSecret(token)
  try {
    return await webIdentitySession(sts, request, token, core.setSecret)
  } catch (error) {
    if (error instanceof CredentialsError) throw error
    throw oidcRefusal(error, request.roleArn, token)
  }
}

interface OidcRequest {
  roleArn: string
  audience: string
  sessionName: string
}

/** The session STS hands out for the token; its credentials are registered as secrets first. */
async function webIdentitySession(
  sts: STSClient,
  request: OidcRequest,
  token: string,
  setSecret: (secret: string) => void
): Promise<AssumedSession> {
  const response = await withRetry(
    () =>
      sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: request.roleArn,
          RoleSessionName: request.sessionName,
          WebIdentityToken: token,
          DurationSeconds: 3600
        })
      ),
    { label: `AssumeRoleWithWebIdentity ${request.roleArn}` }
  )
  const credentials = response.Credentials
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.SessionToken) {
    throw new CredentialsError('STS answered AssumeRoleWithWebIdentity without credentials.')
  }
  setSecret(credentials.AccessKeyId)
  setSecret(credentials.SecretAccessKey)
  setSecret(credentials.SessionToken)
  return {
    credentials: {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken
    },
    identity: sessionIdentity(response.AssumedRoleUser?.Arn)
  }
}

/** Why STS refused the token, with the token's (non-secret) claims a trust policy matches. */
function oidcRefusal(error: unknown, roleArn: string, token: string): CredentialsError {
  const claims = oidcClaims(token)
  log.info(
    [
      'The GitHub OIDC token carries these claims, which trust policies match (none of them is secret):',
      ...MATCHED_CLAIMS.map((name) => `  ${name}: ${claims[name] ?? '(not in the token)'}`)
    ].join('\n')
  )
  // A denial here is the role's trust policy refusing the token, not a missing permission.
  const reason =
    errorCode(error) === 'AccessDenied'
      ? `AccessDenied (HTTP 403): ${errorMessage(error)}. The role's trust policy does not accept this token.`
      : explainAwsError(error)
  return new CredentialsError(
    `Could not assume ${roleArn} through GitHub OIDC: ${reason} ` +
      `The token's sub is '${claims.sub ?? 'unknown'}' and its aud '${claims.aud ?? 'unknown'}'. ` +
      'A trust policy usually pins token.actions.githubusercontent.com:sub (StringEquals or StringLike) and :aud; ' +
      "the sub depends on the trigger and the job's environment (pull_request, ref:refs/heads/main, environment:NAME). " +
      "Compare the role's trust policy with the claims printed above."
  )
}

/** The claims of a GitHub OIDC token that trust policies match, in the order they are printed. */
const MATCHED_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'] as const
type MatchedClaim = (typeof MATCHED_CLAIMS)[number]

/**
 * The matched claims of a JWT, read without verifying it (STS does that): shown to explain a denial.
 * The signature is what makes the token a credential; these claims are not secret.
 */
export function oidcClaims(token: string): Partial<Record<MatchedClaim, string>> {
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return {}
  }
  if (typeof payload !== 'object' || payload === null) return {}
  const claims: Partial<Record<MatchedClaim, string>> = {}
  for (const name of MATCHED_CLAIMS) {
    const value: unknown = Reflect.get(payload, name)
    if (typeof value === 'string') claims[name] = value
    else if (Array.isArray(value)) claims[name] = value.map(String).join(', ')
  }
  return claims
}

export interface CallerIdentity {
  accountId: string
  arn: string
  partition: string
}

/**
 * The identity an assumed-role session ARN names (arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION),
 * or null for anything else.
 */
export function sessionIdentity(arn: string | undefined): CallerIdentity | null {
  const match = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/[^/]+\/[^/]+$/.exec(arn ?? '')
  if (!match?.[1] || !match[2]) return null
  return { accountId: match[2], arn: match[0], partition: match[1] }
}

export async function callerIdentity(sts: STSClient): Promise<CallerIdentity> {
  try {
    const identity = await withRetry(() => sts.send(new GetCallerIdentityCommand({})), {
      label: 'GetCallerIdentity'
    })
    const arn = identity.Arn ?? ''
    return { accountId: identity.Account ?? '', arn, partition: arn.split(':')[1] ?? 'aws' }
  } catch (error) {
    throw new CredentialsError(
      `No usable AWS credentials (sts:GetCallerIdentity failed: ${explainAwsError(error)}). ` +
        'Set role-to-assume, or run aws-actions/configure-aws-credentials before this step.'
    )
  }
}

/** Traceable by default: the repository and run id, in STS's charset and 64 characters. */
export function defaultSessionName(env: NodeJS.ProcessEnv = process.env): string {
  const repository = (env.GITHUB_REPOSITORY ?? 'local').split('/').pop() ?? 'local'
  const name = `scv-external-id-${repository}-${env.GITHUB_RUN_ID ?? 'run'}`
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

/** The inputs that say how to connect; `roleToAssume` null: the credentials already in the environment. */
type ConnectOptions = Pick<Settings, 'awsRegion' | 'roleToAssume' | 'audience' | 'roleSessionName'>

/** Credentials that work, for the account they name. */
export interface Connection {
  sts: STSClient
  /** Assumed through GitHub OIDC; absent: the SDK's default chain. */
  credentials?: AwsCredentials
  identity: CallerIdentity
}

/**
 * The run's credentials and their account: through GitHub OIDC when a role is given (STS's answer
 * names the session, so no further call), else the SDK's default chain proven by sts:GetCallerIdentity.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  const region = options.awsRegion
  if (options.roleToAssume === null) {
    const sts = createStsClient({ region })
    return { sts, identity: await callerIdentity(sts) }
  }
  // STS's connection opens while GitHub issues the token.
  const warm = warmConnections('STS', region, 1)
  const session = await assumeRoleWithOidc(createStsClient({ region, warm }), {
    roleArn: options.roleToAssume,
    audience: options.audience,
    sessionName: options.roleSessionName ?? defaultSessionName()
  })
  const { credentials } = session
  const sts = createStsClient({ region, credentials })
  return { sts, credentials, identity: session.identity ?? (await callerIdentity(sts)) }
}
