import type { ContactCenterType, RoleSpec } from './contact-centers.js'
import type { OrgExternalId } from './external-id.js'
import type { TrustScope } from '../policy/analysis.js'

export const MODES = ['plan', 'apply', 'check', 'disable'] as const
export type Mode = (typeof MODES)[number]
export const ROTATIONS = ['replace', 'overlap'] as const
export type Rotation = (typeof ROTATIONS)[number]
/** audit: what the run does about roles outside it that let Salesforce in without an ID. */
export const AUDIT_MODES = ['warn', 'fail', 'off'] as const
export type AuditMode = (typeof AUDIT_MODES)[number]

export const VERIFY_MODES = ['simulate', 'assume', 'none'] as const
export type VerifyMode = (typeof VERIFY_MODES)[number]
export const COMMENT_MODES = ['auto', 'always', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
/**
 * The ID inputs, mutually exclusive: `external-id` (given), `generate-external-id` (generate),
 * `external-ids` (one per Salesforce org), or none (only mode disable runs without one).
 */
export type ExternalIdInput =
  | { kind: 'none' }
  | { kind: 'given'; id: string }
  | { kind: 'generate' }
  | { kind: 'orgs'; orgs: OrgExternalId[] }

/** `expected-fingerprint`: the single form with `external-id`, the labelled form with `external-ids`. */
export type ExpectedFingerprint =
  { kind: 'single'; fingerprint: string } | { kind: 'orgs'; byLabel: Record<string, string> }

/** Every input of action.yml, validated and typed. Produced by inputs.ts before any AWS call. */
export interface Settings {
  contactCenterType: ContactCenterType
  callCenters: string[]
  /** The concrete roles of the run (shared roles once, per-call-center roles per call center). */
  roles: RoleSpec[]
  /** Where the run's external ID(s) come from; every given ID is already masked. */
  externalId: ExternalIdInput
  /** The fingerprint(s) a reviewer approved (lower case): one, or one per org label; null: not pinned. */
  expectedFingerprint: ExpectedFingerprint | null
  mode: Mode
  rotation: Rotation
  salesforceAccountIds: string[]
  verify: VerifyMode
  verifyTimeoutSeconds: number
  maxPolicySize: number
  roleToAssume: string | null
  audience: string
  /** Null: derive from the repository and run id. */
  roleSessionName: string | null
  awsRegion: string
  /** Empty: any account. */
  allowedAccountIds: string[]
  maxAgeSeconds: number | null
  githubToken: string
  comment: CommentMode
  prNumber: number | null
  /** Report (warn), or refuse the run over (fail), roles Salesforce can assume without an ID outside the run. */
  audit: AuditMode
  /** check keeps one GitHub issue open while it finds drift, and closes it once in sync. */
  driftIssue: boolean
}

/** Whom the trust policies are judged for: Salesforce's accounts. */
export const trustScope = (settings: Settings): TrustScope => ({
  salesforceAccountIds: settings.salesforceAccountIds
})
