/**
 * Decides what a trust policy, on its own, answers to one sts:AssumeRole request: the action's
 * own check that Salesforce's principals need the external ID and everyone else is answered as before.
 */
import { ACCOUNT_ID, accountOfRootPrincipal, parseArn, sessionRole } from './arn.js'
import { conditionHolds, type ContextValue } from './condition-operators.js'
import {
  asList,
  statementsOf,
  type PolicyDocument,
  type PolicyStatement,
  type Principal
} from './document.js'
import { wildcardMatches } from './wildcard.js'

export type PrincipalType = 'AWS' | 'Service' | 'Federated'

export interface RequestPrincipal {
  type: PrincipalType
  /** AWS: an ARN (role, user, assumed-role session or root); Service: e.g. `connect.amazonaws.com`. */
  id: string
}

export interface AssumeRoleRequest {
  principal: RequestPrincipal
  /** Default `sts:AssumeRole`. */
  action?: string
  /** Absent: the request has no sts:ExternalId. */
  externalId?: string
  /** Other context keys; aws:PrincipalArn and aws:PrincipalAccount are derived for AWS principals. */
  context?: Record<string, ContextValue>
}

export type Decision = 'allow' | 'implicit-deny' | 'explicit-deny'

export function evaluateTrustPolicy(doc: PolicyDocument, request: AssumeRoleRequest): Decision {
  return explainDecision(doc, request).decision
}

export interface Explanation {
  decision: Decision
  /** Positions (from 0) of the statements that decided: the applying Deny statements, else the applying Allows. */
  statements: number[]
}

/** The decision and the statements behind it, so that a refusal can name them. */
export function explainDecision(doc: PolicyDocument, request: AssumeRoleRequest): Explanation {
  const action = request.action ?? 'sts:AssumeRole'
  const context = requestContext(request)
  const applying = statementsOf(doc).flatMap((statement, index) =>
    principalMatches(statement, request.principal) &&
    statementCoversAction(statement, action) &&
    conditionsHold(statement, context)
      ? [{ statement, index }]
      : []
  )
  const of = (effect: PolicyStatement['Effect']): number[] =>
    applying.filter(({ statement }) => statement.Effect === effect).map(({ index }) => index)
  const denies = of('Deny')
  if (denies.length > 0) return { decision: 'explicit-deny', statements: denies }
  const allows = of('Allow')
  return { decision: allows.length > 0 ? 'allow' : 'implicit-deny', statements: allows }
}

/** Context keys by lower-cased name (IAM context keys are case-insensitive). */
function requestContext(request: AssumeRoleRequest): Map<string, ContextValue> {
  const context = new Map<string, ContextValue>()
  if (request.principal.type === 'AWS') {
    const account = parseArn(request.principal.id)?.account
    if (account !== undefined) context.set('aws:principalaccount', account)
    context.set('aws:principalarn', principalArnOf(request.principal.id))
  }
  for (const [key, value] of Object.entries(request.context ?? {})) context.set(key.toLowerCase(), value)
  if (request.externalId !== undefined) context.set('sts:externalid', request.externalId)
  return context
}

/** aws:PrincipalArn of a role session is the role's ARN. */
function principalArnOf(id: string): string {
  return sessionRole(id)?.arn ?? id
}

function principalMatches(statement: PolicyStatement, principal: RequestPrincipal): boolean {
  if (statement.Principal !== undefined) return principalElementMatches(statement.Principal, principal)
  if (statement.NotPrincipal !== undefined) return !principalElementMatches(statement.NotPrincipal, principal)
  return false
}

function principalElementMatches(element: Principal, principal: RequestPrincipal): boolean {
  // AWS documents `"*"` and `{"AWS": "*"}` as the same: everyone.
  if (element === '*' || asList(element.AWS).includes('*')) return true
  const named = asList(element[principal.type])
  if (principal.type !== 'AWS') return named.includes(principal.id)
  return named.some((entry) => awsPrincipalMatches(entry, principal.id))
}

function awsPrincipalMatches(entry: string, requestArn: string): boolean {
  if (entry === requestArn) return true
  const request = parseArn(requestArn)
  if (request === null) return false
  // An account ID or `:root` ARN stands for every principal of the account.
  const account = accountOfRootPrincipal(entry)
  if (account !== null) {
    const arn = parseArn(entry)
    return account === request.account && (arn === null || arn.partition === request.partition)
  }
  // A role ARN also stands for its sessions, whose ARN drops the role's path.
  const role = parseArn(entry)
  if (role?.service !== 'iam' || !role.resource.startsWith('role/') || request.service !== 'sts') return false
  const roleName = role.resource.split('/').pop()
  return (
    role.partition === request.partition &&
    role.account === request.account &&
    request.resource.startsWith(`assumed-role/${roleName}/`)
  )
}

/** Whether the statement's Action (or, inverted, NotAction) covers `action`; IAM action names ignore case. */
export function statementCoversAction(statement: PolicyStatement, action: string): boolean {
  const matches = (patterns: string | string[]): boolean =>
    asList(patterns).some((pattern) => wildcardMatches(pattern, action, { ignoreCase: true }))
  if (statement.Action !== undefined) return matches(statement.Action)
  if (statement.NotAction !== undefined) return !matches(statement.NotAction)
  return false
}

/** Operators and the keys under each are ANDed. */
function conditionsHold(statement: PolicyStatement, context: Map<string, ContextValue>): boolean {
  return Object.entries(statement.Condition ?? {}).every(([operator, block]) =>
    Object.entries(block).every(([key, values]) =>
      conditionHolds(operator, values, context.get(key.toLowerCase()))
    )
  )
}

/** Every distinct principal the policy names, in Principal or NotPrincipal; wildcards are not principals. */
export function principalsOf(doc: PolicyDocument): RequestPrincipal[] {
  const partition = documentPartition(doc)
  const seen = new Map<string, RequestPrincipal>()
  for (const statement of statementsOf(doc)) {
    for (const element of [statement.Principal, statement.NotPrincipal]) {
      if (element === undefined || element === '*') continue
      for (const type of ['AWS', 'Service', 'Federated'] as const) {
        for (const named of asList(element[type])) {
          if (named === '*') continue
          // A bare account ID is the account's root principal.
          const id = type === 'AWS' && ACCOUNT_ID.test(named) ? `arn:${partition}:iam::${named}:root` : named
          seen.set(`${type} ${id}`, { type, id })
        }
      }
    }
  }
  return [...seen.values()]
}

/** The partition of the first ARN in the policy's principals: where its bare account IDs live. */
export function documentPartition(doc: PolicyDocument): string {
  for (const statement of statementsOf(doc)) {
    for (const element of [statement.Principal, statement.NotPrincipal]) {
      if (element === undefined || element === '*') continue
      for (const named of Object.values(element).flatMap(asList)) {
        const arn = parseArn(named)
        if (arn !== null) return arn.partition
      }
    }
  }
  return 'aws'
}
