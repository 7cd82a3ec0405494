import type { RoleTarget } from './contact-centers.js'
import { fingerprintsOf, idsOf, type RequiredIds } from './external-id.js'
import type { FailedPlan, RolePlan, WriteKind } from './plan-types.js'
import { policiesEquivalent, policySize, type PolicyDocument } from '../policy/document.js'
import {
  NoSalesforceTrustError,
  acceptedExternalIds,
  removeExternalIdCondition,
  requireExternalIds,
  requiredExternalIds,
  type TransformResult,
  type TrustScope
} from '../policy/external-id-condition.js'
import type { Mode, Rotation } from './settings.js'
import { simulate, simulationCase } from './simulate.js'
import { tagChanges, tagLimitProblem } from './tags.js'

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
  if (before === null)
    return failed(`Role ${current.target.roleName} does not exist in this account (NoSuchEntity).`)

  if (options.rotation === 'overlap' && options.mode !== 'disable') {
    // An ID held under StringLike & co. may be a pattern: an overlap cannot carry it over as is.
    const other = requiredExternalIds(before, options.scope).find(
      (statement) => statement.ids !== null && statement.operator !== 'StringEquals'
    )
    if (other) {
      return failed(
        `${current.target.roleName} accepts its current external ID under ${other.operator}, which a staged overlap cannot keep. Use rotation: replace, or change the condition to StringEquals first.`
      )
    }
  }
  let transformed: TransformResult
  try {
    transformed = transform(before, options)
  } catch (error) {
    if (error instanceof NoSalesforceTrustError)
      return failed(`${current.target.roleName}: ${error.message}.`)
    throw error
  }
  const after = transformed.document
  const size = policySize(after)
  if (size > options.maxPolicySize) {
    return failed(
      `The new trust policy of ${current.target.roleName} would be ${size} characters (minified), over max-policy-size ${options.maxPolicySize} (was ${policySize(before)}).`
    )
  }
  // A change that would leave Salesforce able to assume the role without the ID (e.g. another
  // statement trusting "*") protects nothing: refuse it before anything is written.
  const simulation = {
    scope: options.scope,
    externalIds: options.externalIds === null ? [] : idsOf(options.externalIds)
  }
  const problems = simulate([simulationCase(current.target, before, after, simulation)], simulation)
  if (problems.length > 0) return failed(problems.join(' '))
  const change = classify(before, after, options)
  const tags = tagChanges(
    current.tags,
    options.externalIds === null ? null : fingerprintsOf(options.externalIds),
    options.now
  )
  const tagProblem = tags === null ? null : tagLimitProblem(current.tags, tags)
  if (tagProblem !== null) return failed(`${current.target.roleName}: ${tagProblem}`)
  return {
    role: current.target,
    before,
    after: change === 'unchanged' ? before : after,
    change,
    notes: transformed.notes,
    tagChanges: tags
  }
}

function transform(before: PolicyDocument, options: PlanOptions): TransformResult {
  if (options.externalIds === null) return removeExternalIdCondition(before, options.scope)
  const required = idsOf(options.externalIds)
  const ids =
    options.rotation === 'overlap'
      ? [...required, ...acceptedExternalIds(before, options.scope).filter((id) => !required.includes(id))]
      : required
  return requireExternalIds(before, ids, options.scope)
}

function classify(
  before: PolicyDocument,
  after: PolicyDocument,
  options: PlanOptions
): WriteKind | 'unchanged' {
  if (policiesEquivalent(before, after)) return 'unchanged'
  if (options.mode === 'disable') return 'remove-condition'
  const hadCondition = requiredExternalIds(before, options.scope).some((statement) => statement.ids !== null)
  if (!hadCondition) return 'add-condition'
  // More IDs than the run requires: the previous ones are kept beside the new set.
  const required = options.externalIds === null ? 0 : idsOf(options.externalIds).length
  const accepted = acceptedExternalIds(after, options.scope)
  return accepted.length > required ? 'stage-overlap' : 'replace-id'
}

/** Every external ID the roles accept today: masked and redacted like the new one. */
export function previousExternalIds(roles: readonly CurrentRole[], scope: TrustScope): string[] {
  const ids = new Set<string>()
  for (const role of roles) {
    if (role.document === null) continue
    for (const statement of requiredExternalIds(role.document, scope)) {
      for (const id of statement.ids ?? []) ids.add(id)
    }
  }
  return [...ids]
}
