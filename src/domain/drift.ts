import { describeId, describeIds, fingerprint, idsOf, type RequiredIds } from './external-id.js'
import type { CurrentRole } from './plan.js'
import type { DriftFinding } from './plan-types.js'
import { statementsOf, type PolicyDocument } from '../policy/document.js'
import { analyseTrustPolicy, type TrustScope } from '../policy/analysis.js'
import { decideRole } from './decision.js'
import { requiredExternalIds, type StatementRequirement } from '../policy/external-id-condition.js'
import type { Rotation } from './settings.js'
import { TAG_APPLIED_AT, TAG_FINGERPRINT } from './tags.js'
import { CANARY_SID, hasCanary } from '../policy/canary.js'

export interface DriftOptions {
  externalIds: RequiredIds
  /** overlap: a staged rotation (these IDs plus earlier ones) is expected, not drift. */
  rotation: Rotation
  scope: TrustScope
  /** null: the age of the ID is not checked. */
  maxAgeSeconds: number | null
  now: Date
}

/** Pure: every way a role differs from "its Salesforce statements require exactly these IDs". */
export function detectDrift(roles: readonly CurrentRole[], options: DriftOptions): DriftFinding[] {
  return roles.flatMap((role) => roleDrift(role, options))
}

function roleDrift(role: CurrentRole, options: DriftOptions): DriftFinding[] {
  const finding = (kind: DriftFinding['kind'], detail: string): DriftFinding => ({
    role: role.target,
    kind,
    detail
  })
  if (role.document === null) return [finding('missing-role', `${role.target.roleName} does not exist.`)]
  const canary = hasCanary(role.document)
    ? [
        finding(
          'leftover-canary',
          `the temporary statement ${CANARY_SID} of an interrupted verify: assume run is still there: an apply removes it.`
        )
      ]
    : []
  return [...canary, ...conditionDrift(role, role.document, options, finding)]
}

function conditionDrift(
  role: CurrentRole,
  document: PolicyDocument,
  options: DriftOptions,
  finding: (kind: DriftFinding['kind'], detail: string) => DriftFinding
): DriftFinding[] {
  const { statements, conditioned, lacking, extra, keep } = idState(role, document, options)
  if (statements.length === 0) {
    return [finding('missing-condition', 'No statement trusts the Salesforce account any more.')]
  }
  const findings: DriftFinding[] = []
  const unconditioned = statements.length - conditioned.length
  if (unconditioned > 0) {
    findings.push(
      finding(
        'missing-condition',
        `${unconditioned} of ${statements.length} Salesforce statements have no sts:ExternalId condition: any caller in the Salesforce account can assume the role.`
      )
    )
  }
  const wrongOperator = conditioned.filter((statement) => statement.operator !== 'StringEquals')
  if (wrongOperator.length > 0 || lacking.length > 0) {
    const operators = [...new Set(wrongOperator.map((statement) => statement.operator))]
    findings.push(
      finding(
        'different-id',
        [
          lacking.length > 0 ? lackingDetail(lacking, options.externalIds) : '',
          operators.length > 0 ? `the condition uses ${operators.join(', ')} instead of StringEquals` : ''
        ]
          .filter(Boolean)
          .join('; ') + '.'
      )
    )
  }
  findings.push(...decisionDrift(role, document, options, findings, finding))
  const runIds = describeIds(options.externalIds)
  if (lacking.length === 0 && extra.length > 0 && options.rotation === 'replace') {
    findings.push(
      finding('extra-ids', `also accepts ${extra.map(fingerprint).join(', ')}: ${finishHint(keep, runIds)}`)
    )
  }
  const staged = extra.length > 0 && lacking.length === 0
  const tooOld = ageDetail(role, options, staged ? finishHint(keep, runIds) : null)
  if (tooOld !== null) findings.push(finding('too-old', tooOld))
  return findings
}

/**
 * Why the role's ID is too old under max-age, or null when it is not (or no max-age is set).
 * `stagedHint`: how to finish the rotation staged on the role, when one is.
 */
function ageDetail(role: CurrentRole, options: DriftOptions, stagedHint: string | null): string | null {
  if (options.maxAgeSeconds === null) return null
  const appliedAt = Date.parse(role.tags[TAG_APPLIED_AT] ?? '')
  if (Number.isNaN(appliedAt)) return `no valid ${TAG_APPLIED_AT} tag: the age of the ID is unknown.`
  if (options.now.getTime() - appliedAt <= options.maxAgeSeconds * 1000) return null
  const days = Math.floor((options.now.getTime() - appliedAt) / 86_400_000)
  return stagedHint !== null
    ? `the rotation was staged ${days} days ago, longer than max-age: ${stagedHint}`
    : `the ID was applied ${days} days ago, longer than max-age: rotate it.`
}

/**
 * What the guard's decision finds in the role as it is: a Salesforce caller let in without the
 * run's ID (e.g. through a wildcard statement), or one that could assume the role but not with the
 * run's ID (e.g. a Deny). Kinds the statement checks above already report are not repeated.
 */
