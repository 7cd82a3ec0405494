/**
 * Adds, replaces and removes the `sts:ExternalId` condition on the statements of a trust policy
 * that let Salesforce's principals assume the role. Every other statement, principal, condition
 * and field is kept as it was: a trust policy is customer data.
 */
import { accountOfAwsPrincipal } from './arn.js'
import {
  asList,
  statementsOf,
  type ConditionBlock,
  type PolicyDocument,
  type PolicyStatement
} from './document.js'
import { wildcardMatches } from './wildcard.js'

export interface TrustScope {
  salesforceAccountIds: string[]
}

export interface TransformResult {
  document: PolicyDocument
  /** For reviewers, numbering statements from 1 as in the input; never contain an external ID. */
  notes: string[]
  /** How many statements trust Salesforce after the transform. */
  salesforceStatements: number
}

/** The role has no statement trusting Salesforce: there is nothing to protect. */
export class NoSalesforceTrustError extends Error {
  override name = 'NoSalesforceTrustError'
  constructor() {
    super(
      'No statement of the trust policy allows a principal of the Salesforce account(s) to sts:AssumeRole'
    )
  }
}

const EXTERNAL_ID_KEY = 'sts:ExternalId'
const STRING_EQUALS = 'StringEquals'
const ASSUME_ROLE = 'sts:AssumeRole'

/**
 * An Allow statement whose action covers sts:AssumeRole and whose `Principal.AWS` names a principal
 * of a Salesforce account (account ID, `:root` ARN or any ARN in the account; `"*"` is not Salesforce's).
 */
export function isSalesforceTrustStatement(statement: PolicyStatement, scope: TrustScope): boolean {
  return (
    statement.Effect === 'Allow' &&
    coversAssumeRole(statement) &&
    awsPrincipalsOf(statement).some((id) => isSalesforcePrincipal(id, scope))
  )
}

function coversAssumeRole(statement: PolicyStatement): boolean {
  const matches = (patterns: string | string[]): boolean =>
    asList(patterns).some((pattern) => wildcardMatches(pattern, ASSUME_ROLE, { ignoreCase: true }))
  if (statement.Action !== undefined) return matches(statement.Action)
  if (statement.NotAction !== undefined) return !matches(statement.NotAction)
  return false
}

function awsPrincipalsOf(statement: PolicyStatement): string[] {
  const principal = statement.Principal
  if (principal === undefined || principal === '*') return []
  return asList(principal.AWS ?? [])
}

function isSalesforcePrincipal(id: string, scope: TrustScope): boolean {
  const account = accountOfAwsPrincipal(id)
  return account !== null && scope.salesforceAccountIds.includes(account)
}

/**
 * Makes every Salesforce statement require `StringEquals sts:ExternalId` = one of `externalIds`
 * (one ID is written as a string, several as a list in the given order). Throws
 * NoSalesforceTrustError when no statement trusts Salesforce.
 */
export function requireExternalIds(
  doc: PolicyDocument,
  externalIds: string[],
  scope: TrustScope
): TransformResult {
  const ids = [...new Set(externalIds)]
  if (ids.length === 0) throw new Error('requireExternalIds needs at least one external ID')
  const value: string | string[] = ids.length === 1 ? (ids[0] as string) : ids
  return transformSalesforceStatements(doc, scope, (statement, number, notes) =>
    withRequiredExternalIds(statement, value, number, notes)
  )
}

/** Removes the `sts:ExternalId` condition, under any operator, from the Salesforce statements. */
export function removeExternalIdCondition(doc: PolicyDocument, scope: TrustScope): TransformResult {
  return transformSalesforceStatements(
    doc,
    scope,
    (statement, number, notes) => withoutExternalId(statement, number, notes),
    // Principals outside Salesforce keep their condition, so they only move out when there is one.
    (statement) => externalIdEntries(statement.Condition).length > 0
  )
}

