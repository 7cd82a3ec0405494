/**
 * `npm run demo` as a newcomer runs it: a child process against its own emulators. It must succeed,
 * report the three steps' results, and print the demo external ID only where it introduces the input.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'

const DEMO_ID = 'demo-external-id-do-not-use'
const FINGERPRINT = `sha256:${createHash('sha256').update(DEMO_ID).digest('hex').slice(0, 12)}`

interface DemoRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

async function runDemo(): Promise<DemoRun> {
  // The jest process's NODE_OPTIONS (--experimental-vm-modules) is not the demo's business.
  const env = { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }
  const child = spawn('npm', ['run', '--silent', 'demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 50_000)
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)
  return { exitCode, stdout, stderr }
}

describe('npm run demo', () => {
  let demo: DemoRun
  beforeAll(async () => {
    demo = await runDemo()
  }, 60_000)

  it('exits 0', () => {
    expect({ exitCode: demo.exitCode, stderr: demo.stderr }).toEqual({ exitCode: 0, stderr: '' })
  })

  it('reports plan, apply and check with the results they must give', () => {
    expect(demo.stdout).toMatch(/✓ 1\. plan\s+exit 0\s+result planned/)
    expect(demo.stdout).toMatch(/✓ 2\. apply\s+exit 0\s+result changed/)
    expect(demo.stdout).toMatch(/✓ 3\. check\s+exit 0\s+result in-sync/)
    expect(demo.stdout).toContain('All 3 steps gave the expected result')
  })

  it('prints the pull-request comment and the job summaries', () => {
    expect(demo.stdout).toContain('PR comment as stored by the GitHub emulator')
    expect(demo.stdout).toContain('Plan: 6 roles to change')
    expect(demo.stdout).toContain('Applied: 6 roles changed')
    expect(demo.stdout).toContain('In sync')
  })

  it('shows the external ID once, as the input, and its fingerprint everywhere else', () => {
    const linesWithTheId = demo.stdout.split('\n').filter((line) => line.includes(DEMO_ID))
    expect(linesWithTheId).toHaveLength(1)
    expect(linesWithTheId[0]).toMatch(/^external-id input: /)
    expect(demo.stderr).not.toContain(DEMO_ID)
    // The demo hides a leaked ID behind this marker before printing: it must have had nothing to hide.
    expect(demo.stdout).not.toContain('LEAKED external ID')
    // The comment's diff (written by the action) shows the condition's value as the fingerprint.
    const comment = demo.stdout.slice(
      demo.stdout.indexOf('PR comment as stored'),
      demo.stdout.indexOf('== Step 2')
    )
    expect(comment).toContain(`+          "sts:ExternalId": "<external-id ${FINGERPRINT}>"`)
  })

  it('prints no raw workflow command', () => {
    const rawCommands = demo.stdout.split('\n').filter((line) => /^(\s*│ )?::[a-z-]+/.test(line))
    expect(rawCommands).toEqual([])
  })
})