function decisionDrift(
  role: CurrentRole,
  document: PolicyDocument,
  options: DriftOptions,
  found: readonly DriftFinding[],
  finding: (kind: DriftFinding['kind'], detail: string) => DriftFinding
): DriftFinding[] {
  const analysis = analyseTrustPolicy(document, options.scope)
  // Who may use the role: whom its Allow statements let in, with some ID or none, before any Deny.
  const allows = statementsOf(document).filter((statement) => statement.Effect !== 'Deny')
  const reachable = analyseTrustPolicy({ ...document, Statement: allows }, options.scope)
  const runIds = idsOf(options.externalIds)
  const kept = analysis.acceptedIds.filter((id) => !runIds.includes(id))
  const problems = decideRole({
    roleName: role.target.roleName,
    before: reachable,
    after: analysis,
    required: options.rotation === 'overlap' ? [...runIds, ...kept] : runIds,
    newIds: runIds,
    // IDs the Salesforce statements accept beside the run's are the extra-ids finding's.
    tolerated: analysis.acceptedIds
  })
  const prefix = `${role.target.roleName}: `
  const byKind = new Map<DriftFinding['kind'], DriftFinding>()
  for (const problem of problems) {
    const detail = problem.startsWith(prefix) ? problem.slice(prefix.length) : problem
    // Others' answers compare the policy with itself less its Deny statements: no finding of a check.
    if (detail.startsWith('no statement trusts') || / is (now|no longer) allowed/.test(detail)) continue
    const kind = / is not allowed /.test(detail) ? 'different-id' : 'missing-condition'
    // One finding per kind, the first answer (no ID before a wrong one) standing for the rest.
    if (!byKind.has(kind) && !found.some((existing) => existing.kind === kind))
      byKind.set(kind, finding(kind, detail))
  }
  return [...byKind.values()]
}

/** A rotation staged on the roles: they accept the run's ID(s) and earlier ones. */
export interface StagedRotation {
  /** The earliest applied-at tag of the staged roles; null when none carries a valid one. */
  since: Date | null
  /** Fingerprint(s) of the ID(s) to keep when finishing: the one last applied (per the roles' tags). */
  keep: string
  /** Fingerprints of the other IDs the roles still accept. */
  others: string[]
}

/**
 * Pure: the staged rotation the roles are in, or null when no role accepts more than the run's IDs.
 * A role that lacks one of the run's IDs is drift, not a stage, and is left to detectDrift.
 */
export function stagedRotation(roles: readonly CurrentRole[], options: DriftOptions): StagedRotation | null {
  const runIds = describeIds(options.externalIds)
  const staged = roles.flatMap((role) => {
    if (role.document === null) return []
    const { lacking, extra, keep } = idState(role, role.document, options)
    if (extra.length === 0 || lacking.length > 0) return []
    return [{ extra, keep, appliedAt: Date.parse(role.tags[TAG_APPLIED_AT] ?? '') }]
  })
  if (staged.length === 0) return null
  const times = staged.map((role) => role.appliedAt).filter((time) => !Number.isNaN(time))
  const keep = staged.find((role) => role.keep !== runIds)?.keep ?? runIds
  const accepted = [runIds, ...staged.flatMap((role) => role.extra).map(fingerprint)]
  return {
    since: times.length === 0 ? null : new Date(Math.min(...times)),
    keep,
    others: [...new Set(accepted)].filter((id) => id !== keep)
  }
}

/** What to do about a stage, naming the ID to keep: a bare "replace" with an old secret would drop the new ID. */
export function finishHint(keep: string, runIds: string): string {
  if (keep === runIds) {
    return `to finish the rotation, keep only ${keep}: apply with rotation: replace and this ID (while Salesforce still switches, check with rotation: overlap).`
  }
  return `the roles were last given ${keep}, not this run's ${runIds}, so the secret may hold the old ID. To finish the rotation, keep ${keep}: apply with rotation: replace and the ID of ${keep}; a replace with this run's ID would drop it.`
}

/** One role's Salesforce statements against the run's ID(s): what the findings and the stage both read. */
interface IdState {
  statements: StatementRequirement[]
  /** The statements with an sts:ExternalId condition. */
  conditioned: StatementRequirement[]
  /** Of those, the ones that do not accept every ID of the run. */
  lacking: StatementRequirement[]
  /** IDs accepted beside the run's. */
  extra: string[]
  /** The ID(s) to keep when a stage is finished. */
  keep: string
}

function idState(role: CurrentRole, document: PolicyDocument, options: DriftOptions): IdState {
  const statements = requiredExternalIds(document, options.scope)
  const expectedIds = idsOf(options.externalIds)
  const conditioned = statements.filter((statement) => statement.ids !== null)
  return {
    statements,
    conditioned,
    lacking: conditioned.filter((statement) => expectedIds.some((id) => !(statement.ids ?? []).includes(id))),
    extra: extraIds(conditioned, expectedIds),
    keep: idToKeep(role, conditioned, options.externalIds)
  }
}

function extraIds(conditioned: StatementRequirement[], expectedIds: readonly string[]): string[] {
  return [
    ...new Set(
      conditioned.flatMap((statement) => statement.ids ?? []).filter((id) => !expectedIds.includes(id))
    )
  ]
}

/**
 * With one ID, the roles' fingerprint tag names the ID applied last (the new one of a stage) while
 * the role still accepts it; several orgs keep their own set.
 */
function idToKeep(role: CurrentRole, conditioned: StatementRequirement[], required: RequiredIds): string {
  const runIds = describeIds(required)
  if (required.kind !== 'single') return runIds
  const tagged = role.tags[TAG_FINGERPRINT]
  const accepted = new Set(conditioned.flatMap((statement) => statement.ids ?? []).map(fingerprint))
  return tagged !== undefined && accepted.has(tagged) ? tagged : runIds
}

/** One ID: what the role requires instead. Several orgs: which of their IDs it does not accept. */
function lackingDetail(lacking: readonly { ids: string[] | null }[], required: RequiredIds): string {
  if (required.kind === 'single') {
    const found = [...new Set(lacking.flatMap((statement) => statement.ids ?? []).map(fingerprint))]
    return `requires ${found.join(', ') || 'no ID'} instead of ${fingerprint(required.id)}`
  }
  const missing = required.orgs.filter((org) =>
    lacking.some((statement) => !(statement.ids ?? []).includes(org.id))
  )
  return `does not accept ${missing.map((org) => describeId(required, org.id)).join(', ')}`
}
