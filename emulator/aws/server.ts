import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import type { OidcIssuer } from '../oidc.js'
import { AwsError } from './errors.js'
import { FaultPlan, type FaultRule } from './faults.js'
import type { ActionHandler } from './handler.js'
import {
  IAM_ACTIONS,
  IAM_NAMESPACE,
  IAM_VERSION,
  validatePath,
  validateRoleName,
  validateTags
} from './iam.js'
import { identityForArn, parseRoleArn, roleSessionIdentity, type CallerIdentity } from './identity.js'
import { acceptTrustPolicy, normaliseTrustPolicy } from './policy-grammar.js'
import { errorXml, QueryParams, successXml } from './query.js'
import { authenticate } from './auth.js'
import { parseAuthorization, type SigV4Authorization } from './sigv4.js'
import { EmulatorState, type Role } from './state.js'
import { STS_ACTIONS, STS_NAMESPACE, STS_VERSION } from './sts.js'

export type { FaultRule } from './faults.js'

export interface RequestLogEntry {
  start: number
  end: number // ms since epoch (Date.now()), to measure concurrency
  action: string
  service: 'iam' | 'sts'
  roleName: string | null
  principal: string | null // caller ARN (null when unsigned/unknown)
  status: number // HTTP status answered (0 when dropped)
  errorCode: string | null
}

export interface AwsEmulatorOptions {
  issuer: OidcIssuer // from emulator/oidc.ts
  accountId?: string // default '111122223333'
  port?: number // default 0
  latencyMs?: number // fixed latency added to every request (benchmarks); default 0
  propagationDelayMs?: number // eventual consistency window; default 0
  /** Trust policy size quota per role (ACLSizePerRole), in characters of minified JSON; default 2048. */
  policySizeQuota?: number
  /** Audiences (client IDs) the accounts' GitHub OIDC provider accepts; default ['sts.amazonaws.com']. */
  oidcAudiences?: string[]
  /** AWS Organizations membership by account ID (e.g. Salesforce's account in `o-...`): STS sets aws:PrincipalOrgID from it. */
  organizations?: Record<string, string>
}

export interface AwsEmulator {
  readonly url: string // http://127.0.0.1:PORT
  readonly accountId: string
  /** Credentials of the default caller: principal arn:aws:iam::ACCOUNT:role/automation (assumed-role session ARN arn:aws:sts::ACCOUNT:assumed-role/automation/emulator). The role `automation` exists. */
  readonly credentials: { accessKeyId: string; secretAccessKey: string }
  readonly log: RequestLogEntry[]
  addFault(rule: FaultRule): void
  clearFaults(): void
  /** The default caller's policies stop allowing this IAM action (e.g. 'ListRoles'): IAM's AccessDenied, every time. */
  denyAction(action: string): void
  setLatency(ms: number): void
  setPropagationDelay(ms: number): void
  setPolicySizeQuota(characters: number): void
  /** Puts an account into an organization (aws:PrincipalOrgID of its callers), or out of any with null. */
  setOrganization(accountId: string, organizationId: string | null): void
  /** Direct state access for tests and seeding (no HTTP, no faults, no delay). */
  createRole(
    name: string,
    trustPolicy: object | string,
    options?: { path?: string; tags?: Record<string, string>; accountId?: string }
  ): string // returns ARN
  /** The stored trust policy as plain JSON text (the current truth, ignoring propagation). */
  trustPolicy(roleName: string): string
  setTrustPolicy(roleName: string, trustPolicy: object | string): void // edit behind the action's back (no validation)
  deleteRole(roleName: string): void
  roleTags(roleName: string): Record<string, string>
  roleNames(): string[]
  /** Credentials acting as an arbitrary principal ARN (e.g. a Salesforce role arn:aws:iam::793525387755:role/X, possibly of another account). */
  credentialsFor(principalArn: string): {
    accessKeyId: string
    secretAccessKey: string
    sessionToken?: string
  }
  stop(): Promise<void>
}

const DEFAULT_ACCOUNT_ID = '111122223333'
const MAX_BODY_BYTES = 1024 * 1024
const AUTOMATION_ROLE = 'automation'

interface Service {
  name: 'iam' | 'sts'
  namespace: string
  version: string
  actions: Record<string, ActionHandler>
}

const SERVICES: Service[] = [
  { name: 'iam', namespace: IAM_NAMESPACE, version: IAM_VERSION, actions: IAM_ACTIONS },
  { name: 'sts', namespace: STS_NAMESPACE, version: STS_VERSION, actions: STS_ACTIONS }
]

