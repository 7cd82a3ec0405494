/**
 * The guard's decision over every sts:AssumeRole request (policy/request-space.ts): Salesforce's
 * callers need the required IDs and nothing else lets them in; every other caller is allowed or
 * not as before (an explicit deny that becomes implicit is no change of access).
 */
import type { TrustAnalysis } from '../policy/analysis.js'
import { explainDecision } from '../policy/evaluate.js'
import type { PolicyDocument } from '../policy/document.js'
import {
  UndecidableRequestSpaceError,
  requestSpace,
  type Caller,
  type RequestSpace
} from '../policy/request-space.js'
import { TooManyRegionsError } from '../policy/regions.js'

export interface RoleQuestion {
  roleName: string
  before: TrustAnalysis
  after: TrustAnalysis
  /** The IDs Salesforce must be allowed with afterwards; empty after disable (allowed with none). */
  required: readonly string[]
  /** Of those, the ones the run applies. */
  newIds: readonly string[]
  /** IDs Salesforce may also be allowed with without a complaint (check leaves them to other findings). */
  tolerated: readonly string[]
}

type Ask = (document: PolicyDocument, caller: Caller, context: Record<string, string>, id?: string) => boolean

interface Answer {
  allowed: boolean
  statements: number[]
}

/** The problems of one role's change, one line per wrong answer, naming a witness and the deciding statements. */
export function decideRole(question: RoleQuestion): string[] {
  const { roleName, before, after } = question
  const problems: string[] = []
  if (after.salesforce.length === 0) {
    problems.push(
      `${roleName}: no statement trusts the Salesforce account(s) ${after.scope.salesforceAccountIds.join(', ')}.`
    )
  }
  const space = spaceOf(before, after, [...question.required, ...question.tolerated])
  if (typeof space === 'string') {
    return [...problems, `${roleName}: the trust policies are too complex to decide (${space}); refused.`]
  }
  const byAnswer = new Map<string, string[]>()
  const report = (caller: Caller, context: Record<string, string>, answer: string): void => {
    const who = `${caller.label}${context['aws:principalorgid'] === undefined ? '' : ' (in an organization)'}`
    byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), who])
  }
  const salesforce = new Set(before.scope.salesforceAccountIds)
  for (const caller of space.callers) {
    const own = caller.account !== null && salesforce.has(caller.account)
    for (const context of space.contexts) {
      if (own) salesforceAnswers(question, space, caller, context, report)
      else otherAnswers(space, caller, context, report)
    }
  }
  for (const [answer, [first, ...more]] of byAnswer) {
    const others = more.length === 0 ? '' : ` (and ${more.length} more such requests)`
    problems.push(`${roleName}: ${first}${others} ${answer}.`)
  }
  return problems
}

function answer(
  document: PolicyDocument,
  caller: Caller,
  context: Record<string, string>,
  id?: string
): Answer {
  const explained = explainDecision(document, {
    principal: caller.principal,
    context: { ...context, ...caller.context },
    ...(id === undefined ? {} : { externalId: id })
  })
  return { allowed: explained.decision === 'allow', statements: explained.statements }
}

const allowed: Ask = (document, caller, context, id) => answer(document, caller, context, id).allowed

function by(statements: number[]): string {
  return statements.length === 0 ? '' : ` by statement ${statements.map((index) => index + 1).join(', ')}`
}

type Report = (caller: Caller, context: Record<string, string>, answer: string) => void

function salesforceAnswers(
  question: RoleQuestion,
  space: RequestSpace,
  caller: Caller,
  context: Record<string, string>,
  report: Report
): void {
  const { required, newIds, tolerated, before } = question
  // This caller could use the role before if the old policy let it in with some ID, or none.
  const reachable = space.externalIds.some((id) => allowed(space.before, caller, context, id))
  if (required.length === 0) {
    const now = answer(space.after, caller, context)
    if (reachable && !now.allowed)
      report(caller, context, `is not allowed without an external ID${by(now.statements)}`)
    return
  }
  if (reachable) {
    for (const id of required) {
      const now = answer(space.after, caller, context, id)
      if (now.allowed) continue
      const which = newIds.includes(id) ? 'the new external ID' : 'a previous external ID during the overlap'
      report(caller, context, `is not allowed with ${which}${by(now.statements)}`)
    }
  }
  for (const id of space.externalIds) {
    if (id !== undefined && (required.includes(id) || tolerated.includes(id))) continue
    const now = answer(space.after, caller, context, id)
    if (!now.allowed) continue
    const how =
      id === undefined
        ? 'without an external ID'
        : before.namedIds.includes(id)
          ? 'with an external ID it no longer accepts'
          : 'with a wrong external ID'
    report(caller, context, `is allowed ${how}${by(now.statements)}`)
  }
}

function otherAnswers(
  space: RequestSpace,
  caller: Caller,
  context: Record<string, string>,
  report: Report
): void {
  for (const id of space.externalIds) {
    const [was, now] = [answer(space.before, caller, context, id), answer(space.after, caller, context, id)]
    if (was.allowed === now.allowed) continue
    const change = now.allowed
      ? `is now allowed${by(now.statements)}`
      : `is no longer allowed${by(now.statements)}`
    report(
      caller,
      context,
      `${change}, with the same request (${id === undefined ? 'no' : 'some'} external ID)`
    )
  }
}

/** The request space of two analyses, or why it is too large to decide. */
function spaceOf(before: TrustAnalysis, after: TrustAnalysis, externalIds: string[]): RequestSpace | string {
  try {
    return requestSpace(
      { before: before.document, after: after.document },
      { partition: before.partition, salesforceAccountIds: before.scope.salesforceAccountIds, externalIds }
    )
  } catch (error) {
    if (error instanceof UndecidableRequestSpaceError || error instanceof TooManyRegionsError)
      return error.message
    throw error
  }
}

/**
 * The first Salesforce caller (as a message) that `analysis` lets in without an external ID; null
 * when none. A policy too complex to decide counts as open: the audit fails closed.
 */
export function openToSalesforceWithoutId(analysis: TrustAnalysis): string | null {
  const space = spaceOf(analysis, analysis, [])
  if (typeof space === 'string') return `the trust policy is too complex to decide (${space})`
  const salesforce = new Set(analysis.scope.salesforceAccountIds)
  for (const caller of space.callers) {
    if (caller.account === null || !salesforce.has(caller.account)) continue
    for (const context of space.contexts) {
      const now = answer(space.before, caller, context)
      if (now.allowed) return `${caller.label} is allowed without an external ID${by(now.statements)}`
    }
  }
  return null
}
