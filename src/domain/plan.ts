import { defaultRoleName, CALL_CENTER_PLACEHOLDER, EXTRA_ROLE, type RoleTarget } from './contact-centers.js'
import { fingerprintsOf, idsOf, type RequiredIds } from './external-id.js'
import type { FailedPlan, RolePlan, WriteKind } from './plan-types.js'
import { policiesEquivalent, policySize, type PolicyDocument } from '../policy/document.js'
import {
  analyseTrustPolicy,
  isStringEquals,
  isStringOperator,
  type TrustAnalysis,
  type TrustScope
} from '../policy/analysis.js'
import {
  TransformRefusedError,
  removeExternalIdCondition,
  requireExternalIds,
  type TransformResult
} from '../policy/external-id-condition.js'
import type { Mode, Rotation } from './settings.js'
import { simulate, simulationCase } from './simulate.js'
import { CANARY_SID, hasCanary, withoutCanary } from '../policy/canary.js'
import { tagChanges, tagLimitProblem } from './tags.js'
import { prepareForIam } from '../policy/iam-acceptance.js'

/** A role as read at the start of the run; `document` null when the role does not exist. */
export interface CurrentRole {
  target: RoleTarget
  document: PolicyDocument | null
  tags: Record<string, string>
}

interface CommonPlanOptions {
  rotation: Rotation
  scope: TrustScope
  maxPolicySize: number
  now: Date
}

/** Every mode but disable has the ID(s) to require; disable has none. */
export type PlanOptions = CommonPlanOptions &
  ({ mode: Exclude<Mode, 'disable'>; externalIds: RequiredIds } | { mode: 'disable'; externalIds: null })

/** Pure: what the run would do to every role. */
export function planRoles(roles: readonly CurrentRole[], options: PlanOptions): RolePlan[] {
  return roles.map((role) => planRole(role, options))
}

export function planRole(current: CurrentRole, options: PlanOptions): RolePlan {
  const failed = (error: string): FailedPlan => ({
    role: current.target,
    before: current.document,
    change: 'error',
    error
  })
  const before = current.document
  if (before === null) return failed(missingRoleMessage(current.target))
  const roleName = current.target.roleName
  // A canary statement left by an interrupted `verify: assume` run goes with the change.
  const analysis = analyseTrustPolicy(withoutCanary(before), options.scope)
  const refusal = refusalToTransform(roleName, analysis, options)
  if (refusal !== null) return failed(refusal)
  let transformed: TransformResult
  try {
    transformed = transform(analysis, options)
  } catch (error) {
    if (error instanceof TransformRefusedError) return failed(`${roleName}: ${error.message}.`)
    throw error
  }
  const after = transformed.document
  const tooLarge = sizeRefusal(roleName, before, after, options.maxPolicySize)
  if (tooLarge !== null) return failed(tooLarge)
  const afterAnalysis = analyseTrustPolicy(after, options.scope)
  const problems = safetyProblems(current.target, analysis, afterAnalysis, options)
  if (problems.length > 0) return failed(problems.join(' '))
  const change = classify(before, analysis, afterAnalysis, options)
  const written = change === 'unchanged' ? null : writtenDocument(roleName, after, options.maxPolicySize)
  if (written !== null && 'refusal' in written) return failed(written.refusal)
  const tags = tagChanges(
    current.tags,
    options.externalIds === null ? null : fingerprintsOf(options.externalIds),
    options.now
  )
  const tagProblem = tags === null ? null : tagLimitProblem(current.tags, tags)
  if (tagProblem !== null) return failed(`${roleName}: ${tagProblem}`)
  return {
    role: current.target,
    before,
    after: written === null ? before : written.document,
    change,
    notes: [
      ...transformed.notes,
      ...(written === null ? [] : written.notes),
      ...(hasCanary(before) ? [LEFTOVER_CANARY_NOTE] : [])
    ],
    tagChanges: tags
  }
}

/** Why the policy as read cannot be changed safely at all; null when it can be tried. */
function refusalToTransform(roleName: string, analysis: TrustAnalysis, options: PlanOptions): string | null {
  if (analysis.unjudgeable.length > 0) {
    // Fail closed: a condition the evaluator cannot judge might let Salesforce in without the ID.
    return (
      `${roleName}: the trust policy tests what this action cannot evaluate for Salesforce's principals ` +
      `(${analysis.unjudgeable.join('; ')}), so it cannot prove the change safe. Remove or rewrite those conditions, then run again.`
    )
  }
  if (options.rotation === 'overlap' && options.mode !== 'disable') {
    // An ID held under StringLike & co. may be a pattern: an overlap cannot carry it over as is.
    const other = analysis.salesforce.find(
      ({ required }) => required !== null && !isStringEquals(required.operator)
    )
    if (other?.required) {
      return `${roleName} accepts its current external ID under ${other.required.operator}, which a staged overlap cannot keep. Use rotation: replace, or change the condition to StringEquals first.`
    }
  }
  return null
}

function sizeRefusal(
  roleName: string,
  before: PolicyDocument,
  after: PolicyDocument,
  maxPolicySize: number
): string | null {
  const size = policySize(after)
  if (size <= maxPolicySize) return null
  return `The new trust policy of ${roleName} would be ${size} characters (minified), over max-policy-size ${maxPolicySize} (was ${policySize(before)}).`
}

