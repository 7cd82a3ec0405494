/**
 * One reading of a trust policy against the Salesforce account(s): which statements let Salesforce
 * assume the role and which IDs they accept under which operator, the Deny statements that pin an
 * external ID, the other principals, and what the evaluator cannot judge for Salesforce. Transform,
 * plan, drift and simulation read this value instead of scanning the statements again.
 */
import { accountOfAwsPrincipal } from './arn.js'
import { isKnownOperator } from './condition-operators.js'
import {
  asList,
  statementsOf,
  type ConditionBlock,
  type PolicyDocument,
  type PolicyStatement,
  type Principal
} from './document.js'
import { documentPartition, principalsOf, statementCoversAction, type RequestPrincipal } from './evaluate.js'

export interface TrustScope {
  salesforceAccountIds: string[]
}

export const EXTERNAL_ID_KEY = 'sts:ExternalId'
export const ASSUME_ROLE = 'sts:AssumeRole'
export const STRING_EQUALS = 'StringEquals'

/**
 * The condition keys whose values the simulation knows for Salesforce's request: the external ID is
 * what the run decides, and IAM sets the aws:Principal* keys from the caller. A statement that may
 * apply to Salesforce and tests any other key cannot be judged.
 */
const SIMULATED_KEYS: ReadonlySet<string> = new Set([
  'sts:externalid',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid'
])

/** One condition key spelled as sts:ExternalId, under one operator, with the values it lists. */
export interface ExternalIdEntry {
  operator: string
  key: string
  ids: string[]
}

interface Located {
  /** Position in `statementsOf(document)`, from 0. */
  index: number
  statement: PolicyStatement
}

/** An Allow statement that lets a principal of a Salesforce account sts:AssumeRole. */
export interface SalesforceStatement extends Located {
  entries: ExternalIdEntry[]
  /** The StringEquals entry, else the first; null without an sts:ExternalId condition. */
  required: ExternalIdEntry | null
}

/**
 * A Deny statement that may apply to Salesforce and tests sts:ExternalId. `pin` denies every ID but
 * the listed ones (StringNotEquals); `require-id` denies a request without an ID (Null true); any
 * other shape cannot be carried over to a new ID.
 */
export type ExternalIdDeny = Located &
  (
    | { kind: 'pin'; entry: ExternalIdEntry }
    | { kind: 'require-id'; entry: ExternalIdEntry }
    | { kind: 'unsupported'; entry: ExternalIdEntry }
  )

export interface TrustAnalysis {
  document: PolicyDocument
  scope: TrustScope
  /** Where the policy's bare account IDs live (`aws`, `aws-us-gov`, ...). */
  partition: string
  salesforce: SalesforceStatement[]
  externalIdDenies: ExternalIdDeny[]
  /**
   * The IDs Salesforce is let in with through StringEquals, in first-seen order: what a staged
   * rotation keeps. Statements without the condition accept any ID, so there the IDs a Deny pins count.
   */
  acceptedIds: string[]
  /** Every value listed under sts:ExternalId by a String operator anywhere in the policy, in first-seen order. */
  namedIds: string[]
  /** The principals the policy names outside the Salesforce account(s). */
  otherPrincipals: RequestPrincipal[]
  /** Who the Allow statements trust, for messages: AWS accounts, `*`, services, identity providers. */
  trusted: string[]
  /** Conditions the evaluator cannot judge for Salesforce ("statement 2: condition key aws:SourceIp"). */
  unjudgeable: string[]
}

export function analyseTrustPolicy(document: PolicyDocument, scope: TrustScope): TrustAnalysis {
  const salesforce: SalesforceStatement[] = []
  const externalIdDenies: ExternalIdDeny[] = []
  const unjudgeable: string[] = []
  const trusted = new Set<string>()
  const named: string[] = []
  statementsOf(document).forEach((statement, index) => {
    const entries = externalIdEntries(statement.Condition)
    // Values under Null (true/false) are no IDs.
    for (const { operator, ids } of entries) if (isStringOperator(operator)) named.push(...ids)
    if (statement.Effect === 'Allow') for (const id of trustedBy(statement)) trusted.add(id)
    if (isSalesforceTrustStatement(statement, scope)) {
      const required = entries.find(({ operator }) => isStringEquals(operator)) ?? entries[0] ?? null
      salesforce.push({ index, statement, entries, required })
    }
    if (!mayApplyToSalesforce(statement, scope)) return
    if (statement.Effect === 'Deny' && entries.length > 0)
      externalIdDenies.push(classifyDeny(index, statement, entries))
    unjudgeable.push(...unjudgeableConditions(statement, index))
  })
  const accepted = acceptedBy(salesforce, externalIdDenies)
  return {
    document,
    scope,
    partition: documentPartition(document),
    salesforce,
    externalIdDenies,
    acceptedIds: [...new Set(accepted)],
    namedIds: [...new Set(named)],
    otherPrincipals: principalsOf(document).filter(
      (principal) => !(principal.type === 'AWS' && isSalesforcePrincipal(principal.id, scope))
    ),
    trusted: [...trusted],
    unjudgeable
  }
}

