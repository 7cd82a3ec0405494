/**
 * `.ci/run` runs this suite a second time with ACTION_NODE_BINARY set to Node 24, the action's
 * `runs.using`: the action must really run on that binary.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { actionNode, runAction } from './harness.js'

let emulators: Emulators
const configured = process.env.ACTION_NODE_BINARY
beforeEach(async () => {
  emulators = await startEmulators()
})
afterEach(async () => {
  if (configured === undefined) delete process.env.ACTION_NODE_BINARY
  else process.env.ACTION_NODE_BINARY = configured
  await emulators.stop()
})

it('runs dist/index.js with the Node binary of ACTION_NODE_BINARY', async () => {
  const node = actionNode()
  const dir = mkdtempSync(join(tmpdir(), 'scv-node-'))
  const seen = join(dir, 'seen')
  // A stand-in binary that records its Node version and arguments, then runs them on the same Node.
  // (A shell script would not do: sh drops the runner's INPUT_CALL-CENTER-API-NAME style variables.)
  const wrapper = join(dir, 'node')
  writeFileSync(
    wrapper,
    [
      `#!${node}`,
      "const { spawnSync } = require('node:child_process')",
      `require('node:fs').writeFileSync(${JSON.stringify(seen)}, process.version + '\\n' + process.argv.slice(2).join(' '))`,
      "const child = spawnSync(process.execPath, process.argv.slice(2), { stdio: 'inherit' })",
      'process.exit(child.status ?? 1)'
    ].join('\n')
  )
  chmodSync(wrapper, 0o755)
  process.env.ACTION_NODE_BINARY = wrapper
  seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])

  const run = await runAction(emulators, {
    'contact-center-type': 'new-instance',
    'call-center-api-name': 'ContactCenterA',
    'external-id': 'node-binary-external-id',
    comment: 'never'
  })

  expect(run.exitCode).toBe(0)
  expect(run.outputs.result).toBe('planned')
  const [version, args] = readFileSync(seen, 'utf8').trim().split('\n')
  expect(version).toBe(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim())
  expect(args).toMatch(/dist\/index\.js$/)
})
