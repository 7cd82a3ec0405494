import type { IAMClient } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler'
import { iamEndpoint, stsEndpoint } from './region.js'
import { warmAgents, WarmConnections } from './warm-connections.js'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface AwsClients {
  iam: IAMClient
  sts: STSClient
}

export interface ClientOptions {
  region: string
  /** Omitted: the SDK's default chain (environment variables, e.g. from configure-aws-credentials). */
  credentials?: AwsCredentials
  env?: NodeJS.ProcessEnv
  /** Connections opened ahead for the client's first requests (see warmConnections). */
  warm?: WarmConnections | null
}

type Service = 'IAM' | 'STS'

/** A request that hangs this long is abandoned and retried by the action's own retry policy. */
const REQUEST_TIMEOUT_MS = 10_000
const CONNECTION_TIMEOUT_MS = 5_000

/** The endpoint to use, as the AWS SDKs document it: AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL. */
export function endpointFor(service: Service, env: NodeJS.ProcessEnv): string | undefined {
  return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined
}

/** The STS client: the first AWS request of every run, so it is all the action loads before it. */
export function createStsClient(options: ClientOptions): STSClient {
  return new STSClient(clientConfig('STS', options))
}

/** The IAM client, loaded on demand: the first request (STS) is sent while its package loads. */
export async function createIamClient(options: ClientOptions): Promise<IAMClient> {
  const { IAMClient } = await loadIamClient()
  return new IAMClient(clientConfig('IAM', options))
}

const loadIamClient = () => import('@aws-sdk/client-iam')

/** Starts loading the IAM client's code ahead of createIamClient, e.g. while STS answers. */
export function preloadIamClient(): void {
  // A failure to load surfaces where the client is created.
  loadIamClient().catch(() => undefined)
}

/**
 * The SDK's own retries are off (maxAttempts 1): the action retries with one policy of its own
 * that knows which errors are worth retrying (src/aws/retry.ts).
 */
function clientConfig(service: Service, options: ClientOptions) {
  const endpoint = endpointFor(service, options.env ?? process.env)
  return {
    region: options.region,
    maxAttempts: 1,
    ...(endpoint ? { endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestHandler: httpHandler(endpoint ?? defaultEndpoint(service, options.region), options.warm ?? null)
  }
}

/**
 * Starts opening `count` connections to the service's endpoint, for a client created later (e.g.
 * IAM's while STS answers): the requests then skip the TCP and TLS handshakes. Null where no
 * connection can be warmed: through a proxy, or where the endpoint is not known without the SDK's
 * rules (FIPS, dual-stack, partitions other than aws).
 */
export function warmConnections(
  service: Service,
  region: string,
  count: number,
  env: NodeJS.ProcessEnv = process.env
): WarmConnections | null {
  const endpoint = endpointFor(service, env) ?? standardEndpoint(service, region, env)
  if (endpoint === null || count <= 0 || getProxyUrl(new URL(endpoint))) return null
  return new WarmConnections(endpoint).open(count)
}

const OTHER_PARTITION_REGION = /^(cn|us-gov|us-iso[a-z]?|eu-isoe?)-/

function standardEndpoint(service: Service, region: string, env: NodeJS.ProcessEnv): string | null {
  const special = [env.AWS_USE_FIPS_ENDPOINT, env.AWS_USE_DUALSTACK_ENDPOINT].some(
    (setting) => setting?.toLowerCase() === 'true'
  )
  return special || OTHER_PARTITION_REGION.test(region) ? null : defaultEndpoint(service, region)
}

/** The endpoint the SDK will call, so that NO_PROXY is matched against the right host. */
function defaultEndpoint(service: Service, region: string): string {
  return service === 'IAM' ? iamEndpoint(region) : stsEndpoint(region)
}

/**
 * Honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY the way the runner's own tools do. The handler reads
 * its options on the first request, so https-proxy-agent is loaded only when a proxy applies.
 */
function httpHandler(endpoint: string, warm: WarmConnections | null): NodeHttpHandler {
  const proxy = getProxyUrl(new URL(endpoint))
  return new NodeHttpHandler(async (): Promise<NodeHttpHandlerOptions> => ({
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    throwOnRequestTimeout: true,
    ...(proxy ? await proxyAgents(proxy) : warm ? warmAgents(warm) : {})
  }))
}

async function proxyAgents(proxy: URL): Promise<NodeHttpHandlerOptions> {
  const { HttpsProxyAgent } = await import('https-proxy-agent')
  const agent = new HttpsProxyAgent(proxy.href)
  return { httpsAgent: agent, httpAgent: agent }
}
