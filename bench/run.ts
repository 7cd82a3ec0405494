/**
 * `npm run bench [-- --latency 50 --runs 3 --phases]`: runs the bundled action against the
 * emulators with a fixed latency per AWS request and compares it with what the work needs at least.
 * Prints one table, writes it with the raw measurements to bench/results.json, exits 1 if a run failed.
 */
import { statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { AWS_CONCURRENCY } from '../src/bounded.js'
import { DIST } from '../emulator/runner.js'
import { criticalPathMs, criticalRoundTrips, minimumCalls } from './critical-path.js'
import { measureApply, measureBareNode, type ApplyMeasurement, type ApplyScenario } from './scenarios.js'
import { formatTable, type Row } from './table.js'
import type { RunTimeline } from './phases.js'

const RESULTS_FILE = 'bench/results.json'
const COLD_START_RUNS = 5
const RATIO_TARGET = 1.5
const THROTTLE_SHARE = 0.2

const { values: flags } = parseArgs({
  options: {
    latency: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    phases: { type: 'boolean', default: false }
  }
})
const latencyMs = positiveNumber(flags.latency, '--latency')
const runs = positiveNumber(flags.runs, '--runs')

const failures: string[] = []

/** Repeats a scenario on fresh emulators; returns every run and the one with the median wall time. */
async function repeat(label: string, times: number, scenario: (run: number) => ApplyScenario) {
  const all: ApplyMeasurement[] = []
  for (let run = 0; run < times; run++) {
    process.stderr.write(`${label}: run ${run + 1}/${times}\n`)
    const measured = await measureApply(scenario(run))
    if (measured.failure) failures.push(`${label}, run ${run + 1}: ${measured.failure}`)
    all.push(measured)
  }
  const sorted = [...all].sort((a, b) => a.wallMs - b.wallMs)
  return { all, median: sorted[Math.floor(sorted.length / 2)] as ApplyMeasurement }
}

const coldStart = await repeat('cold start (L=0, 1 call center)', COLD_START_RUNS, () => ({
  callCenters: 1,
  latencyMs: 0
}))
const bareNode: number[] = []
for (let run = 0; run < COLD_START_RUNS; run++) bareNode.push(await measureBareNode())
const processStartMs = median(coldStart.all.map((run) => run.firstRequestMs))
const bareNodeMs = median(bareNode)

const small = await repeat('1 call center', runs, () => ({ callCenters: 1, latencyMs }))
const large = await repeat('25 call centers', runs, () => ({ callCenters: 25, latencyMs }))
const throttled = await repeat('25 call centers, 20 % throttling', runs, (run) => ({
  callCenters: 25,
  latencyMs,
  faults: [
    {
      action: '*',
      probability: THROTTLE_SHARE,
      seed: run + 1,
      error: { code: 'Throttling', status: 400, message: 'Rate exceeded' }
    }
  ]
}))

const rows: Row[] = [
  ...applyRows('1 call center', small.median),
  ...applyRows('25 call centers', large.median),
  info(`cold start: dist/index.js spawn -> first request, median of ${COLD_START_RUNS}`, ms(processStartMs)),
  info(`cold start: node -e 0 spawn -> exit, median of ${COLD_START_RUNS}`, ms(bareNodeMs)),
  info('cold start: dist/index.js / node -e 0', ratio(processStartMs / bareNodeMs)),
  info('dist/index.js size', `${statSync(DIST).size} bytes`),
  ...throttledRows()
]

const table = formatTable(rows)
console.log(
  `Latency ${latencyMs} ms per AWS request, action concurrency C=${AWS_CONCURRENCY}, wall times are medians of ${runs}; ` +
    `ratios against the bounded critical path carry the target, the unbounded ones are for information.\n`
)
console.log(table)
if (flags.phases) {
  console.log(`\nWhere the time goes (ms after spawn, median 25-call-center run):\n${describeTimeline(large.median.timeline)}`)
}
for (const failure of failures) console.error(`FAILED ${failure}`)

writeFileSync(
  RESULTS_FILE,
  JSON.stringify(
    {
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryBytes: os.totalmem(),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        date: new Date().toISOString()
      },
      settings: { latencyMs, runs, coldStartRuns: COLD_START_RUNS, concurrency: AWS_CONCURRENCY },
      table: rows,
      processStartMs,
      bareNodeMs,
      scenarios: {
        coldStart: coldStart.all,
        oneCallCenter: small.all,
        twentyFiveCallCenters: large.all,
        twentyFiveCallCentersThrottled: throttled.all
      },
      failures
    },
    null,
    2
  ) + '\n'
)
console.log(`\nWritten to ${RESULTS_FILE}`)
process.exitCode = failures.length > 0 ? 1 : 0

function applyRows(label: string, run: ApplyMeasurement): Row[] {
  const bounded = criticalRoundTrips(run.roles, AWS_CONCURRENCY)
  const unbounded = criticalRoundTrips(run.roles)
  const boundedMs = criticalPathMs(bounded, latencyMs, processStartMs)
  const unboundedMs = criticalPathMs(unbounded, latencyMs, processStartMs)
  const minimum = minimumCalls(run.roles)
  const boundedRatio = run.wallMs / boundedMs
  return [
    info(`${label} (${run.roles} roles): wall time`, ms(run.wallMs)),
    info(`  critical path, bounded C=${AWS_CONCURRENCY}: start + ${bounded} round trips`, ms(boundedMs)),
    {
      measurement: '  wall / bounded critical path',
      value: ratio(boundedRatio),
      target: `<= ${RATIO_TARGET}`,
      met: boundedRatio <= RATIO_TARGET
    },
    info(`  critical path, unbounded: start + ${unbounded} round trips`, ms(unboundedMs)),
    info('  wall / unbounded critical path', ratio(run.wallMs / unboundedMs)),
    {
      measurement: '  AWS calls / minimum (1 + 5N)',
      value: `${run.calls} / ${minimum}`,
      target: 'equal',
      met: run.calls === minimum
    }
  ]
}

function throttledRows(): Row[] {
  const completed = throttled.all.filter((run) => run.failure === null).length
  const calls = throttled.all.reduce((sum, run) => sum + run.calls, 0)
  const answered = throttled.all.reduce((sum, run) => sum + run.throttled, 0)
  return [
    {
      measurement: `${THROTTLE_SHARE * 100} % throttling, 52 roles: exit 0 with result changed`,
      value: `${completed} / ${throttled.all.length} runs`,
      target: 'all',
      met: completed === throttled.all.length
    },
    info('  wall time', ms(throttled.median.wallMs)),
    info('  slowdown vs unthrottled', ratio(throttled.median.wallMs / large.median.wallMs)),
    info('  Throttling answers / AWS calls, all runs', `${answered} / ${calls}`)
  ]
}

function describeTimeline(timeline: RunTimeline): string {
  const rows: Row[] = [
    info('spawn -> first request', ms(timeline.toFirstRequest)),
    ...timeline.phases.map((phase) =>
      info(
        `${phase.phase}: ${phase.calls} calls, at most ${phase.maxInFlight} in flight`,
        `${phase.firstStart}-${phase.lastEnd} ms (gap before ${phase.gapBefore} ms)`
      )
    ),
    info('last answer -> exit', ms(timeline.afterLastAnswer))
  ]
  return formatTable(rows)
}

function info(measurement: string, value: string): Row {
  return { measurement, value, target: '', met: null }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function ms(value: number): string {
  return `${Math.round(value)} ms`
}

function ratio(value: number): string {
  return value.toFixed(2)
}

function positiveNumber(text: string, flag: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a number >= 0, got "${text}"`)
  return value
}
