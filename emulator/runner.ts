import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulators } from './index.js'

/** The bundled action, found from this file so that any working directory works. */
export const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url))
/** The bundled post step (`runs.post`). */
export const DIST_POST = fileURLToPath(new URL('../dist/post/index.js', import.meta.url))

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
  /** What the step saved with core.saveState (GITHUB_STATE): the runner passes it to the post step. */
  state: Record<string, string>
  /** Runner workspace of this run (RUNNER_TEMP lives below it). */
  workdir: string
  /** The environment the step ran with (the post step gets the same, plus STATE_*). */
  env: Record<string, string>
  /** Date.now() when the interrupt signal was sent; null when none was. */
  signalledAt: number | null
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
  /** Another action's bundle to run in this one's place (benchmarks compare with one); default: DIST. */
  script?: string
  /**
   * Cancels the step the way the runner does: sends `signal` as soon as `when()` holds (checked
   * every few milliseconds, e.g. after the k-th UpdateAssumeRolePolicy in the emulator's log).
   */
  interrupt?: { signal: NodeJS.Signals; when: () => boolean }
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
  const event = join(workdir, 'event.json')
  writeFileSync(event, JSON.stringify(options.event?.payload ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workdir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: event,
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
  return runStep(options.script ?? DIST, env, workdir, 'main', options)
}

/**
 * Runs the post step after `main` as the runner does: the same inputs and environment, and each
 * value the main step saved with core.saveState as STATE_<name>.
 */
export async function runPostStep(
  main: ActionRun,
  options: Pick<RunOptions, 'timeoutMs' | 'env' | 'node'> = {}
): Promise<ActionRun> {
  const env = {
    ...main.env,
    ...Object.fromEntries(Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value])),
    ...options.env
  }
  return runStep(DIST_POST, env, main.workdir, 'post', options)
}

/** One step: fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_STATE files, as the runner gives each. */
async function runStep(
  script: string,
  baseEnv: Record<string, string>,
  workdir: string,
  step: string,
  options: Pick<RunOptions, 'timeoutMs' | 'interrupt' | 'node'>
): Promise<ActionRun> {
  const files = {
    output: join(workdir, `${step}-output.txt`),
    summary: join(workdir, `${step}-summary.md`),
    state: join(workdir, `${step}-state.txt`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env = {
    ...baseEnv,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state
  }
  const spawnedAt = Date.now()
  const child = spawn(options.node ?? actionNode(), [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  let signalledAt: number | null = null
  const interrupt = options.interrupt
  const watcher = interrupt
    ? setInterval(() => {
        if (signalledAt !== null || !interrupt.when()) return
        signalledAt = Date.now()
        child.kill(interrupt.signal)
      }, 5)
    : undefined
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  const exitedAt = Date.now()
  clearTimeout(timer)
  clearInterval(watcher)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
    workdir,
    env: baseEnv,
    spawnedAt,
    exitedAt,
    signalledAt
  }
}

/** The GITHUB_OUTPUT (and GITHUB_STATE) file format of @actions/core: `name<<DELIMITER\nvalue\nDELIMITER\n`. */
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
