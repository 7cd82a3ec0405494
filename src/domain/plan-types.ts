import type { ContactCenterType, RoleTarget } from './contact-centers.js'
import type { PolicyDocument } from '../policy/document.js'
import type { AuditResult } from './audit.js'
import type { Mode, Rotation } from './settings.js'
import type { TagChanges } from './tags.js'
import type { DriftFinding } from './findings.js'

export type { DriftFinding, DriftKind } from './findings.js'

/** What a run does (or would do) to one role's trust policy when it can. */
export type WriteKind = 'add-condition' | 'replace-id' | 'stage-overlap' | 'remove-condition'
export type ChangeKind = WriteKind | 'unchanged' | 'error'

/** A role the run can handle: its new document is always there (equal to `before` when unchanged). */
export interface ReadyPlan {
  change: WriteKind | 'unchanged'
  role: RoleTarget
  before: PolicyDocument
  after: PolicyDocument
  /** Remarks for reviewers (a statement split, an operator replaced). Never contain an external ID. */
  notes: string[]
  /** The tag writes that go with it (written only by apply and disable); null when none. */
  tagChanges: TagChanges | null
}

/** A role the run cannot handle, and why (never containing an external ID). */
export interface FailedPlan {
  change: 'error'
  role: RoleTarget
  /** The trust policy as read; null when the role could not be read. */
  before: PolicyDocument | null
  error: string
}

export type RolePlan = ReadyPlan | FailedPlan

/** A plan whose trust policy is written. */
export type WritePlan = ReadyPlan & { change: WriteKind }

export const isWrite = (plan: RolePlan): plan is WritePlan =>
  plan.change !== 'unchanged' && plan.change !== 'error'

export const isReady = (plan: RolePlan): plan is ReadyPlan => plan.change !== 'error'

/**
 * rollback-failed: at least one role could not be restored. conflict: another writer changed a
 * role after this run's write; this run left that change as it is.
 */
export type Result =
  | 'planned'
  | 'no-change'
  | 'changed'
  | 'in-sync'
  | 'drift'
  | 'disabled'
  | 'rolled-back'
  | 'rollback-failed'
  | 'conflict'

/**
 * A run stopped before any write. refused: the inputs or a trust policy were refused; error:
 * anything else (AWS or GitHub failures, a missing role, a cancellation).
 */
export type StoppedResult = 'refused' | 'error'

/** What a run did: the orchestrator turns it into outputs and the report. */
export interface Outcome {
  result: Result | StoppedResult
  plans: RolePlan[]
  /** ARNs whose trust policy IAM holds differently from the run's start (plan: would change). */
  changedRoles: string[]
  drift: DriftFinding[]
  warnings: string[]
  errors: string[]
  backupFile: string | null
}

/** Everything the renderer needs; produced by the orchestrator at the end of a run. */
export interface Report {
  result: Result | StoppedResult
  mode: Mode
  accountId: string | null
  contactCenterType: ContactCenterType
  callCenters: string[]
  /** Fingerprint of the external ID the run applies or checks, or one per org label (null for disable). */
  fingerprint: string | Record<string, string> | null
  rotation: Rotation
  /** The ARN the run read (and wrote) the roles as; null when credentials failed. */
  callerArn: string | null
  roles: RolePlan[]
  /** The CloudFormation stack of each role that has one (its aws:cloudformation:stack-name tag), by ARN. */
  stacks: Record<string, string>
  drift: DriftFinding[]
  audit: AuditResult
  /** Warnings shown prominently (e.g. disable leaves roles open to the confused deputy). */
  warnings: string[]
  /** Errors of the run, already free of external IDs. */
  errors: string[]
  /** Every external ID involved (new and previous), to be replaced by fingerprints when rendering. */
  secrets: string[]
  run: {
    sha: string | null
    runUrl: string | null
    time: Date
    /** The workflow file that runs the action (that a merge runs again). */
    workflow: string | null
    /** The environment of the job, when the event names it. */
    environment: string | null
  }
}
