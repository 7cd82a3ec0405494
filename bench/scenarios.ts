import { rmSync } from 'node:fs'
import { startEmulators } from '../emulator/index.js'
import { runAction } from '../emulator/runner.js'
import { seedSalesforceAccount } from '../emulator/seed.js'
import { sequentialRoundTrips } from './critical-path.js'
import { timeline, type RunTimeline } from './phases.js'

/** Any valid ID: the benchmark measures time, not secrecy. */
export const EXTERNAL_ID = 'bench-external-id-4f9c2a7e'

export interface ApplyScenario {
  callCenters: number
  latencyMs: number
  /** The Node.js binary to run dist/index.js with. */
  node: string
}

export interface ApplyMeasurement {
  roles: number
  /** Spawn to exit. */
  wallMs: number
  /** AWS requests the emulator answered, retries included. */
  calls: number
  /** The longest chain of requests that waited for each other. */
  roundTrips: number
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
    const run = await runAction(
      emulators,
      {
        'contact-center-type': 'new-instance',
        'call-center-api-name': callCenters.join(','),
        'external-id': EXTERNAL_ID,
        mode: 'apply',
        verify: 'simulate',
        comment: 'never'
      },
      { node: scenario.node }
    )
    rmSync(run.workdir, { recursive: true, force: true })
    const log = emulators.aws.log
    const result = run.outputs.result ?? null
    const ok = run.exitCode === 0 && result === 'changed'
    return {
      roles,
      wallMs: run.exitedAt - run.spawnedAt,
      calls: log.length,
      roundTrips: sequentialRoundTrips(log),
      exitCode: run.exitCode,
      result,
      failure: ok ? null : `exit ${run.exitCode}, result ${result}: ${lastLines(run.stdout + run.stderr)}`,
      timeline: timeline(log, run.spawnedAt, run.exitedAt)
    }
  } finally {
    await emulators.stop()
  }
}

export function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ')
}
