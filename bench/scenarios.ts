import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { startEmulators } from '../emulator/index.js'
import type { FaultRule } from '../emulator/aws/server.js'
import { runAction } from '../emulator/runner.js'
import { seedSalesforceAccount } from '../emulator/seed.js'
import { timeline, type RunTimeline } from './phases.js'

/** Any valid ID: the benchmark measures time, not secrecy. */
const EXTERNAL_ID = 'bench-external-id-4f9c2a7e'

export interface ApplyScenario {
  callCenters: number
  latencyMs: number
  faults?: FaultRule[]
}

export interface ApplyMeasurement {
  roles: number
  /** Spawn to exit. */
  wallMs: number
  /** Spawn to the first request arriving at the emulator. */
  firstRequestMs: number
  calls: number
  throttled: number
  exitCode: number | null
  result: string | null
  /** Why the run does not count as a success; null when it exited 0 with result `changed`. */
  failure: string | null
  timeline: RunTimeline
}

export function callCenterNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `CC${String(index + 1).padStart(2, '0')}`)
}

/**
 * One `mode: apply` + `verify: simulate` run of dist/index.js against fresh emulators seeded with the
 * roles of `callCenters` call centers as Salesforce's templates leave them (so every role changes).
 */
export async function measureApply(scenario: ApplyScenario): Promise<ApplyMeasurement> {
  const emulators = await startEmulators({ aws: { latencyMs: scenario.latencyMs } })
  try {
    const callCenters = callCenterNames(scenario.callCenters)
    const roles = seedSalesforceAccount(emulators.aws, 'new-instance', callCenters).length
    for (const rule of scenario.faults ?? []) emulators.aws.addFault(rule)
    const run = await runAction(emulators, {
      'contact-center-type': 'new-instance',
      'call-center-api-name': callCenters.join(','),
      'external-id': EXTERNAL_ID,
      mode: 'apply',
      verify: 'simulate',
      comment: 'never'
    })
    rmSync(run.workdir, { recursive: true, force: true })
    const log = emulators.aws.log
    const result = run.outputs.result ?? null
    const ok = run.exitCode === 0 && result === 'changed'
    return {
      roles,
      wallMs: run.exitedAt - run.spawnedAt,
      firstRequestMs: Math.min(...log.map((entry) => entry.start)) - run.spawnedAt,
      calls: log.length,
      throttled: log.filter((entry) => entry.errorCode === 'Throttling').length,
      exitCode: run.exitCode,
      result,
      failure: ok ? null : `exit ${run.exitCode}, result ${result}: ${lastLines(run.stdout + run.stderr)}`,
      timeline: timeline(log, run.spawnedAt, run.exitedAt)
    }
  } finally {
    await emulators.stop()
  }
}

/** Spawn to exit of `node -e 0`: the floor any Node.js action starts from. */
export async function measureBareNode(): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, ['-e', '0'], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: 'ignore'
  })
  const code = await new Promise<number | null>((done) => child.on('close', done))
  if (code !== 0) throw new Error(`node -e 0 exited with ${code}`)
  return performance.now() - started
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ')
}
