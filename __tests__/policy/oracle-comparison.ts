/**
 * The property-based comparison with @cloud-copilot/iam-simulate, shared by the unit test and
 * `npm run oracle` (CI): on generated trust policies, for every principal the guard simulates,
 * (1) the action's evaluator and the emulator's decide as the oracle does, and (2) the guard is
 * sound: a plan either refuses the role or its new policy, judged by the oracle, lets Salesforce in
 * with exactly the new ID(s) wherever it was let in before, and answers everyone else as before.
 */
import { evaluateTrustPolicy as emulatorDecision } from '../../emulator/aws/policy-eval.js'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { planRole, type PlanOptions } from '../../src/domain/plan.js'
import { requestSpace, type Caller } from '../../src/policy/request-space.js'
import { analyseTrustPolicy, type TrustScope } from '../../src/policy/analysis.js'
import type { PolicyDocument } from '../../src/policy/document.js'
import { evaluateTrustPolicy, type AssumeRoleRequest, type Decision } from '../../src/policy/evaluate.js'
import {
  Generator,
  OTHER,
  REQUEST_PRINCIPALS,
  SALESFORCE,
  principalArnOf,
  randomPolicy,
  seededRandom,
  simulate
} from './trust-policy-oracle.js'

const scope: TrustScope = { salesforceAccountIds: [SALESFORCE] }
const NEW_ID = 'ext-new9'
const REQUEST_IDS = ['ext-A1', 'ext-b2', 'EXT-A1', 'ext-x1', 'other']
const target: RoleTarget = {
  logicalRole: 'SCVS3Role',
  callCenter: 'acme',
  roleName: 'acme-SCVS3Role',
  arn: 'arn:aws:iam::111122223333:role/acme-SCVS3Role'
}

/** Everyone but Salesforce: named accounts, a stranger, services. */
const OTHER_CALLERS: Caller[] = [
  ...REQUEST_PRINCIPALS.filter(({ id }) => !id.includes(`:${SALESFORCE}:`)),
  { type: 'AWS' as const, id: `arn:aws:iam::${OTHER}:role/Stranger` }
].map((principal) => ({ principal, context: {}, account: null, label: `${principal.type} ${principal.id}` }))

/**
 * Salesforce's callers as the generator names them, apart from the guard's own principal set; in an
 * organization of their own (the guard assumes Salesforce is in none that a policy names by its ID).
 */
const SALESFORCE_CALLERS: Caller[] = REQUEST_PRINCIPALS.filter(({ id }) =>
  id.includes(`:${SALESFORCE}:`)
).flatMap((principal) => [
  { principal, context: {} as Record<string, string>, account: SALESFORCE, label: principal.id },
  {
    principal,
    context: { 'aws:PrincipalOrgID': 'o-salesforce9' },
    account: SALESFORCE,
    label: `${principal.id} in o-salesforce9`
  }
])

export interface ComparisonResult {
  policies: number
  decisions: number
  disagreements: string[]
  plans: number
  refused: number
  confirmed: number
  unsound: string[]
}

/** `guardEvery`: judge a plan on every n-th policy (the plans cost more oracle calls). */
export async function compareWithOracle(
  policies: number,
  seed: number,
  guardEvery = 5
): Promise<ComparisonResult> {
  const g = new Generator(seededRandom(seed))
  const result: ComparisonResult = {
    policies,
    decisions: 0,
    disagreements: [],
    plans: 0,
    refused: 0,
    confirmed: 0,
    unsound: []
  }
  for (let i = 0; i < policies; i += 1) {
    const doc = randomPolicy(g)
    const callers = [...probes(doc, doc, g, 6), ...OTHER_CALLERS]
    const requests = callers.map((caller) => {
      const externalId = g.chance(0.3) ? undefined : g.pick(REQUEST_IDS)
      return { caller, request: requestOf(caller, externalId) }
    })
    // The oracle reads its service data asynchronously: asking for one policy's requests at once overlaps that.
    const oracles = await Promise.all(requests.map(({ request }) => simulate(doc, request)))
    requests.forEach(({ caller, request }, index) => {
      const oracle = oracles[index]
      const ours = evaluateTrustPolicy(doc, request)
      const emulator = emulatorJudges(doc, caller) ? emulatorDecisionFor(doc, request) : oracle
      result.decisions += 1
      if (ours !== oracle || emulator !== oracle) {
        result.disagreements.push(
          `#${i}: oracle ${oracle}, ours ${ours}, emulator ${emulator}\n${JSON.stringify(doc)}\n${JSON.stringify(request)}`
        )
      }
    })
    if (i % guardEvery === 0) await judgePlan(doc, g, result)
  }
  return result
}

function requestOf(caller: Caller, externalId: string | undefined): AssumeRoleRequest {
  return {
    principal: caller.principal,
    context: { ...caller.context },
    ...(externalId === undefined ? {} : { externalId })
  }
}

/**
 * The emulator knows the path of each of its roles; a session ARN does not show it. Where the policy
 * names a role with a path under a session's role name, the generated session is ambiguous for it.
 */
function emulatorJudges(doc: PolicyDocument, caller: Caller): boolean {
  if (caller.principal.type !== 'AWS') return false
  // The emulator reads an ARN's resource up to the next colon; IAM paths may hold colons.
  if ((caller.context['aws:PrincipalArn'] ?? '').split(':').length > 6) return false
  const session = /:assumed-role\/([^/]+)\//.exec(caller.principal.id)
  return session === null || !JSON.stringify(doc).includes(`/${session[1]}"`)
}

