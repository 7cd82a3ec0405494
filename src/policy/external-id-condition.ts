/**
 * Adds, replaces and removes the `sts:ExternalId` condition on the statements of a trust policy
 * that let Salesforce's principals assume the role. Every other statement, principal, condition
 * and field is kept as it was: a trust policy is customer data.
 */
import {
  ASSUME_ROLE,
  EXTERNAL_ID_KEY,
  STRING_EQUALS,
  analyseTrustPolicy,
  conditionStrings,
  externalIdEntries,
  isSalesforcePrincipal,
  isStringEquals,
  type ExternalIdDeny,
  type TrustAnalysis,
  type TrustScope
} from './analysis.js'
import {
  asList,
  statementsOf,
  type ConditionBlock,
  type PolicyDocument,
  type PolicyStatement,
  type Principal
} from './document.js'
import { inFormOf, singleOrList } from './single-or-list.js'

export { isSalesforceTrustStatement, type TrustScope } from './analysis.js'

export interface TransformResult {
  document: PolicyDocument
  /** For reviewers, numbering statements from 1 as in the input; never contain an external ID. */
  notes: string[]
  /** How many statements trust Salesforce after the transform. */
  salesforceStatements: number
}

/** The policy cannot be changed safely as asked; the message says which statement and why. */
export class TransformRefusedError extends Error {
  override name = 'TransformRefusedError'
}

/** The role has no statement trusting Salesforce: there is nothing to protect. */
export class NoSalesforceTrustError extends TransformRefusedError {
  override name = 'NoSalesforceTrustError'
  constructor(analysis: Pick<TrustAnalysis, 'scope' | 'trusted'>) {
    const trusted = analysis.trusted.map((id) => (id === '*' ? '"*" (everyone)' : id))
    super(
      `No statement of the trust policy allows a principal of the Salesforce account(s) ` +
        `${analysis.scope.salesforceAccountIds.join(', ')} to ${ASSUME_ROLE}; it trusts ` +
        (trusted.length > 0 ? trusted.join(', ') : 'no principal') +
        '. Check salesforce-account-id, and that this is a role Salesforce assumes'
    )
  }
}

/**
 * Makes every Salesforce statement require `StringEquals sts:ExternalId` = one of `externalIds`
 * (one ID is written as a string, several as a list in the given order), and moves the Deny
 * statements that pin an ID to the same list. Throws NoSalesforceTrustError when no statement
 * trusts Salesforce, TransformRefusedError for a Deny on sts:ExternalId it cannot carry over.
 */
export function requireExternalIds(analysis: TrustAnalysis, externalIds: string[]): TransformResult {
  const ids = [...new Set(externalIds)]
  if (ids.length === 0) throw new Error('requireExternalIds needs at least one external ID')
  const value = singleOrList(ids)
  return transformSalesforceStatements(analysis, {
    allow: (statement, number, notes) => withRequiredExternalIds(statement, value, number, notes),
    deny: (deny, notes) => withPinnedIds(deny, value, notes)
  })
}

/**
 * Removes the `sts:ExternalId` condition, under any operator, from the Salesforce statements, and
 * the Deny statements whose only condition pins or requires an ID (left alone, they would lock
 * Salesforce out).
 */
export function removeExternalIdCondition(analysis: TrustAnalysis): TransformResult {
  return transformSalesforceStatements(analysis, {
    allow: (statement, number, notes) => withoutExternalId(statement, number, notes),
    deny: (deny, notes) => withoutDeny(deny, notes),
    // Principals outside Salesforce keep their condition, so they only move out when there is one.
    splitWhen: (statement) => externalIdEntries(statement.Condition).length > 0
  })
}

type StatementTransform = (statement: PolicyStatement, number: number, notes: string[]) => PolicyStatement

interface Transforms {
  allow: StatementTransform
  /** The Deny statement in its new form, or null to drop it. */
  deny: (deny: ExternalIdDeny, notes: string[]) => PolicyStatement | null
  splitWhen?: (statement: PolicyStatement) => boolean
}

