/**
 * `npm run local-action`: @github/local-action runs the action's sources (src/action/start.ts, the
 * entry dist/index.js runs too) with its own @actions/core and @actions/github, from a dotenv file
 * made of the committed .env.example with the emulator's endpoint and keys pasted in.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { allComments, REPO, writeCalls } from './harness.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CALL_CENTER = 'acme'
const SEEDED_ROLES = [
  'SCVProvisioningRole',
  'SCVAmazonConnectManagementRole',
  'acme-ConnectCallRole',
  'acme-SCVS3Role'
]

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', [CALL_CENTER])
})
afterEach(async () => {
  await emulators.stop()
})

/** KEY=VALUE lines of a dotenv file, in order; `# KEY=VALUE` lines too when they are to be uncommented. */
function dotenvEntries(text: string, uncomment: boolean): Array<[string, string]> {
  return text
    .split('\n')
    .map((line) => (uncomment ? line.replace(/^# (?=[A-Z][\w-]*=)/, '') : line))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
}

/**
 * .env.example with the values the emulator prints pasted in (and the summary in a temporary
 * folder), written as the dotenv file of a run.
 */
function pastedExample(uncomment: boolean): {
  dotenvFile: string
  summary: string
  values: Record<string, string>
} {
  const example = dotenvEntries(readFileSync(join(ROOT, '.env.example'), 'utf8'), uncomment)
  const keys = example.map(([key]) => key)
  // Every variable the emulator prints for AWS is one to paste into the file.
  for (const key of Object.keys(emulators.env).filter((name) => name.startsWith('AWS_'))) {
    expect(keys).toContain(key)
  }
  const dir = mkdtempSync(join(tmpdir(), 'scv-local-action-'))
  const summary = join(dir, 'summary.md')
  const pasted = example.map(([key, value]): [string, string] =>
    key === 'GITHUB_STEP_SUMMARY' ? [key, summary] : [key, emulators.env[key] ?? value]
  )
  const dotenvFile = join(dir, '.env')
  writeFileSync(dotenvFile, pasted.map(([key, value]) => `${key}=${value}`).join('\n') + '\n')
  return { dotenvFile, summary, values: Object.fromEntries(pasted) }
}

/** The command of `npm run local-action` (its leading NAME=value settings apart), with another dotenv file in place of `.env`. */
function localActionCommand(dotenvFile: string): {
  bin: string
  args: string[]
  env: Record<string, string>
} {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts
  const words = (scripts['local-action'] ?? '').split(' ')
  const settings = words.slice(
    0,
    words.findIndex((word) => !/^\w+=/.test(word))
  )
  const [bin, ...args] = words.slice(settings.length)
  expect(bin).toBe('local-action')
  expect(args.at(-1)).toBe('.env')
  return {
    bin: join(ROOT, 'node_modules', '.bin', 'local-action'),
    args: [...args.slice(0, -1), dotenvFile],
    env: Object.fromEntries(
      settings.map((setting) => [
        setting.slice(0, setting.indexOf('=')),
        setting.slice(setting.indexOf('=') + 1)
      ])
    )
  }
}

interface LocalRun {
  exitCode: number | null
  stdout: string
  stderr: string
  /** What the action set with core.setOutput, as local-action's @actions/core prints it. */
  outputs: Record<string, string>
}

/** Runs `npm run local-action` on the dotenv file, offline, with nothing of this process's environment but PATH and HOME. */
async function runLocalAction(dotenvFile: string, env: Record<string, string> = {}): Promise<LocalRun> {
  const command = localActionCommand(dotenvFile)
  const child = spawn(command.bin, command.args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      npm_config_offline: 'true',
      ...command.env,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000)
  const exitCode = await new Promise<number | null>((done) => child.on('close', done))
  clearTimeout(timer)
  const outputs = Object.fromEntries(
    [...stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map(([, name, value]) => [name, value])
  )
  return { exitCode, stdout, stderr, outputs }
}

it('.env.example with the emulator values pasted in: a plan run that reads every role and writes none', async () => {
  const { dotenvFile, summary, values } = pastedExample(false)
  const externalId = values['INPUT_EXTERNAL-ID'] ?? ''
  expect(externalId).not.toBe('')

  const run = await runLocalAction(dotenvFile)

  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain('Running Action')
  expect(run.stdout).not.toContain('::error::')
  expect(run.outputs.result).toBe('planned')
  expect(JSON.parse(run.outputs['changed-roles'] ?? '[]')).toEqual(
    SEEDED_ROLES.map((name) => `arn:aws:iam::${emulators.aws.accountId}:role/${name}`)
  )
  expect(run.outputs['external-id-fingerprint']).toBe(fingerprint(externalId))
  expect(readFileSync(summary, 'utf8')).toContain('Plan: 4 roles to change')

  const actions = emulators.aws.log.map((entry) => entry.action)
  expect(actions[0]).toBe('GetCallerIdentity')
  const rolesRead = emulators.aws.log
    .filter((entry) => entry.action === 'GetRole')
    .map((entry) => entry.roleName)
  expect(rolesRead.sort()).toEqual([...SEEDED_ROLES].sort())
  expect(writeCalls(emulators)).toBe(0)
  for (const text of [run.stdout, run.stderr, readFileSync(summary, 'utf8')])
    expect(text).not.toContain(externalId)
})

it(".env.example's comment lines with GITHUB_API_URL exported in the shell: the comment is written on the emulator", async () => {
  const { dotenvFile, values } = pastedExample(true)
  expect(values['INPUT_GITHUB-TOKEN']).toBe(emulators.github.token)
  expect(values.GITHUB_REPOSITORY).toBe(`${REPO.owner}/${REPO.repo}`)
  const externalId = values['INPUT_EXTERNAL-ID'] ?? ''

  // local-action's @actions/github takes its base URL as it loads, before it reads the dotenv file.
  const run = await runLocalAction(dotenvFile, { GITHUB_API_URL: emulators.env.GITHUB_API_URL ?? '' })

  expect(run.exitCode).toBe(0)
  expect(run.outputs.result).toBe('planned')
  expect(run.outputs['comment-url']).toMatch(
    new RegExp(`/pull/${values['INPUT_PR-NUMBER']}#issuecomment-\\d+$`)
  )
  const comments = allComments(emulators, Number(values['INPUT_PR-NUMBER']))
  expect(comments).toHaveLength(1)
  expect(comments[0]?.body).toContain(fingerprint(externalId))
  expect(comments[0]?.body).not.toContain(externalId)
  expect(writeCalls(emulators)).toBe(0)
})
