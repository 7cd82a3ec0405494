import type { RoleTarget } from './contact-centers.js'

/** What `check` reports about one role. */
export type DriftKind =
  | 'missing-condition'
  | 'different-id'
  | 'extra-ids'
  | 'missing-role'
  | 'too-old'
  | 'unmanaged-role'
  | 'leftover-canary'

export interface DriftFinding {
  /** A role of the run, or (unmanaged-role) a role the audit found outside it. */
  role: Pick<RoleTarget, 'roleName' | 'arn'>
  kind: DriftKind
  /** Human-readable detail, fingerprints only. */
  detail: string
}
