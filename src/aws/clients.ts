import { IAMClient } from '@aws-sdk/client-iam'
import { STSClient } from '@aws-sdk/client-sts'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { HttpsProxyAgent } from 'https-proxy-agent'

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
}

/** A request that hangs this long is abandoned and retried by the action's own retry policy. */
const REQUEST_TIMEOUT_MS = 10_000
const CONNECTION_TIMEOUT_MS = 5_000

/** The endpoint to use, as the AWS SDKs document it: AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL. */
export function endpointFor(service: 'IAM' | 'STS', env: NodeJS.ProcessEnv): string | undefined {
  return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined
}

/**
 * IAM and STS clients. The SDK's own retries are off (maxAttempts 1): the action retries with
 * one policy of its own that knows which errors are worth retrying (src/aws/retry.ts).
 */
export function createAwsClients(options: ClientOptions): AwsClients {
  const env = options.env ?? process.env
  const common = (service: 'IAM' | 'STS') => {
    const endpoint = endpointFor(service, env)
    return {
      region: options.region,
      maxAttempts: 1,
      ...(endpoint ? { endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      requestHandler: httpHandler(endpoint ?? defaultEndpoint(service, options.region))
    }
  }
  return { iam: new IAMClient(common('IAM')), sts: new STSClient(common('STS')) }
}

function defaultEndpoint(service: 'IAM' | 'STS', region: string): string {
  return service === 'IAM' ? 'https://iam.amazonaws.com' : `https://sts.${region}.amazonaws.com`
}

/** Honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY the way the runner's own tools do. */
function httpHandler(endpoint: string): NodeHttpHandler {
  const proxy = getProxyUrl(new URL(endpoint))
  const agent = proxy ? new HttpsProxyAgent(proxy.href) : undefined
  return new NodeHttpHandler({
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    throwOnRequestTimeout: true,
    ...(agent ? { httpsAgent: agent, httpAgent: agent } : {})
  })
}
