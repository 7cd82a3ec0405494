import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAwsEmulator, type AwsEmulator, type AwsEmulatorOptions } from './aws/server.js'
import { startGitHubEmulator, type GitHubEmulator, type GitHubEmulatorOptions } from './github.js'
import { createOidcIssuer, type OidcIssuer } from './oidc.js'
import { createTestAuthority, startTlsFront, type TlsFront } from './tls.js'

export interface Emulators {
  aws: AwsEmulator
  github: GitHubEmulator
  issuer: OidcIssuer
  /**
   * The environment a runner step needs to reach the emulators: AWS endpoint and credentials,
   * GitHub API (GHES-style base URL) and the OIDC token endpoint.
   */
  env: Record<string, string>
  /** The HTTPS hosts in front of STS, IAM and GitHub, when started with `tls`. */
  fronts: { sts: TlsFront; iam: TlsFront; github: TlsFront } | null
  stop(): Promise<void>
}

export interface EmulatorOptions {
  aws?: Omit<AwsEmulatorOptions, 'issuer'>
  github?: Omit<GitHubEmulatorOptions, 'issuer'>
  /**
   * Production's shape: STS, IAM and GitHub (its OIDC token endpoint too) each on an HTTPS host of
   * its own, with a certificate of a test CA the step trusts through NODE_EXTRA_CA_CERTS, and a
   * handshake latency per new connection.
   */
  tls?: { handshakeMs: number }
}

/** Loopback addresses of the three HTTPS hosts (Linux routes all of 127.0.0.0/8 to lo). */
export const TLS_HOSTS = { sts: '127.0.0.2', iam: '127.0.0.3', github: '127.0.0.4' } as const

/** Starts the AWS (IAM/STS) and GitHub emulators, sharing one OIDC issuer. */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const issuer = createOidcIssuer()
  const aws = await startAwsEmulator({ ...options.aws, issuer })
  const github = await startGitHubEmulator({ ...options.github, issuer }).catch(async (error: unknown) => {
    await aws.stop()
    throw error
  })
  const plain = { aws: aws.url, github: github.url, idToken: github.idTokenRequestUrl }
  const secure = options.tls ? await startFronts(plain, options.tls.handshakeMs) : null
  const env = {
    ...(secure ? secure.env : { AWS_ENDPOINT_URL: aws.url }),
    AWS_ACCESS_KEY_ID: aws.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: aws.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // AWS CLI v1 reads only this one.
    AWS_DEFAULT_REGION: 'us-east-1',
    GITHUB_API_URL: `${secure?.fronts.github.url ?? github.url}/api/v3`,
    ACTIONS_ID_TOKEN_REQUEST_URL: secure
      ? github.idTokenRequestUrl.replace(github.url, secure.fronts.github.url)
      : github.idTokenRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.idTokenRequestToken
  }
  return {
    aws,
    github,
    issuer,
    env,
    fronts: secure?.fronts ?? null,
    async stop() {
      await Promise.all([aws.stop(), github.stop(), secure?.stop()])
    }
  }
}

async function startFronts(plain: { aws: string; github: string }, handshakeMs: number) {
  const authority = await createTestAuthority()
  const front = (host: string, target: string) => startTlsFront({ host, target, authority, handshakeMs })
  const fronts = {
    sts: await front(TLS_HOSTS.sts, plain.aws),
    iam: await front(TLS_HOSTS.iam, plain.aws),
    github: await front(TLS_HOSTS.github, plain.github)
  }
  const folder = mkdtempSync(join(tmpdir(), 'scv-emulator-ca-'))
  const caFile = join(folder, 'ca.pem')
  writeFileSync(caFile, authority.cert)
  return {
    fronts,
    env: {
      AWS_ENDPOINT_URL_STS: fronts.sts.url,
      AWS_ENDPOINT_URL_IAM: fronts.iam.url,
      NODE_EXTRA_CA_CERTS: caFile
    },
    async stop() {
      await Promise.all(Object.values(fronts).map((started) => started.stop()))
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
