import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulators } from './index.js'

/** The bundled action, found from this file so that any working directory works. */
export const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/**
 * The Node.js binary that runs the bundled action: `ACTION_NODE_BINARY` when set (`.ci/run` points it
 * at Node 24, the action's `runs.using`), else the Node running this process.
 */
export function actionNode(env: NodeJS.ProcessEnv = process.env): string {
  return env.ACTION_NODE_BINARY || process.execPath
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Runner workspace of this run (RUNNER_TEMP lives below it). */
  workdir: string
  /** Date.now() just before the process was spawned and when it had exited (timings, same clock as the emulator log). */
  spawnedAt: number
  exitedAt: number
}

export interface RunOptions {
  event?: { name: string; payload: object }
  env?: Record<string, string>
  /** Variables to remove from the step's environment (e.g. the OIDC request token). */
  unset?: string[]
  timeoutMs?: number
  /** The Node.js binary to run the action with; default: actionNode(). */
  node?: string
}

/**
 * Runs the bundled action as the Actions runner does: inputs as INPUT_* variables (name upper-cased,
 * hyphens kept), outputs through GITHUB_OUTPUT, the summary through GITHUB_STEP_SUMMARY, the event
 * through GITHUB_EVENT_PATH. Asynchronous, so the emulators in this process keep answering.
 */
export async function runAction(
  emulators: Emulators,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const workdir = mkdtempSync(join(tmpdir(), 'scv-action-'))
  const files = {
    output: join(workdir, 'output.txt'),
    summary: join(workdir, 'summary.md'),
    event: join(workdir, 'event.json')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workdir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/scv-config',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: join(workdir, 'runner-temp'),
    ...emulators.env,
    'INPUT_GITHUB-TOKEN': emulators.github.token,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...options.env
  }
  for (const name of options.unset ?? []) delete env[name]
  const spawnedAt = Date.now()
  const child = spawn(options.node ?? actionNode(), [DIST], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  const exitedAt = Date.now()
  clearTimeout(timer)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    workdir,
    spawnedAt,
    exitedAt
  }
}

/** The GITHUB_OUTPUT file format of @actions/core: `name<<DELIMITER\nvalue\nDELIMITER\n`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] as string)
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] as string)
    outputs[name] = value.join('\n')
  }
  return outputs
}
