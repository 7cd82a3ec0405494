import type { ContactCenterType, RoleTarget } from './contact-centers.js'
import type { PolicyDocument } from '../policy/document.js'
import type { Mode } from './settings.js'

/** What a run does (or would do) to one role's trust policy. */
export type ChangeKind =
  'add-condition' | 'replace-id' | 'stage-overlap' | 'remove-condition' | 'unchanged' | 'error'

export interface RolePlan {
  role: RoleTarget
  /** The trust policy as read; null when the role could not be read. */
  before: PolicyDocument | null
  /** The trust policy the run writes; equals `before` when unchanged; null on error. */
  after: PolicyDocument | null
  change: ChangeKind
  /** Remarks for reviewers (a statement split, an operator replaced). Never contain an external ID. */
  notes: string[]
  /** Why this role cannot be changed. Never contains an external ID. */
  error: string | null
}

export type DriftKind = 'missing-condition' | 'different-id' | 'extra-ids' | 'missing-role' | 'too-old'

export interface DriftFinding {
  role: RoleTarget
  kind: DriftKind
  /** Human-readable detail, fingerprints only. */
  detail: string
}

export type Result = 'planned' | 'no-change' | 'changed' | 'in-sync' | 'drift' | 'disabled' | 'rolled-back'

/** Everything the renderer needs; produced by the orchestrator at the end of a run. */
export interface Report {
  result: Result | 'failed'
  mode: Mode
  accountId: string | null
  contactCenterType: ContactCenterType
  callCenters: string[]
  /** Fingerprint of the external ID the run applies or checks (null for disable). */
  fingerprint: string | null
  roles: RolePlan[]
  drift: DriftFinding[]
  /** Warnings shown prominently (e.g. disable leaves roles open to the confused deputy). */
  warnings: string[]
  /** Errors of the run, already free of external IDs. */
  errors: string[]
  /** Every external ID involved (new and previous), to be replaced by fingerprints when rendering. */
  secrets: string[]
  run: { sha: string | null; runUrl: string | null; time: Date }
}