type StatementTransform = (statement: PolicyStatement, number: number, notes: string[]) => PolicyStatement

function transformSalesforceStatements(
  doc: PolicyDocument,
  scope: TrustScope,
  transform: StatementTransform,
  splitWhen: (statement: PolicyStatement) => boolean = () => true
): TransformResult {
  const source = structuredClone(doc)
  const notes: string[] = []
  const usedSids = new Set(statementsOf(source).flatMap((statement) => statement.Sid ?? []))
  const result: PolicyStatement[] = []
  let salesforceStatements = 0
  statementsOf(source).forEach((statement, index) => {
    const number = index + 1
    if (!isSalesforceTrustStatement(statement, scope)) {
      result.push(statement)
      return
    }
    salesforceStatements += 1
    const split = splitWhen(statement) ? splitPrincipals(statement, scope) : null
    if (split === null) {
      result.push(transform(statement, number, notes))
      return
    }
    const salesforcePart = split.salesforce
    if (statement.Sid !== undefined) salesforcePart.Sid = uniqueSid(`${statement.Sid}Salesforce`, usedSids)
    notes.push(
      `Statement ${number}: split in two; the principals outside the Salesforce account(s) stay in the original ` +
        'statement, the Salesforce principals move to a new statement right after it'
    )
    result.push(split.others, transform(salesforcePart, number, notes))
  })
  if (salesforceStatements === 0) throw new NoSalesforceTrustError()
  const document: PolicyDocument = {
    ...source,
    Statement:
      !Array.isArray(source.Statement) && result.length === 1 ? (result[0] as PolicyStatement) : result
  }
  return { document, notes, salesforceStatements }
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
  if (otherIds.length > 0) otherPrincipal.AWS = Array.isArray(aws) ? otherIds : (otherIds[0] as string)
  const salesforceAws = Array.isArray(aws) ? salesforceIds : (salesforceIds[0] as string)
  return {
    others: { ...statement, Principal: otherPrincipal },
    salesforce: structuredClone({ ...statement, Principal: { AWS: salesforceAws } })
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

/** Every (operator, key) where the key is sts:ExternalId in any spelling. */
function externalIdEntries(condition: ConditionBlock | undefined): Array<{ operator: string; key: string }> {
  return Object.entries(condition ?? {}).flatMap(([operator, block]) =>
    Object.keys(block)
      .filter((key) => key.toLowerCase() === EXTERNAL_ID_KEY.toLowerCase())
      .map((key) => ({ operator, key }))
  )
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
  return statementsOf(doc).flatMap((statement, statementIndex): StatementRequirement[] => {
    if (!isSalesforceTrustStatement(statement, scope)) return []
    const entries = externalIdEntries(statement.Condition)
    const entry = entries.find(({ operator }) => isStringEquals(operator)) ?? entries[0]
    if (entry === undefined) return [{ statementIndex, operator: null, ids: null }]
    const ids = conditionStrings(statement.Condition?.[entry.operator]?.[entry.key])
    return [{ statementIndex, operator: entry.operator, ids }]
  })
}

/**
 * The IDs the Salesforce statements accept today through StringEquals, in first-seen order:
 * what a staged rotation has to keep accepting.
 */
export function acceptedExternalIds(doc: PolicyDocument, scope: TrustScope): string[] {
  const accepted = new Set<string>()
  for (const statement of statementsOf(doc)) {
    if (!isSalesforceTrustStatement(statement, scope)) continue
    for (const { operator, key } of externalIdEntries(statement.Condition)) {
      if (!isStringEquals(operator)) continue
      for (const id of conditionStrings(statement.Condition?.[operator]?.[key])) accepted.add(id)
    }
  }
  return [...accepted]
}

function isStringEquals(operator: string): boolean {
  return operator.toLowerCase() === STRING_EQUALS.toLowerCase()
}

function conditionStrings(value: unknown): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((item) => String(item))
}
