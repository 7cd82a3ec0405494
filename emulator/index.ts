import { startAwsEmulator, type AwsEmulator, type AwsEmulatorOptions } from './aws/server.js'
import { startGitHubEmulator, type GitHubEmulator, type GitHubEmulatorOptions } from './github.js'
import { createOidcIssuer, type OidcIssuer } from './oidc.js'

export interface Emulators {
  aws: AwsEmulator
  github: GitHubEmulator
  issuer: OidcIssuer
  /**
   * The environment a runner step needs to reach the emulators: AWS endpoint and credentials,
   * GitHub API (GHES-style base URL) and the OIDC token endpoint.
   */
  env: Record<string, string>
  stop(): Promise<void>
}

export interface EmulatorOptions {
  aws?: Omit<AwsEmulatorOptions, 'issuer'>
  github?: Omit<GitHubEmulatorOptions, 'issuer'>
}

/** Starts the AWS (IAM/STS) and GitHub emulators, sharing one OIDC issuer. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const issuer = createOidcIssuer()
  const aws = await startAwsEmulator({ ...options.aws, issuer })
  const github = await startGitHubEmulator({ ...options.github, issuer }).catch(async (error: unknown) => {
    await aws.stop()
    throw error
  })
  const env = {
    AWS_ENDPOINT_URL: aws.url,
    AWS_ACCESS_KEY_ID: aws.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: aws.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // AWS CLI v1 reads only this one.
    AWS_DEFAULT_REGION: 'us-east-1',
    GITHUB_API_URL: `${github.url}/api/v3`,
    ACTIONS_ID_TOKEN_REQUEST_URL: github.idTokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.idTokenRequestToken
  }
  return {
    aws,
    github,
    issuer,
    env,
    async stop() {
      await Promise.all([aws.stop(), github.stop()])
    }
  }
}