function transformSalesforceStatements(analysis: TrustAnalysis, transforms: Transforms): TransformResult {
  if (analysis.salesforce.length === 0) throw new NoSalesforceTrustError(analysis)
  const { scope } = analysis
  const splitWhen = transforms.splitWhen ?? (() => true)
  const source = structuredClone(analysis.document)
  const salesforce = new Set(analysis.salesforce.map(({ index }) => index))
  const denies = new Map(analysis.externalIdDenies.map((deny) => [deny.index, deny]))
  const notes: string[] = []
  const usedSids = new Set(statementsOf(source).flatMap((statement) => statement.Sid ?? []))
  const result: PolicyStatement[] = []
  statementsOf(source).forEach((statement, index) => {
    const number = index + 1
    const deny = denies.get(index)
    if (deny !== undefined) {
      const kept = transforms.deny({ ...deny, statement }, notes)
      if (kept !== null) result.push(kept)
      return
    }
    if (!salesforce.has(index)) {
      result.push(statement)
      return
    }
    const split = splitWhen(statement) ? splitPrincipals(statement, scope) : null
    if (split === null) {
      result.push(transforms.allow(statement, number, notes))
      return
    }
    const salesforcePart = split.salesforce
    if (statement.Sid !== undefined) salesforcePart.Sid = uniqueSid(`${statement.Sid}Salesforce`, usedSids)
    notes.push(
      `Statement ${number}: split in two; the principals outside the Salesforce account(s) stay in the original ` +
        'statement, the Salesforce principals move to a new statement right after it'
    )
    result.push(split.others, transforms.allow(salesforcePart, number, notes))
  })
  const document: PolicyDocument = {
    ...source,
    Statement: Array.isArray(source.Statement) ? result : singleOrList(result)
  }
  return { document, notes, salesforceStatements: analysis.salesforce.length }
}

function unsupportedDeny(deny: ExternalIdDeny, purpose: string): TransformRefusedError {
  return new TransformRefusedError(
    `Statement ${deny.index + 1} denies sts:AssumeRole on a condition on ${EXTERNAL_ID_KEY} (${deny.entry.operator}) ` +
      `that cannot be ${purpose} safely; only a Deny whose sole ${EXTERNAL_ID_KEY} condition is StringNotEquals ` +
      '(or Null "true") is. Remove or rewrite that statement, then run again.'
  )
}

/** A Deny pinning the accepted IDs follows the new list; one requiring an ID stays as it is. */
function withPinnedIds(deny: ExternalIdDeny, value: string | string[], notes: string[]): PolicyStatement {
  if (deny.kind === 'unsupported') throw unsupportedDeny(deny, 'carried over to the new external ID')
  if (deny.kind === 'require-id') return deny.statement
  const { operator, key } = deny.entry
  const current = deny.statement.Condition?.[operator]?.[key]
  if (sameIds(current, value)) return deny.statement
  const condition: ConditionBlock = structuredClone(deny.statement.Condition ?? {})
  const block = (condition[operator] ??= {})
  block[key] = value
  notes.push(
    `Statement ${deny.index + 1} (Deny): the ${EXTERNAL_ID_KEY} values it pins follow the accepted ones`
  )
  return { ...deny.statement, Condition: condition }
}

/** Without the Allow's condition, a Deny pinning or requiring an ID must go too; other conditions beside it make that unsafe. */
function withoutDeny(deny: ExternalIdDeny, notes: string[]): PolicyStatement | null {
  if (deny.kind === 'unsupported') throw unsupportedDeny(deny, 'removed')
  const keys = Object.values(deny.statement.Condition ?? {}).flatMap((block) => Object.keys(block))
  if (keys.length > 1) {
    throw new TransformRefusedError(
      `Statement ${deny.index + 1} denies sts:AssumeRole on ${EXTERNAL_ID_KEY} together with other conditions: ` +
        'disabling would have to remove it with them. Remove or rewrite that statement, then run again.'
    )
  }
  notes.push(`Statement ${deny.index + 1} (Deny on ${EXTERNAL_ID_KEY}) removed`)
  return null
}

/**
 * A statement naming Salesforce and other principals (other accounts, services, federated
 * providers) as two statements: the original with the others only, a copy with Salesforce's only.
 * Null when every principal is Salesforce's.
 */
