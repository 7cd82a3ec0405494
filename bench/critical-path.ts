/**
 * What an apply with `verify: simulate` must do, as sequential AWS round trips and as calls:
 * GetCallerIdentity once, then per role GetRole (read), GetRole (re-read before writing),
 * UpdateAssumeRolePolicy, GetRole (read-back) and TagRole.
 */

/** The per-role calls after GetCallerIdentity, each depending on the one before. */
export const PER_ROLE_PHASES = ['read', 're-read', 'write', 'read-back', 'tag'] as const

/** Calls an apply of `roles` roles that all change cannot do without. */
export function minimumCalls(roles: number): number {
  return 1 + PER_ROLE_PHASES.length * roles
}

/**
 * The least number of sequential round trips: GetCallerIdentity, then each per-role phase in
 * ceil(roles / concurrency) waves (one wave when concurrency is unbounded).
 */
export function criticalRoundTrips(roles: number, concurrency = Infinity): number {
  const waves = Number.isFinite(concurrency) ? Math.ceil(roles / concurrency) : 1
  return 1 + PER_ROLE_PHASES.length * waves
}

/** Process start plus every round trip at the emulator's fixed latency. */
export function criticalPathMs(roundTrips: number, latencyMs: number, processStartMs: number): number {
  return processStartMs + roundTrips * latencyMs
}
