import type { RequestLogEntry } from '../emulator/aws/server.js'

export interface PhaseTiming {
  phase: string
  calls: number
  /** ms after the process was spawned. */
  firstStart: number
  lastEnd: number
  /** Most requests of the phase in flight at once. */
  maxInFlight: number
  /** Idle time between the previous phase's last answer and this phase's first request. */
  gapBefore: number
}

export interface RunTimeline {
  /** Spawn to the first request arriving. */
  toFirstRequest: number
  phases: PhaseTiming[]
  /** Last answer to process exit. */
  afterLastAnswer: number
}

/**
 * Names the phase of every request (in start order): a role's GetRole before its policy write is
 * its read (a second one a re-read), after the write its read-back. A retried call keeps its phase.
 */
export function phaseOf(entries: readonly RequestLogEntry[]): string[] {
  const successfulReads = new Map<string, number>()
  const written = new Set<string>()
  return entries.map((entry) => {
    const role = entry.roleName ?? ''
    if (entry.action === 'GetCallerIdentity') return 'caller identity'
    if (entry.action === 'UpdateAssumeRolePolicy') {
      written.add(role)
      return 'write'
    }
    if (entry.action === 'TagRole') return 'tag'
    if (entry.action !== 'GetRole') return entry.action
    if (written.has(role)) return 'read-back'
    const seen = successfulReads.get(role) ?? 0
    if (entry.status === 200) successfulReads.set(role, seen + 1)
    return seen === 0 ? 'read' : 're-read'
  })
}

/** Where the time of one run went, from the emulator's request log. */
export function timeline(log: readonly RequestLogEntry[], spawnedAt: number, exitedAt: number): RunTimeline {
  const entries = [...log].sort((a, b) => a.start - b.start)
  const names = phaseOf(entries)
  const order = [...new Set(names)]
  let previousEnd = spawnedAt
  const phases = order.map((phase) => {
    const members = entries.filter((_, index) => names[index] === phase)
    const firstStart = Math.min(...members.map((entry) => entry.start))
    const lastEnd = Math.max(...members.map((entry) => entry.end))
    const timing: PhaseTiming = {
      phase,
      calls: members.length,
      firstStart: firstStart - spawnedAt,
      lastEnd: lastEnd - spawnedAt,
      maxInFlight: maxInFlight(members),
      gapBefore: firstStart - previousEnd
    }
    previousEnd = lastEnd
    return timing
  })
  const first = entries[0]?.start ?? exitedAt
  const last = Math.max(spawnedAt, ...entries.map((entry) => entry.end))
  return { toFirstRequest: first - spawnedAt, phases, afterLastAnswer: exitedAt - last }
}

function maxInFlight(entries: readonly RequestLogEntry[]): number {
  const events = entries.flatMap((entry) => [
    { at: entry.start, delta: 1 },
    { at: entry.end, delta: -1 }
  ])
  // An answer at the same millisecond as a new request frees its slot first.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta)
  let current = 0
  let most = 0
  for (const event of events) {
    current += event.delta
    most = Math.max(most, current)
  }
  return most
}
