import type { RoleTarget } from './contact-centers.js'
import type { PolicyDocument } from '../policy/document.js'
import { evaluateTrustPolicy, principalsOf, type AssumeRoleRequest } from '../policy/evaluate.js'
import { accountOfAwsPrincipal } from '../policy/arn.js'
import {
  acceptedExternalIds,
  removeExternalIdCondition,
  type TrustScope
} from '../policy/external-id-condition.js'

export interface SimulationCase {
  target: RoleTarget
  before: PolicyDocument
  after: PolicyDocument
  /** Other IDs the role must still accept (a staged overlap). */
  alsoAccepted: readonly string[]
}

/**
 * The case for one role: besides the new ID, the role must keep accepting every other ID its new
 * policy names (a staged overlap).
 */
export function simulationCase(
  target: RoleTarget,
  before: PolicyDocument,
  after: PolicyDocument,
  options: SimulationOptions
): SimulationCase {
  const alsoAccepted = acceptedExternalIds(after, options.scope).filter(
    (id) => !options.externalIds.includes(id)
  )
  return { target, before, after, alsoAccepted }
}

export interface SimulationOptions {
  scope: TrustScope
  /** The IDs every Salesforce principal must be allowed with (each on its own); none after disable. */
  externalIds: readonly string[]
}

/**
 * Evaluates each stored trust policy with the action's own evaluator. Returns the problems found
 * (empty: verified); texts name roles and principals, never an ID.
 */
export function simulate(cases: readonly SimulationCase[], options: SimulationOptions): string[] {
  return cases.flatMap((item) => simulateRole(item, options))
}

function simulateRole(
  { target, before, after, alsoAccepted }: SimulationCase,
  options: SimulationOptions
): string[] {
  const problems: string[] = []
  const decide = (doc: PolicyDocument, principal: AssumeRoleRequest['principal'], externalId?: string) =>
    evaluateTrustPolicy(doc, { principal, ...(externalId === undefined ? {} : { externalId }) })
  const inScope = (id: string) =>
    options.scope.salesforceAccountIds.some((account) => accountOfAwsPrincipal(id) === account)
  const salesforce = principalsOf(after).filter((p) => p.type === 'AWS' && inScope(p.id))
  const others = uniquePrincipals([...principalsOf(before), ...principalsOf(after)]).filter(
    (p) => !(p.type === 'AWS' && inScope(p.id))
  )
  if (salesforce.length === 0)
    problems.push(`${target.roleName}: no statement trusts the Salesforce account.`)

  // Other conditions of a Salesforce statement (e.g. aws:SourceAccount) can deny on their own; the
  // positive checks therefore hold only where the policy without the ID condition would allow.
  const baseline = removeExternalIdCondition(before, options.scope).document
  const wrongId = `scv-wrong-${Date.now().toString(36)}`
  for (const principal of salesforce) {
    const who = `${target.roleName}: ${principal.id}`
    const openWithoutId = decide(baseline, principal) === 'allow'
    if (options.externalIds.length === 0) {
      if (openWithoutId && decide(after, principal) !== 'allow')
        problems.push(`${who} is not allowed without an external ID.`)
      continue
    }
    for (const id of options.externalIds) {
      if (openWithoutId && decide(after, principal, id) !== 'allow') {
        problems.push(`${who} is not allowed with the new external ID.`)
        break
      }
    }
    for (const id of alsoAccepted) {
      if (openWithoutId && decide(after, principal, id) !== 'allow') {
        problems.push(`${who} is no longer allowed with a previous external ID during the overlap.`)
      }
    }
    if (decide(after, principal) === 'allow') problems.push(`${who} is allowed without an external ID.`)
    if (decide(after, principal, wrongId) === 'allow')
      problems.push(`${who} is allowed with a wrong external ID.`)
  }
  for (const principal of others) {
    for (const id of [undefined, ...options.externalIds]) {
      if (decide(before, principal, id) !== decide(after, principal, id)) {
        problems.push(`${target.roleName}: the answer for ${principal.type} ${principal.id} changed.`)
        break
      }
    }
  }
  return problems
}

function uniquePrincipals<T extends { type: string; id: string }>(principals: T[]): T[] {
  const seen = new Map<string, T>()
  for (const principal of principals) seen.set(`${principal.type} ${principal.id}`, principal)
  return [...seen.values()]
}
