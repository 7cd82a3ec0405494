import type { RoleTarget } from './contact-centers.js'
import { analyseTrustPolicy, type TrustAnalysis, type TrustScope } from '../policy/analysis.js'
import { explainDecision, type AssumeRoleRequest, type RequestPrincipal } from '../policy/evaluate.js'
import type { PolicyDocument } from '../policy/document.js'
import { parseArn } from '../policy/arn.js'

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
 * Evaluates each trust policy with the action's own evaluator. Returns the problems found (empty:
 * verified); texts name roles, principals and statements, never an ID.
 */
export function simulate(cases: readonly SimulationCase[]): string[] {
  return cases.flatMap(simulateRole)
}

/** A principal as IAM sees it in an sts:AssumeRole request: its ARN and the context keys IAM sets. */
export interface SimulatedPrincipal {
  principal: RequestPrincipal
  context: Record<string, string>
  /** For messages: what kind of Salesforce caller this stands for. */
  label: string
}

/** An organization Salesforce's account may belong to: none of those a policy names, since we cannot know it. */
const SIMULATED_SALESFORCE_ORG = 'o-scvsimulated0'
const SIMULATED_ROLE = 'scv-simulated-role'
const SIMULATED_SESSION = 'scv-simulated-session'
/** An account that is neither the role's nor Salesforce's: how a stranger is answered must not change. */
const OUTSIDER_ACCOUNT = '000000000000'

/**
 * Every caller of a Salesforce account that a trust policy can tell apart: the account root, an IAM
 * role the policy does not name, a session of that role, and every user, role or session of the
 * account that the policy names in a principal or an aws:PrincipalArn condition (wildcards filled
 * in), each with its role's sessions; each outside any organization and inside one the policy does
 * not name. IAM decides on the caller's ARN, aws:PrincipalArn (a session's role),
 * aws:PrincipalAccount and aws:PrincipalOrgID, so these stand for every request Salesforce can make.
 */
export function salesforcePrincipals(analyses: readonly TrustAnalysis[]): SimulatedPrincipal[] {
  const [first] = analyses
  if (first === undefined) return []
  const partition = first.partition
  const named = analyses.flatMap(({ namedCallerArns }) => namedCallerArns)
  const result = new Map<string, SimulatedPrincipal>()
  for (const account of first.scope.salesforceAccountIds) {
    const arns = new Set<string>([
      `arn:${partition}:iam::${account}:root`,
      `arn:${partition}:iam::${account}:role/${SIMULATED_ROLE}`
    ])
    for (const arn of named) if (parseArn(arn)?.account === account) arns.add(arn)
    for (const arn of [...arns]) {
      const parsed = parseArn(arn)
      if (parsed?.service === 'iam' && parsed.resource.startsWith('role/')) {
        const roleName = parsed.resource.slice(parsed.resource.lastIndexOf('/') + 1)
        arns.add(`arn:${parsed.partition}:sts::${account}:assumed-role/${roleName}/${SIMULATED_SESSION}`)
      }
    }
    for (const arn of arns) {
      for (const org of [null, SIMULATED_SALESFORCE_ORG]) {
        const context: Record<string, string> = org === null ? {} : { 'aws:PrincipalOrgID': org }
        const label = `${arn}${org === null ? '' : ' (in an organization)'}`
        result.set(label, { principal: { type: 'AWS', id: arn }, context, label })
      }
    }
  }
  return [...result.values()]
}

function simulateRole({ target, before, after, required, newIds }: SimulationCase): string[] {
  const problems: string[] = []
  // One line per wrong answer and deciding statements, naming the first principal it was found for.
  const byAnswer = new Map<string, string[]>()
  const report = (label: string, answer: string): void => {
    byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), label])
  }
  const ask = (analysis: TrustAnalysis, caller: SimulatedPrincipal, externalId?: string) => {
    const request: AssumeRoleRequest = {
      principal: caller.principal,
      context: caller.context,
      ...(externalId === undefined ? {} : { externalId })
    }
    return explainDecision(analysis.document, request)
  }
  const statements = (numbers: number[]): string =>
    numbers.length === 0 ? '' : ` by statement ${numbers.map((index) => index + 1).join(', ')}`
  if (after.salesforce.length === 0) {
    problems.push(
      `${target.roleName}: no statement trusts the Salesforce account(s) ${after.scope.salesforceAccountIds.join(', ')}.`
    )
  }
  const probeIds = [...new Set([...before.namedIds, ...after.namedIds, ...required])]
  const wrongId = unusedId(probeIds)
  const disabling = required.length === 0
  for (const caller of salesforcePrincipals([before, after])) {
    const who = caller.label
    // Salesforce could use the role before if the old policy let it in with some ID, or none.
    const reachable = [undefined, wrongId, ...before.namedIds].some(
      (id) => ask(before, caller, id).decision === 'allow'
    )
    if (disabling) {
      const now = ask(after, caller)
      if (reachable && now.decision !== 'allow')
        report(who, `is not allowed without an external ID${statements(now.statements)}`)
      continue
    }
    if (reachable) {
      required.forEach((id) => {
        const now = ask(after, caller, id)
        if (now.decision === 'allow') return
        const which = newIds.includes(id)
          ? 'the new external ID'
          : 'a previous external ID during the overlap'
        report(who, `is not allowed with ${which}${statements(now.statements)}`)
      })
    }
    const forbidden: Array<[string | undefined, string]> = [
      [undefined, 'without an external ID'],
      [wrongId, 'with a wrong external ID'],
      ...probeIds
        .filter((id) => !required.includes(id))
        .map((id): [string, string] => [id, 'with an external ID it no longer accepts'])
    ]
    for (const [id, how] of forbidden) {
      const now = ask(after, caller, id)
      if (now.decision === 'allow') report(who, `is allowed ${how}${statements(now.statements)}`)
    }
  }
  for (const [answer, [first, ...more]] of byAnswer) {
    const others = more.length === 0 ? '' : ` (and ${more.length} more simulated Salesforce principals)`
    problems.push(`${target.roleName}: ${first}${others} ${answer}.`)
  }
  // Everyone else is answered as before, whatever ID they bring.
  const outsider: RequestPrincipal = {
    type: 'AWS',
    id: `arn:${before.partition}:iam::${OUTSIDER_ACCOUNT}:role/${SIMULATED_ROLE}`
  }
  const others = uniquePrincipals([...before.otherPrincipals, ...after.otherPrincipals, outsider])
  for (const principal of others) {
    const caller: SimulatedPrincipal = { principal, context: {}, label: `${principal.type} ${principal.id}` }
    const changed = [undefined, wrongId, ...probeIds].some(
      (id) => ask(before, caller, id).decision !== ask(after, caller, id).decision
    )
    if (changed) problems.push(`${target.roleName}: the answer for ${caller.label} changed.`)
  }
  return problems
}

/** An ID that no policy names: what a caller with a wrong ID sends. */
function unusedId(named: readonly string[]): string {
  let id = 'scv-simulated-wrong-id'
  while (named.includes(id)) id += '-x'
  return id
}

function uniquePrincipals(principals: RequestPrincipal[]): RequestPrincipal[] {
  const seen = new Map<string, RequestPrincipal>()
  for (const principal of principals) seen.set(`${principal.type} ${principal.id}`, principal)
  return [...seen.values()]
}