/**
 * A change that would leave Salesforce able to assume the role without the ID (e.g. another
 * statement trusting "*"), or unable to with it, protects nothing: it is refused before anything is written.
 */
function safetyProblems(
  role: RoleTarget,
  before: TrustAnalysis,
  after: TrustAnalysis,
  options: PlanOptions
): string[] {
  const simulation = {
    scope: options.scope,
    externalIds: options.externalIds === null ? [] : idsOf(options.externalIds)
  }
  return simulate([simulationCase(role, before, after, simulation)])
}

/**
 * The document as it will be sent: what IAM would refuse for a reason the document shows is a plan
 * error naming the role (so apply writes nothing), and an outdated Version is brought up to date.
 */
function writtenDocument(
  roleName: string,
  after: PolicyDocument,
  maxPolicySize: number
): { document: PolicyDocument; notes: string[] } | { refusal: string } {
  const accepted = prepareForIam(after)
  if ('refusal' in accepted) return { refusal: `${roleName}: ${accepted.refusal}` }
  const size = policySize(accepted.document)
  if (size > maxPolicySize) {
    return {
      refusal: `The new trust policy of ${roleName} would be ${size} characters (minified) with "Version": "2012-10-17", over max-policy-size ${maxPolicySize}.`
    }
  }
  return accepted
}

/**
 * NoSuchEntity, with where the name came from: a call center gives `<name>-ConnectCallRole` and
 * `<name>-SCVS3Role`, in the lower case Salesforce's templates use; a role name passed as a call
 * center is spotted.
 */
export function missingRoleMessage(target: RoleTarget): string {
  const missing = `Role ${target.roleName} does not exist in this account (NoSuchEntity).`
  if (target.logicalRole === EXTRA_ROLE) return `${missing} The name comes from extra-roles; check it there.`
  const template = defaultRoleName(target.logicalRole)
  const center = target.callCenter
  if (center === null || target.roleName !== template.split(CALL_CENTER_PLACEHOLDER).join(center)) {
    return target.callCenter === null && target.roleName === template
      ? `${missing} It is the default name of ${target.logicalRole}; if yours has another name, set it in role-arns (${target.logicalRole}=name-or-arn).`
      : `${missing} The name comes from role-arns (${target.logicalRole}); check it there.`
  }
  const suffix = /-(ConnectCallRole|SCVS3Role)$/i.exec(center)
  const rule =
    `The name comes from call-center-api-name '${center}': each CallCenterApiName gives <name>-ConnectCallRole and <name>-SCVS3Role, ` +
    `with the name in the lower case Salesforce's templates use (acme gives acme-ConnectCallRole).`
  if (suffix) {
    const name = center.slice(0, suffix.index)
    return `${missing} ${rule} '${center}' is already a role name: pass the call center '${name.toLowerCase()}' instead.`
  }
  if (center !== center.toLowerCase()) return `${missing} ${rule} Try '${center.toLowerCase()}'.`
  return `${missing} ${rule} Check the CallCenterApiName in Salesforce, or name the role in role-arns.`
}

const LEFTOVER_CANARY_NOTE = `Removes the statement ${CANARY_SID} that an interrupted verify: assume run left behind.`

function transform(analysis: TrustAnalysis, options: PlanOptions): TransformResult {
  if (options.externalIds === null) return removeExternalIdCondition(analysis)
  const required = idsOf(options.externalIds)
  const ids =
    options.rotation === 'overlap'
      ? [...required, ...analysis.acceptedIds.filter((id) => !required.includes(id))]
      : required
  return requireExternalIds(analysis, ids)
}

/** `original`: the document as read, a leftover canary included (its removal is a change too). */
function classify(
  original: PolicyDocument,
  before: TrustAnalysis,
  after: TrustAnalysis,
  options: PlanOptions
): WriteKind | 'unchanged' {
  if (policiesEquivalent(original, after.document)) return 'unchanged'
  if (options.mode === 'disable') return 'remove-condition'
  const hadCondition = before.salesforce.some(({ required }) => required !== null)
  if (!hadCondition) return 'add-condition'
  // More IDs than the run requires: the previous ones are kept beside the new set.
  const required = options.externalIds === null ? 0 : idsOf(options.externalIds).length
  return after.acceptedIds.length > required ? 'stage-overlap' : 'replace-id'
}

/** Every external ID the roles hold for Salesforce today, accepted or pinned: masked and redacted like the new one. */
export function previousExternalIds(roles: readonly CurrentRole[], scope: TrustScope): string[] {
  const ids = new Set<string>()
  for (const role of roles) {
    if (role.document === null) continue
    const analysis = analyseTrustPolicy(role.document, scope)
    for (const { entries } of analysis.salesforce) {
      for (const entry of entries)
        if (isStringOperator(entry.operator)) entry.ids.forEach((id) => ids.add(id))
    }
    for (const deny of analysis.externalIdDenies)
      if (deny.kind === 'pin') deny.entry.ids.forEach((id) => ids.add(id))
  }
  return [...ids]
}