/** Actions that are called without a signature. */
const UNSIGNED_ACTIONS = new Set(['AssumeRoleWithWebIdentity'])

/**
 * A local IAM + STS endpoint speaking the AWS Query protocol, for the unmodified AWS SDK clients.
 * Both services share one port; the Action (and the signature's credential scope) tell them apart.
 */
export async function startAwsEmulator(options: AwsEmulatorOptions): Promise<AwsEmulator> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID
  const state = new EmulatorState({
    propagationDelayMs: options.propagationDelayMs ?? 0,
    ...(options.policySizeQuota !== undefined ? { policySizeQuota: options.policySizeQuota } : {})
  })
  const faults = new FaultPlan()
  const deniedActions = new Set<string>()
  const log: RequestLogEntry[] = []
  const oidcAudiences = options.oidcAudiences ?? ['sts.amazonaws.com']
  const organizations = new Map(Object.entries(options.organizations ?? {}))
  const pendingDelays = new Set<NodeJS.Timeout>()
  let latencyMs = options.latencyMs ?? 0

  const automation = state.addRole(accountId, {
    name: AUTOMATION_ROLE,
    path: '/',
    document: JSON.stringify(githubTrustPolicy(accountId, options.issuer)),
    description: 'The role the action runs as'
  })
  const defaultKey = state.issueKey(roleSessionIdentity({ ...automation, partition: 'aws' }, 'emulator'), {
    temporary: false
  })
  const principalKeys = new Map<
    string,
    { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  >()

  const sleep = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            pendingDelays.delete(timer)
            resolve()
          }, ms)
          pendingDelays.add(timer)
        })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = Date.now()
    const body = await readBody(req)
    const params = new QueryParams(`${new URL(req.url ?? '/', 'http://emulator').search.slice(1)}&${body}`)
    const action = params.get('Action') ?? ''
    let auth: SigV4Authorization | null = null
    let authError: AwsError | undefined
    try {
      auth = parseAuthorization(req.headers.authorization)
    } catch (error) {
      authError = error as AwsError
    }
    const service = serviceFor(action, auth)
    const roleName = params.get('RoleName') ?? parseRoleArn(params.get('RoleArn') ?? '')?.name ?? null
    const knownKey = auth ? state.findKey(auth.accessKeyId) : undefined
    const entry: RequestLogEntry = {
      start,
      end: start,
      action,
      service: service.name,
      roleName,
      principal: UNSIGNED_ACTIONS.has(action) ? null : (knownKey?.identity.arn ?? null),
      status: 0,
      errorCode: null
    }
    const requestId = randomUUID()
    // The fixed latency is a remote service's: the answer leaves `latencyMs` after the request
    // arrived, the emulator's own work included (it would otherwise add to every round trip).
    const answer = async (status: number, xml: string, errorCode: string | null): Promise<void> => {
      await sleep(Math.max(0, start + latencyMs + effect.latencyMs - Date.now()))
      entry.end = Date.now()
      entry.status = status
      entry.errorCode = errorCode
      log.push(entry)
      res.writeHead(status, {
        'content-type': 'text/xml',
        'content-length': Buffer.byteLength(xml),
        'x-amzn-requestid': requestId
      })
      res.end(xml)
    }

    const effect = faults.apply(action, roleName, entry.principal)
    // A fault's latency comes before the request is handled: tests order races with it.
    await sleep(effect.latencyMs)
    if (effect.drop) {
      await sleep(latencyMs)
      entry.end = Date.now()
      log.push(entry)
      req.socket.destroy()
      return
    }
    try {
      if (effect.error) {
        const { code, status, message } = effect.error
        throw new AwsError(code, status, message ?? `Injected fault: ${code}`)
      }
      const handler = service.actions[action]
      if (!handler) {
        throw new AwsError(
          'InvalidAction',
          400,
          `Could not find operation ${action} for version ${service.version}`
        )
      }
      let caller: CallerIdentity | null = null
      if (!UNSIGNED_ACTIONS.has(action)) {
        if (authError) throw authError
        caller = authenticate(
          state,
          { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body },
          auth,
          service.name
        )
      }
      if (caller !== null && service.name === 'iam' && deniedActions.has(action)) {
        throw notAuthorized(caller, action, roleName)
      }
      const result = handler({
        state,
        params,
        caller,
        issuer: options.issuer,
        oidcAudiences,
        organizationOf: (account: string) => organizations.get(account),
        now: Date.now(),
        previousPolicy: effect.previousPolicy
      })
      await answer(200, successXml(action, service.namespace, result, requestId), null)
    } catch (error) {
      const awsError =
        error instanceof AwsError
          ? error
          : new AwsError('InternalFailure', 500, `An internal error occurred: ${(error as Error).message}`)
      await answer(awsError.status, errorXml(awsError, service.namespace, requestId), awsError.code)
    }
  }

  /** Direct access names a role by name (default account) or by ARN (any account). */
  function roleFor(reference: string): Role {
    const arn = parseRoleArn(reference)
    return arn ? state.requireRole(arn.accountId, arn.name) : state.requireRole(accountId, reference)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    accountId,
    credentials: { accessKeyId: defaultKey.accessKeyId, secretAccessKey: defaultKey.secretAccessKey },
    log,
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    denyAction: (action) => {
      deniedActions.add(action)
    },
    setLatency: (ms) => {
      latencyMs = ms
    },
    setPropagationDelay: (ms) => {
      state.propagationDelayMs = ms
    },
    setOrganization: (account, organizationId) => {
      if (organizationId === null) organizations.delete(account)
      else organizations.set(account, organizationId)
    },
    setPolicySizeQuota: (characters) => {
      state.policySizeQuota = characters
    },
    createRole(name, trustPolicy, roleOptions = {}) {
      const role = state.addRole(roleOptions.accountId ?? accountId, {
        name: validateRoleName(name),
        path: validatePath(roleOptions.path ?? '/'),
        document: acceptTrustPolicy(policyText(trustPolicy), state.policySizeQuota, 'stored'),
        tags: validateTags(Object.entries(roleOptions.tags ?? {}))
      })
      return role.arn
    },
    trustPolicy: (name) => state.currentPolicy(roleFor(name)),
    setTrustPolicy(name, trustPolicy) {
      state.updateTrustPolicy(roleFor(name), storedForm(policyText(trustPolicy)), Date.now(), 0)
    },
    deleteRole(name) {
      const role = roleFor(name)
      state.removeRole(role.accountId, role.name)
    },
    roleTags: (name) => Object.fromEntries(roleFor(name).tags),
    roleNames: () => state.listRoles(accountId).map((role) => role.name),
    credentialsFor(principalArn) {
      let credentials = principalKeys.get(principalArn)
      if (!credentials) {
        const identity = identityForArn(principalArn)
        const key = state.issueKey(identity, { temporary: identity.roleSession })
        credentials = {
          accessKeyId: key.accessKeyId,
          secretAccessKey: key.secretAccessKey,
          ...(key.sessionToken !== undefined ? { sessionToken: key.sessionToken } : {})
        }
        principalKeys.set(principalArn, credentials)
      }
      return { ...credentials }
    },
    async stop() {
      for (const timer of pendingDelays) clearTimeout(timer)
      pendingDelays.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}

/** The service an Action belongs to; for unknown actions, the one the signature was scoped to. */
function serviceFor(action: string, auth: SigV4Authorization | null): Service {
  const byAction = SERVICES.find((service) => action in service.actions)
  return byAction ?? SERVICES.find((service) => service.name === auth?.service) ?? (SERVICES[0] as Service)
}

/** The trust policy of the default caller's role: GitHub Actions of any repository through OIDC. */
function githubTrustPolicy(accountId: string, issuer: OidcIssuer): object {
  const provider = issuer.issuer.replace(/^https:\/\//, '').replace(/\/$/, '')
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${accountId}:oidc-provider/${provider}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${provider}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${provider}:sub`]: 'repo:*' }
        }
      }
    ]
  }
}

const policyText = (policy: object | string): string =>
  typeof policy === 'string' ? policy : JSON.stringify(policy)

/** Normalised like IAM stores it when it is JSON; kept as given otherwise (an edit behind IAM's back). */
function storedForm(text: string): string {
  try {
    return JSON.stringify(normaliseTrustPolicy(JSON.parse(text)))
  } catch {
    return text
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** IAM's answer to an action no identity-based policy of the caller allows; the resource is the role (or all roles). */
function notAuthorized(caller: CallerIdentity, action: string, roleName: string | null): AwsError {
  const partition = caller.arn.split(':')[1] ?? 'aws'
  const resource = `arn:${partition}:iam::${caller.accountId}:role/${roleName ?? ''}`
  return new AwsError(
    'AccessDenied',
    403,
    `User: ${caller.arn} is not authorized to perform: iam:${action} on resource: ${resource} because no identity-based policy allows the iam:${action} action`
  )
}
