/**
 * What an apply with `verify: simulate` of N roles that all change must do, at least:
 * sts:GetCallerIdentity (sts:AssumeRoleWithWebIdentity through OIDC), then per role one read
 * (GetRole), one write (UpdateAssumeRolePolicy), one read-back (GetRole), the tags (TagRole, only
 * once IAM shows the policy: tags never describe an ID another writer replaced) and a last
 * read-back of policy and tags (GetRole).
 */
import type { RequestLogEntry } from '../emulator/aws/server.js'

/** The per-role steps that follow each other: a role is written after it is read, read back after it is written. */
export const SEQUENTIAL_STEPS = ['read', 'write', 'read-back', 'tag', 'tag-read-back'] as const
const CALLS_PER_ROLE = SEQUENTIAL_STEPS.length

/** IAM lists up to 100 roles a page (MaxItems): the audit (`audit: warn`, the default) reads them beside the GetRole reads. */
const ROLES_PER_LIST_PAGE = 100

/** 1 + 5N: GetCallerIdentity and five calls per role; plus the audit's ListRoles pages of an account holding that many roles. */
export function minimumCalls(roles: number, accountRoles = 0): number {
  return 1 + CALLS_PER_ROLE * roles + Math.ceil(accountRoles / ROLES_PER_LIST_PAGE)
}

/**
 * The least number of sequential round trips: GetCallerIdentity, then each sequential step in
 * ceil(N / concurrency) waves: 6 when every role fits in one wave.
 */
export function minimumRoundTrips(roles: number, concurrency = Infinity): number {
  const waves = Number.isFinite(concurrency) ? Math.ceil(roles / concurrency) : 1
  return 1 + SEQUENTIAL_STEPS.length * waves
}

/** The true floor: a bare `node -e 0` start plus the round trips at the endpoint's fixed latency. */
export function floorMs(bareNodeMs: number, roundTrips: number, latencyMs: number): number {
  return bareNodeMs + roundTrips * latencyMs
}

/**
 * The round trips a run took one after the other: the longest chain of requests in which each
 * starts only after the one before it was answered. Requests in flight together count once.
 */
export function sequentialRoundTrips(log: readonly Pick<RequestLogEntry, 'start' | 'end'>[]): number {
  const byStart = [...log].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  byStart.forEach((entry, index) => {
    let before = 0
    for (let earlier = 0; earlier < index; earlier++) {
      const other = byStart[earlier]
      if (other !== undefined && other.end <= entry.start) before = Math.max(before, depth[earlier] ?? 0)
    }
    depth.push(before + 1)
  })
  return Math.max(0, ...depth)
}

/**
 * The production path (role-to-assume): GitHub's OIDC token, then sts:AssumeRoleWithWebIdentity in
 * GetCallerIdentity's place (its answer names the account), then the same waves. Over HTTPS each new
 * connection costs a handshake, but only the first one must be waited for: the token host's, before
 * anything else can happen. STS's connection can open while the token is issued, IAM's while STS
 * answers, and later requests reuse them.
 */
export const PRODUCTION_PATH = {
  /** The OIDC token request, before the AWS calls. */
  roundTripsBeforeAws: 1,
  minimumHandshakes: 1
} as const

/** The token, AssumeRoleWithWebIdentity, and read, write, read-back in ceil(N / concurrency) waves. */
export function minimumProductionRoundTrips(roles: number, concurrency = Infinity): number {
  return PRODUCTION_PATH.roundTripsBeforeAws + minimumRoundTrips(roles, concurrency)
}

/** The production path's floor: a bare `node -e 0` start, its round trips and the handshakes nothing can overlap. */
export function productionFloorMs(
  bareNodeMs: number,
  roles: number,
  network: { latencyMs: number; handshakeMs: number; concurrency?: number }
): number {
  const roundTrips = minimumProductionRoundTrips(roles, network.concurrency)
  return (
    floorMs(bareNodeMs, roundTrips, network.latencyMs) +
    PRODUCTION_PATH.minimumHandshakes * network.handshakeMs
  )
}