function acceptedBy(salesforce: SalesforceStatement[], denies: ExternalIdDeny[]): string[] {
  const allowed = salesforce.flatMap(({ entries }) =>
    entries.filter(({ operator }) => isStringEquals(operator)).flatMap(({ ids }) => ids)
  )
  const pinned = denies.flatMap((deny) => (deny.kind === 'pin' ? [deny.entry.ids] : []))
  const open = salesforce.some(({ required }) => required === null)
  const candidates = open ? [...allowed, ...pinned.flat()] : allowed
  return candidates.filter((id) => pinned.every((ids) => ids.includes(id)))
}

/**
 * An Allow statement whose action covers sts:AssumeRole and whose `Principal.AWS` names a principal
 * of a Salesforce account (account ID, `:root` ARN or any ARN in the account; `"*"` is not Salesforce's).
 */
export function isSalesforceTrustStatement(statement: PolicyStatement, scope: TrustScope): boolean {
  return (
    statement.Effect === 'Allow' &&
    statementCoversAction(statement, ASSUME_ROLE) &&
    awsPrincipalsOf(statement.Principal).some((id) => isSalesforcePrincipal(id, scope))
  )
}

export function isSalesforcePrincipal(id: string, scope: TrustScope): boolean {
  const account = accountOfAwsPrincipal(id)
  return account !== null && scope.salesforceAccountIds.includes(account)
}

export function isStringEquals(operator: string): boolean {
  return operator.toLowerCase() === STRING_EQUALS.toLowerCase()
}

/** StringEquals, StringNotLike, ForAnyValue:StringLike, StringEqualsIfExists and the like. */
export function isStringOperator(operator: string): boolean {
  return operator
    .toLowerCase()
    .replace(/^for(any|all)values:/, '')
    .startsWith('string')
}

function trustedBy(statement: PolicyStatement): string[] {
  const principal = statement.Principal
  if (principal === undefined || principal === '*') return principal === '*' ? ['*'] : []
  return Object.entries(principal).flatMap(([type, ids]) =>
    asList(ids).map((id) => (type === 'AWS' && id !== '*' ? (accountOfAwsPrincipal(id) ?? id) : id))
  )
}

function awsPrincipalsOf(principal: Principal | undefined): string[] {
  if (principal === undefined) return []
  if (principal === '*') return ['*']
  return asList(principal.AWS)
}

/**
 * Whether the statement can decide a Salesforce request: it covers sts:AssumeRole and names a
 * Salesforce principal, everyone (`*`), or everyone but some (NotPrincipal).
 */
function mayApplyToSalesforce(statement: PolicyStatement, scope: TrustScope): boolean {
  if (!statementCoversAction(statement, ASSUME_ROLE)) return false
  if (statement.NotPrincipal !== undefined) return true
  return awsPrincipalsOf(statement.Principal).some((id) => id === '*' || isSalesforcePrincipal(id, scope))
}

function classifyDeny(index: number, statement: PolicyStatement, entries: ExternalIdEntry[]): ExternalIdDeny {
  const [entry, ...more] = entries
  if (entry === undefined) throw new Error('classifyDeny needs an sts:ExternalId entry')
  const operator = entry.operator.toLowerCase()
  if (more.length === 0 && operator === 'stringnotequals') return { index, statement, kind: 'pin', entry }
  if (
    more.length === 0 &&
    operator === 'null' &&
    entry.ids.every((value) => value.toLowerCase() === 'true')
  ) {
    return { index, statement, kind: 'require-id', entry }
  }
  return { index, statement, kind: 'unsupported', entry }
}

function unjudgeableConditions(statement: PolicyStatement, index: number): string[] {
  return Object.entries(statement.Condition ?? {}).flatMap(([operator, block]) => {
    const where = `statement ${index + 1}`
    if (!isKnownOperator(operator)) return [`${where}: condition operator ${operator}`]
    return Object.keys(block)
      .filter((key) => !SIMULATED_KEYS.has(key.toLowerCase()))
      .map((key) => `${where}: condition key ${key}`)
  })
}

/** Every (operator, key) where the key is sts:ExternalId in any spelling, with its values. */
export function externalIdEntries(condition: ConditionBlock | undefined): ExternalIdEntry[] {
  return Object.entries(condition ?? {}).flatMap(([operator, block]) =>
    Object.entries(block)
      .filter(([key]) => key.toLowerCase() === EXTERNAL_ID_KEY.toLowerCase())
      .map(([key, values]) => ({ operator, key, ids: conditionStrings(values) }))
  )
}

/** A condition value as IAM reads it: one string or a list of them. */
export function conditionStrings(value: unknown): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((item) => String(item))
}
