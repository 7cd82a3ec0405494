import type { RoleTarget } from './contact-centers.js'
import { analyseTrustPolicy, type TrustAnalysis, type TrustScope } from '../policy/analysis.js'
import type { PolicyDocument } from '../policy/document.js'
import { decideRole } from './decision.js'

export interface SimulationCase {
  target: RoleTarget
  before: TrustAnalysis
  after: TrustAnalysis
  /** The IDs Salesforce must be allowed with afterwards, and the only ones; empty after disable. */
  required: readonly string[]
  /** Of those, the ones the run applies (the rest are kept from before by an overlap). */
  newIds: readonly string[]
}

export interface SimulationOptions {
  scope: TrustScope
  /** The IDs every Salesforce principal must be allowed with (each on its own); none after disable. */
  externalIds: readonly string[]
}

/**
 * The case for one role: the new ID, and in a staged overlap also every other ID the intended
 * policy accepts. `intended` is the policy the plan computed; `after` the one to judge (the same
 * in the plan, what IAM holds in verification).
 */
export function simulationCase(
  target: RoleTarget,
  before: TrustAnalysis,
  after: TrustAnalysis,
  options: SimulationOptions,
  intended: TrustAnalysis = after
): SimulationCase {
  const { externalIds } = options
  const required =
    externalIds.length === 0
      ? []
      : [...externalIds, ...intended.acceptedIds.filter((id) => !externalIds.includes(id))]
  return { target, before, after, required, newIds: externalIds }
}

/** A verification case from documents: what IAM holds judged against what the plan intended. */
export function storedSimulationCase(
  target: RoleTarget,
  documents: { before: PolicyDocument; intended: PolicyDocument; stored: PolicyDocument },
  options: SimulationOptions
): SimulationCase {
  const analyse = (doc: PolicyDocument) => analyseTrustPolicy(doc, options.scope)
  const intended = analyse(documents.intended)
  const stored = documents.stored === documents.intended ? intended : analyse(documents.stored)
  return simulationCase(target, analyse(documents.before), stored, options, intended)
}

/**
 * Decides, for all requests at once, that Salesforce's callers need exactly the required IDs and
 * that everyone else is answered as before. Returns the problems found (empty: verified); texts
 * name roles, principals and statements, never an ID.
 */
export function simulate(cases: readonly SimulationCase[]): string[] {
  return cases.flatMap(({ target, before, after, required, newIds }) =>
    decideRole({ roleName: target.roleName, before, after, required, newIds, tolerated: [] })
  )
}
