/**
 * Cold start: spawn -> first AWS request, measured the same way for this action, for
 * configure-aws-credentials and (spawn -> exit) for `node -e 0`, against a local endpoint that
 * answers every request at once. The child is killed at its first request: what follows is not
 * cold start. Peak RSS is the child's high-water mark (VmHWM) at that moment.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

export interface Subject {
  label: string
  /** Arguments after the Node binary. */
  args: string[]
  /** Variables beside PATH and HOME (inputs, credentials, endpoint); nothing is inherited. */
  env: (endpoint: string) => Record<string, string>
  /** false: measured to exit (node -e 0 sends no request). */
  sendsRequest: boolean
}

export interface ColdStart {
  /** Spawn -> first request (or exit, for a subject that sends none). */
  ms: number
  /** Peak resident set size at the first request, MiB; null where /proc is not there. */
  peakRssMiB: number | null
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIABENCHEXAMPLE0000',
  AWS_SECRET_ACCESS_KEY: 'bench/secret/access/key'
}

/** The reference bundle, in the shared folder beside the repository (a worktree sits one level deeper). */
export function findConfigureAwsCredentials(): string | null {
  const relative = 'shared/bench/configure-aws-credentials-v6.2.3/index.js'
  const found = ['..', '../..'].map((up) => resolve(ROOT, up, relative)).find((path) => existsSync(path))
  return found ?? null
}

export const bareNode: Subject = {
  label: 'node -e 0',
  args: ['-e', '0'],
  env: () => ({}),
  sendsRequest: false
}

export function thisAction(dist: string, workdir: string): Subject {
  const output = join(workdir, 'output.txt')
  writeFileSync(output, '')
  return {
    label: 'this action dist/index.js',
    args: [dist],
    sendsRequest: true,
    env: (endpoint) => ({
      ...CREDENTIALS,
      AWS_ENDPOINT_URL: endpoint,
      GITHUB_OUTPUT: output,
      'INPUT_CONTACT-CENTER-TYPE': 'new-instance',
      'INPUT_CALL-CENTER-API-NAME': 'CC01',
      'INPUT_EXTERNAL-ID': 'bench-external-id-4f9c2a7e',
      INPUT_MODE: 'apply',
      INPUT_COMMENT: 'never'
    })
  }
}

export function configureAwsCredentials(bundle: string): Subject {
  return {
    label: 'configure-aws-credentials v6.2.3',
    args: [bundle],
    sendsRequest: true,
    env: (endpoint) => ({
      AWS_ENDPOINT_URL: endpoint,
      'INPUT_AWS-REGION': 'us-east-1',
      'INPUT_AWS-ACCESS-KEY-ID': CREDENTIALS.AWS_ACCESS_KEY_ID,
      'INPUT_AWS-SECRET-ACCESS-KEY': CREDENTIALS.AWS_SECRET_ACCESS_KEY
    })
  }
}

/** A local endpoint that notes when each child's first request arrives. */
export class FirstRequestEndpoint {
  private waiting: ((arrivedAt: number) => void) | null = null
  private readonly server = http.createServer((request, response) => {
    const arrivedAt = performance.now()
    request.resume()
    response.writeHead(500).end()
    const waiting = this.waiting
    this.waiting = null
    waiting?.(arrivedAt)
  })
  readonly home = mkdtempSync(join(tmpdir(), 'scv-bench-home-'))
  url = ''

  async start(): Promise<void> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((done) => this.server.close(() => done()))
  }

  /** One cold start of the subject under the given Node binary, from a clean environment. */
  measure(node: string, subject: Subject): Promise<ColdStart> {
    return new Promise((done, fail) => {
      // Only what the subject needs: no NODE_OPTIONS, NODE_EXTRA_CA_CERTS or anything else inherited.
      const env = { PATH: process.env.PATH ?? '', HOME: this.home, ...subject.env(this.url) }
      const spawnedAt = performance.now()
      const child = spawn(node, subject.args, { env, stdio: 'ignore' })
      let result: ColdStart | null = null
      if (subject.sendsRequest) {
        this.waiting = (arrivedAt) => {
          result = { ms: arrivedAt - spawnedAt, peakRssMiB: peakRssMiB(child.pid) }
          child.kill('SIGKILL')
        }
      }
      child.on('error', fail)
      child.on('close', (code) => {
        this.waiting = null
        if (!subject.sendsRequest && code === 0)
          return done({ ms: performance.now() - spawnedAt, peakRssMiB: null })
        if (result !== null) return done(result)
        fail(new Error(`${subject.label} exited with ${code} before sending a request`))
      })
    })
  }
}

function peakRssMiB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return kib === undefined ? null : Number(kib) / 1024
  } catch {
    return null
  }
}
