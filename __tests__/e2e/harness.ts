import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Emulators } from '../../emulator/index.js'

export const DIST = resolve('dist/index.js')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Runner workspace of this run (RUNNER_TEMP lives below it). */
  workdir: string
}

export interface RunOptions {
  event?: { name: string; payload: object }
  env?: Record<string, string>
  /** Variables to remove from the step's environment (e.g. the OIDC request token). */
  unset?: string[]
  timeoutMs?: number
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
  const child = spawn(process.execPath, [DIST], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    workdir
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

/** stdout without the `::add-mask::` lines, which are the one place a secret may appear. */
export function stdoutWithoutMasks(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

/**
 * Every place a secret must never reach: stdout (but masks), stderr, the summary, every output but
 * `external-id`, every pull-request comment, every role tag. Returns the places where one was found.
 */
export function secretLeaks(emulators: Emulators, runs: ActionRun[], secrets: string[]): string[] {
  const places: Array<[string, string]> = []
  runs.forEach((run, index) => {
    places.push([`run ${index} stdout`, stdoutWithoutMasks(run)], [`run ${index} stderr`, run.stderr])
    places.push([`run ${index} summary`, run.summary])
    for (const [name, value] of Object.entries(run.outputs)) {
      if (name !== 'external-id') places.push([`run ${index} output ${name}`, value])
    }
  })
  for (const request of emulators.github.log) places.push([`github request ${request.path}`, request.path])
  for (const name of emulators.aws.roleNames()) {
    places.push([`tags of ${name}`, JSON.stringify(emulators.aws.roleTags(name))])
  }
  for (const comment of allComments(emulators)) places.push([`comment ${comment.id}`, comment.body])
  return places.flatMap(([place, text]) => secrets.filter((secret) => text.includes(secret)).map(() => place))
}

export const REPO = { owner: 'octo-org', repo: 'scv-config' }

export function allComments(emulators: Emulators, issueNumber = 7) {
  return emulators.github.comments(REPO.owner, REPO.repo, issueNumber)
}

export function pullRequestEvent(number = 7): { name: string; payload: object } {
  return {
    name: 'pull_request',
    payload: { pull_request: { number, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } }
  }
}

/** The sts:ExternalId values each statement of a stored policy requires (null: no condition). */
export function externalIdsOf(policyJson: string): Array<string[] | null> {
  const doc = JSON.parse(policyJson) as {
    Statement: Array<{ Condition?: Record<string, Record<string, unknown>> }>
  }
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  return statements.map((statement) => {
    const value = statement.Condition?.StringEquals?.['sts:ExternalId']
    if (value === undefined) return null
    return Array.isArray(value) ? (value as string[]) : [value as string]
  })
}

export function writeCalls(emulators: Emulators): number {
  return emulators.aws.log.filter((entry) =>
    ['UpdateAssumeRolePolicy', 'TagRole', 'UntagRole', 'CreateRole', 'DeleteRole'].includes(entry.action)
  ).length
}

/** Polls until the condition holds (e.g. the emulator log shows a call), or fails after the timeout. */
export async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