/** The emulator's STS sets the context as IAM does: ARN, account and organization of the caller. */
function emulatorDecisionFor(doc: PolicyDocument, request: AssumeRoleRequest): Decision {
  const arn = request.principal.id
  const given = request.context?.['aws:PrincipalArn']
  const principalArn = typeof given === 'string' ? given : principalArnOf(arn)
  const accountId = arn.split(':')[4] ?? ''
  return emulatorDecision(doc, {
    action: 'sts:AssumeRole',
    principal: { kind: 'aws', arn, principalArn, accountId },
    context: {
      ...request.context,
      'sts:ExternalId': request.externalId,
      'aws:PrincipalArn': principalArn,
      'aws:PrincipalAccount': accountId
    }
  })
}

async function judgePlan(before: PolicyDocument, g: Generator, result: ComparisonResult): Promise<void> {
  const mode = g.pick(['apply', 'apply', 'disable'] as const)
  const base = { scope, maxPolicySize: 10_000, now: new Date('2026-01-01T00:00:00Z') }
  const options: PlanOptions =
    mode === 'disable'
      ? { ...base, mode, rotation: 'replace', externalIds: null }
      : {
          ...base,
          mode,
          rotation: g.pick(['replace', 'overlap'] as const),
          externalIds: { kind: 'single', id: NEW_ID }
        }
  const plan = planRole({ target, document: before, tags: {} }, options)
  result.plans += 1
  if (plan.change === 'error') {
    result.refused += 1
    return
  }
  const after = plan.after
  const beforeAnalysis = analyseTrustPolicy(before, scope)
  const required =
    options.externalIds === null
      ? []
      : [
          NEW_ID,
          ...(options.rotation === 'overlap' ? beforeAnalysis.acceptedIds.filter((id) => id !== NEW_ID) : [])
        ]
  const named = beforeAnalysis.namedIds
  const problems: string[] = []
  // The same request to the same policy comes up for several questions: ask the oracle once.
  const asked = new Map<string, Promise<Decision | string>>()
  const ask = (doc: PolicyDocument, caller: Caller, id?: string): Promise<Decision | string> => {
    const request = requestOf(caller, id)
    const key = JSON.stringify([doc === before, request])
    const known = asked.get(key) ?? simulate(doc, request)
    asked.set(key, known)
    return known
  }
  for (const caller of [...probes(before, after, g, 16), ...SALESFORCE_CALLERS]) {
    if (caller.account !== SALESFORCE) continue
    let reachable = false
    for (const id of [undefined, 'wrong-id', ...named]) {
      if ((await ask(before, caller, id)) === 'allow') reachable = true
    }
    if (required.length === 0) {
      if (reachable && (await ask(after, caller)) !== 'allow') problems.push(`${caller.label} locked out`)
      continue
    }
    for (const id of required) {
      if (reachable && (await ask(after, caller, id)) !== 'allow') problems.push(`${caller.label} locked out`)
    }
    for (const id of [undefined, 'wrong-id', ...named.filter((id) => !required.includes(id))]) {
      if ((await ask(after, caller, id)) === 'allow')
        problems.push(`${caller.label} let in with ${id ?? 'no ID'}`)
    }
  }
  for (const caller of [...probes(before, after, g, 8), ...OTHER_CALLERS]) {
    if (caller.account === SALESFORCE) continue
    for (const id of [undefined, NEW_ID, ...named]) {
      const [then, now] = [await ask(before, caller, id), await ask(after, caller, id)]
      // An explicit deny that becomes implicit is no change of access.
      if ((then === 'allow') !== (now === 'allow'))
        problems.push(`${caller.label} with ${id ?? 'no ID'}: ${then} became ${now}`)
    }
  }
  if (problems.length === 0) result.confirmed += 1
  else {
    result.unsound.push(
      `${mode}/${options.rotation}: ${problems.join('; ')}\n${JSON.stringify(before)}\n${JSON.stringify(after)}`
    )
  }
}

/**
 * Requests drawn from the policies' own patterns: the guard's witnesses (one per region of every
 * variable), at most `max` of them, each with the context of one of its combinations.
 */
function probes(before: PolicyDocument, after: PolicyDocument, g: Generator, max: number): Caller[] {
  let space
  try {
    space = requestSpace(
      { before, after },
      { partition: 'aws', salesforceAccountIds: [SALESFORCE], externalIds: [] }
    )
  } catch {
    return []
  }
  // Federated providers call AssumeRoleWithSAML or AssumeRoleWithWebIdentity, never sts:AssumeRole.
  const asking = space.callers.filter(({ principal }) => principal.type !== 'Federated')
  const callers = asking.length <= max ? asking : shuffled(asking, g).slice(0, max)
  // Keys the request space made up for conditions outside its model mean nothing to the oracle, and
  // typed keys (addresses, numbers, dates) never hold the strings their witnesses are.
  const real = space.contexts.map((context) =>
    Object.fromEntries(
      Object.entries(context).filter(([key]) => !key.startsWith('scv:') && !TYPED_KEYS.has(key))
    )
  )
  return callers.map((caller) => ({ ...caller, context: { ...g.pick(real), ...caller.context } }))
}

const TYPED_KEYS = new Set([
  'aws:sourceip',
  'aws:multifactorauthage',
  'aws:currenttime',
  'aws:securetransport'
])

function shuffled<T>(items: readonly T[], g: Generator): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(g.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
