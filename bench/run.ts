/**
 * `npm run bench [-- --latency 50 --runs 3 --phases]`: runs the bundled action against the
 * emulators with a fixed latency per AWS request and compares it with what the work needs at least.
 * Prints one table, writes it with the raw measurements to bench/results.json, exits 1 if a run failed.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { AWS_CONCURRENCY } from '../src/aws/bounded.js'
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
    runs: { type: 'string', default: '5' },
    phases: { type: 'boolean', default: false }
  }
})
const latencyMs = numberFlag(flags.latency, '--latency', 0)
const runs = numberFlag(flags.runs, '--runs', 1)

if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run bundle\` first.`)
const distBytes = statSync(DIST).size

const failures: string[] = []

interface Series {
  label: string
  count: number
  scenario: (run: number) => ApplyScenario
  runs: ApplyMeasurement[]
}

const series = (label: string, count: number, scenario: (run: number) => ApplyScenario): Series => ({
  label,
  count,
  scenario,
  runs: []
})
const coldStart = series('cold start (L=0, 1 call center)', COLD_START_RUNS, () => ({
  callCenters: 1,
  latencyMs: 0
}))
const small = series('1 call center', runs, () => ({ callCenters: 1, latencyMs }))
const large = series('25 call centers', runs, () => ({ callCenters: 25, latencyMs }))
const throttled = series(`25 call centers, ${THROTTLE_SHARE * 100} % throttling`, runs, (run) => ({
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
const bareNode: number[] = []

// One uncounted run first, so the bundle is in the page cache for every counted one.
await measureApply({ callCenters: 1, latencyMs: 0 })
// Round-robin, so load from elsewhere on the machine falls on every series alike.
for (let round = 0; round < Math.max(COLD_START_RUNS, runs); round++) {
  if (round < COLD_START_RUNS) bareNode.push(await measureBareNode())
  for (const current of [coldStart, small, large, throttled]) {
    if (round >= current.count) continue
    process.stderr.write(`${current.label}: run ${round + 1}/${current.count}\n`)
    const measured = await measureApply(current.scenario(round))
    if (measured.failure) failures.push(`${current.label}, run ${round + 1}: ${measured.failure}`)
    current.runs.push(measured)
  }
}
const processStartMs = median(coldStart.runs.map((run) => run.firstRequestMs))
const bareNodeMs = median(bareNode)

const rows: Row[] = [
  ...applyRows('1 call center', medianRun(small)),
  ...applyRows('25 call centers', medianRun(large)),
  info(`cold start: dist/index.js spawn -> first request, median of ${COLD_START_RUNS}`, ms(processStartMs)),
  info(`cold start: node -e 0 spawn -> exit, median of ${COLD_START_RUNS}`, ms(bareNodeMs)),
  info('cold start: dist/index.js / node -e 0', ratio(processStartMs / bareNodeMs)),
  info('dist/index.js size', `${distBytes} bytes`),
  ...throttledRows()
]

const table = formatTable(rows)
console.log(
  `Latency ${latencyMs} ms per AWS request, action concurrency C=${AWS_CONCURRENCY}, wall times are medians of ${runs}; ` +
    `ratios against the bounded critical path carry the target, the unbounded ones are for information.\n`
)
console.log(table)
if (flags.phases) {
  for (const current of [small, large]) {
    console.log(`\nWhere the time goes, median ${current.label} run (ms after spawn):`)
    console.log(describeTimeline(medianRun(current).timeline))
  }
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
        // Other work on the machine inflates wall times: the 1-minute load average at the end of the bench.
        loadAverage: os.loadavg()[0],
        date: new Date().toISOString()
      },
      settings: { latencyMs, runs, coldStartRuns: COLD_START_RUNS, concurrency: AWS_CONCURRENCY },
      table: rows,
      processStartMs,
      bareNodeMs,
      scenarios: {
        coldStart: coldStart.runs,
        oneCallCenter: small.runs,
        twentyFiveCallCenters: large.runs,
        twentyFiveCallCentersThrottled: throttled.runs
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
  const completed = throttled.runs.filter((run) => run.failure === null).length
  const calls = throttled.runs.reduce((sum, run) => sum + run.calls, 0)
  const answered = throttled.runs.reduce((sum, run) => sum + run.throttled, 0)
  return [
    {
      measurement: `${THROTTLE_SHARE * 100} % throttling, ${medianRun(throttled).roles} roles: exit 0 with result changed`,
      value: `${completed} / ${throttled.runs.length} runs`,
      target: 'all',
      met: completed === throttled.runs.length
    },
    info('  wall time', ms(medianRun(throttled).wallMs)),
    info('  slowdown vs unthrottled', ratio(medianRun(throttled).wallMs / medianRun(large).wallMs)),
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

/** The run with the median wall time (the upper middle one for an even count). */
function medianRun(current: Series): ApplyMeasurement {
  const sorted = [...current.runs].sort((a, b) => a.wallMs - b.wallMs)
  return sorted[Math.floor(sorted.length / 2)] as ApplyMeasurement
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

function numberFlag(text: string, flag: string, least: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${flag} needs a whole number >= ${least}, got "${text}"`)
  return value
}
