/**
 * `npm run emulator` as the CI workflow's action-plan job uses it: start it in the background with a
 * seeded account, take the AWS_* variables it writes, and run the bundled action with them.
 */
import { afterEach, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionNode, DIST, parseOutputFile } from '../../emulator/runner.js'
import { waitFor } from './harness.js'

let cli: ChildProcess | null = null
afterEach(async () => {
  if (cli === null || cli.exitCode !== null) return
  const exited = new Promise((done) => cli?.on('exit', done))
  cli.kill('SIGTERM')
  await exited
})

it('starts the emulators, seeds the account and gives the environment the action runs with', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scv-cli-'))
  const envFile = join(dir, 'emulator.env')
  // One process (node with the tsx loader, as `npm run emulator` runs it), so that SIGTERM stops it.
  const args = ['--seed', 'new-instance', '--call-centers', 'ContactCenterA', '--write-env', envFile]
  cli = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let printed = ''
  cli.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  await waitFor(() => existsSync(envFile) && printed.includes('Press Ctrl-C'), 60_000)
  expect(printed).toContain('Seeded 4 roles')
  expect(printed).toMatch(/export 'AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:\d+'/)
  expect(printed).toContain("export 'AWS_DEFAULT_REGION=us-east-1'")
  expect(printed).toContain("'INPUT_CALL-CENTER-API-NAME=ContactCenterA'")

  const awsEnv = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
  expect(Object.keys(awsEnv).sort()).toEqual([
    'AWS_ACCESS_KEY_ID',
    'AWS_DEFAULT_REGION',
    'AWS_ENDPOINT_URL',
    'AWS_REGION',
    'AWS_SECRET_ACCESS_KEY'
  ])

  const output = join(dir, 'output.txt')
  writeFileSync(output, '')
  const action = spawn(actionNode(), [DIST], {
    env: {
      PATH: process.env.PATH ?? '',
      ...awsEnv,
      GITHUB_OUTPUT: output,
      'INPUT_CONTACT-CENTER-TYPE': 'new-instance',
      'INPUT_CALL-CENTER-API-NAME': 'ContactCenterA',
      'INPUT_EXTERNAL-ID': 'ci-example-external-id',
      INPUT_MODE: 'plan',
      INPUT_COMMENT: 'never'
    },
    stdio: 'ignore'
  })
  const exitCode = await new Promise((done) => action.on('close', done))
  expect(exitCode).toBe(0)
  const outputs = parseOutputFile(readFileSync(output, 'utf8'))
  expect(outputs.result).toBe('planned')
  expect(JSON.parse(outputs['changed-roles'] ?? '[]')).toHaveLength(4)
})

const runCli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })

it('--help prints the usage and exits 0 without starting anything', () => {
  const help = runCli(['--help'])
  expect(help.status).toBe(0)
  expect(help.stdout).toContain('Usage: npm run emulator -- [options]')
  expect(help.stdout).not.toContain('AWS emulator:')
})

it('an unknown --seed is refused with the accepted types', () => {
  const refused = runCli(['--seed', 'new_instance'])
  expect(refused.status).toBe(2)
  expect(refused.stderr).toContain("--seed 'new_instance' is not a contact center type")
  expect(refused.stderr).toContain('new-instance, existing-instance, xml-import')
  expect(refused.stdout).toBe('')
})