function splitPrincipals(
  statement: PolicyStatement,
  scope: TrustScope
): { others: PolicyStatement; salesforce: PolicyStatement } | null {
  const principal = statement.Principal
  if (principal === undefined || principal === '*') return null
  const aws = principal.AWS ?? []
  const salesforceIds = asList(aws).filter((id) => isSalesforcePrincipal(id, scope))
  const otherIds = asList(aws).filter((id) => !isSalesforcePrincipal(id, scope))
  const otherTypes = Object.keys(principal).filter((type) => type !== 'AWS')
  if (otherIds.length === 0 && otherTypes.length === 0) return null

  const { AWS: _aws, ...otherPrincipal } = principal
  const otherAws = inFormOf(aws, otherIds)
  if (otherAws !== undefined && otherIds.length > 0) otherPrincipal.AWS = otherAws
  const salesforceAws = inFormOf(aws, salesforceIds)
  const salesforcePrincipal: Principal = salesforceAws === undefined ? {} : { AWS: salesforceAws }
  return {
    others: { ...statement, Principal: otherPrincipal },
    salesforce: structuredClone({ ...statement, Principal: salesforcePrincipal })
  }
}

function uniqueSid(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9]/g, '')
  let sid = base
  for (let suffix = 2; used.has(sid); suffix += 1) sid = `${base}${suffix}`
  used.add(sid)
  return sid
}

function withRequiredExternalIds(
  statement: PolicyStatement,
  value: string | string[],
  number: number,
  notes: string[]
): PolicyStatement {
  const condition: ConditionBlock = structuredClone(statement.Condition ?? {})
  const entries = externalIdEntries(condition)
  const previous = entries.find(({ operator }) => isStringEquals(operator))

  for (const { operator, key } of entries) {
    if (!isStringEquals(operator)) {
      notes.push(`Statement ${number}: ${EXTERNAL_ID_KEY} under ${operator} replaced by ${STRING_EQUALS}`)
    } else if (key !== EXTERNAL_ID_KEY) {
      notes.push(`Statement ${number}: condition key ${key} written as ${EXTERNAL_ID_KEY}`)
    }
    deleteConditionKey(condition, operator, key)
  }
  if (entries.length === 0) {
    notes.push(`Statement ${number}: now requires ${EXTERNAL_ID_KEY} (${STRING_EQUALS})`)
  } else if (
    previous !== undefined &&
    !sameIds(statement.Condition?.[previous.operator]?.[previous.key], value)
  ) {
    notes.push(`Statement ${number}: accepted ${EXTERNAL_ID_KEY} values replaced`)
  }

  // An existing StringEquals block (with its other keys) takes the condition.
  const blockName = Object.keys(condition).find(isStringEquals) ?? STRING_EQUALS
  const block = (condition[blockName] ??= {})
  block[EXTERNAL_ID_KEY] = value
  return { ...statement, Condition: condition }
}

function sameIds(before: unknown, after: string | string[]): boolean {
  return JSON.stringify(conditionStrings(before)) === JSON.stringify(conditionStrings(after))
}

function withoutExternalId(statement: PolicyStatement, number: number, notes: string[]): PolicyStatement {
  const entries = externalIdEntries(statement.Condition)
  if (entries.length === 0) return statement
  const condition: ConditionBlock = structuredClone(statement.Condition ?? {})
  for (const { operator, key } of entries) {
    deleteConditionKey(condition, operator, key)
    notes.push(`Statement ${number}: ${EXTERNAL_ID_KEY} condition (${operator}) removed`)
  }
  const { Condition: _condition, ...rest } = statement
  return Object.keys(condition).length > 0 ? { ...statement, Condition: condition } : rest
}

/** Removes one key, then the operator block if it is left empty. */
function deleteConditionKey(condition: ConditionBlock, operator: string, key: string): void {
  const block = condition[operator]
  if (block === undefined) return
  delete block[key]
  if (Object.keys(block).length === 0) delete condition[operator]
}

export interface StatementRequirement {
  /** Position in `statementsOf(doc)`, from 0. */
  statementIndex: number
  operator: string | null
  ids: string[] | null
}

/**
 * The IDs each Salesforce statement requires, by its index in the Statement list: null for a
 * statement without an sts:ExternalId condition. A statement with the key under several operators
 * reports the StringEquals one, else the first.
 */
export function requiredExternalIds(doc: PolicyDocument, scope: TrustScope): StatementRequirement[] {
  return analyseTrustPolicy(doc, scope).salesforce.map(({ index, required }) => ({
    statementIndex: index,
    operator: required?.operator ?? null,
    ids: required?.ids ?? null
  }))
}

/**
 * The IDs the Salesforce statements accept today through StringEquals, in first-seen order:
 * what a staged rotation has to keep accepting.
 */
export function acceptedExternalIds(doc: PolicyDocument, scope: TrustScope): string[] {
  return analyseTrustPolicy(doc, scope).acceptedIds
}
