/**
 * IAM trust policy documents: types, parsing (GetRole returns them URL-encoded), minified
 * serialisation, and semantic comparison.
 */
import { accountOfRootPrincipal } from './arn.js'

/** A condition block: operator -> key -> value(s), e.g. {"StringEquals": {"sts:ExternalId": "x"}}. */
export type ConditionBlock = Record<string, Record<string, string | string[] | boolean | number | unknown[]>>

/** A principal: "*" or {"AWS"|"Service"|"Federated"|"CanonicalUser": string | string[]}. */
export type Principal = '*' | Record<string, string | string[]>

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: Principal
  NotPrincipal?: Principal
  Action?: string | string[]
  NotAction?: string | string[]
  Condition?: ConditionBlock
  /** Fields this action does not interpret are kept as they are. */
  [field: string]: unknown
}

export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: PolicyStatement | PolicyStatement[]
  [field: string]: unknown
}

/** The document cannot be read as a policy. Messages say what is wrong, never which values are in it. */
export class PolicyDocumentError extends Error {
  override name = 'PolicyDocumentError'
}

export function decodePolicyDocument(urlEncoded: string): string {
  try {
    return decodeURIComponent(urlEncoded)
  } catch {
    throw new PolicyDocumentError('The trust policy is not valid URL-encoded text')
  }
}

export function parsePolicyDocument(json: string): PolicyDocument {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    // JSON.parse quotes the text around the error, which may hold an external ID: keep the position only.
    const position = /position (\d+)/.exec(String(error))?.[1]
    throw new PolicyDocumentError(
      `The trust policy is not valid JSON${position === undefined ? '' : ` (at position ${position})`}`
    )
  }
  assertPolicyShape(value)
  return value
}

function assertPolicyShape(value: unknown): asserts value is PolicyDocument {
  if (!isPlainObject(value)) throw new PolicyDocumentError('The trust policy is not a JSON object')
  if (value.Version !== undefined && typeof value.Version !== 'string') {
    throw new PolicyDocumentError('The trust policy Version is not a string')
  }
  const statement = value.Statement
  if (statement === undefined) throw new PolicyDocumentError('The trust policy has no Statement')
  if (Array.isArray(statement)) {
    if (statement.length === 0) throw new PolicyDocumentError('The trust policy Statement list is empty')
    statement.forEach((entry, index) => assertStatementShape(entry, index + 1))
  } else {
    assertStatementShape(statement, 1)
  }
}

function assertStatementShape(value: unknown, number: number): void {
  const where = `Statement ${number}`
  if (!isPlainObject(value)) throw new PolicyDocumentError(`${where} is not a JSON object`)
  if (value.Effect !== 'Allow' && value.Effect !== 'Deny') {
    throw new PolicyDocumentError(`${where}: Effect must be "Allow" or "Deny"`)
  }
  for (const field of ['Principal', 'NotPrincipal']) {
    const principal = value[field]
    if (principal === undefined || principal === '*') continue
    if (!isPlainObject(principal) || !Object.values(principal).every(isStringOrStringList)) {
      throw new PolicyDocumentError(`${where}: ${field} must be "*" or an object of strings or string lists`)
    }
  }
  for (const field of ['Action', 'NotAction']) {
    if (value[field] !== undefined && !isStringOrStringList(value[field])) {
      throw new PolicyDocumentError(`${where}: ${field} must be a string or a list of strings`)
    }
  }
  const condition = value.Condition
  if (
    condition !== undefined &&
    (!isPlainObject(condition) || !Object.values(condition).every(isPlainObject))
  ) {
    throw new PolicyDocumentError(`${where}: Condition must map operators to objects of condition keys`)
  }
}

export function statementsOf(doc: PolicyDocument): PolicyStatement[] {
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
}

/** Minified JSON: what is sent to AWS, and what the trust policy size quota counts. */
export function serializePolicy(doc: PolicyDocument): string {
  return JSON.stringify(doc)
}

export function policySize(doc: PolicyDocument): number {
  return serializePolicy(doc).length
}

/** Object keys sorted at every depth, so that equal content gives equal JSON. */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep)
  if (!isPlainObject(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeysDeep(value[key])])
  )
}

/**
 * Whether two policies mean the same, in the way AWS may hand back what it was given: statements
 * in any order, lists in any order and without duplicates, a string equal to a one-element list,
 * an account ID equal to its `:root` ARN, `"*"` equal to `{"AWS": "*"}`, action names, condition
 * operators and condition keys in any case, `true` equal to `"true"`. Sid and every value count.
 */
export function policiesEquivalent(a: PolicyDocument, b: PolicyDocument): boolean {
  // AWS fills in no Version, so a missing one says nothing; two different ones do.
  if (a.Version !== undefined && b.Version !== undefined && a.Version !== b.Version) return false
  if (a.Id !== b.Id) return false
  if (canonicalJson(otherFields(a)) !== canonicalJson(otherFields(b))) return false
  const statementsA = statementsOf(a).map(canonicalStatement).sort()
  const statementsB = statementsOf(b).map(canonicalStatement).sort()
  return (
    statementsA.length === statementsB.length && statementsA.every((entry, i) => entry === statementsB[i])
  )
}

function otherFields(doc: PolicyDocument): Record<string, unknown> {
  const { Version: _version, Id: _id, Statement: _statement, ...rest } = doc
  return rest
}

function canonicalStatement(statement: PolicyStatement): string {
  const canonical: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(statement)) {
    if (value === undefined) continue
    if (field === 'Effect' && typeof value === 'string') canonical[field] = value.toLowerCase()
    else if (field === 'Action' || field === 'NotAction')
      setIfNotEmpty(canonical, field, valueSet(value, true))
    else if (field === 'Resource' || field === 'NotResource') setIfNotEmpty(canonical, field, valueSet(value))
    else if (field === 'Principal' || field === 'NotPrincipal') canonical[field] = canonicalPrincipal(value)
    else if (field === 'Condition') setIfNotEmpty(canonical, field, canonicalCondition(value))
    else canonical[field] = value
  }
  return canonicalJson(canonical)
}

function canonicalPrincipal(principal: unknown): unknown {
  if (principal === '*') return { AWS: ['*'] }
  if (!isPlainObject(principal)) return principal
  const canonical: Record<string, string[]> = {}
  for (const [type, values] of Object.entries(principal)) {
    const normalised =
      type === 'AWS' ? valueSet(values).map((id) => accountOfRootPrincipal(id) ?? id) : valueSet(values)
    setIfNotEmpty(canonical, type, [...new Set(normalised)].sort())
  }
  return canonical
}

function canonicalCondition(condition: unknown): Record<string, Record<string, string[]>> {
  const canonical: Record<string, Record<string, string[]>> = {}
  if (!isPlainObject(condition)) return canonical
  for (const [operator, block] of Object.entries(condition)) {
    if (!isPlainObject(block)) continue
    for (const [key, values] of Object.entries(block)) {
      const keys = (canonical[operator.toLowerCase()] ??= {})
      const merged = [...(keys[key.toLowerCase()] ?? []), ...valueSet(values)]
      keys[key.toLowerCase()] = [...new Set(merged)].sort()
    }
  }
  return canonical
}

/** A value or list as a sorted set of strings; scalars of other types by their JSON text. */
function valueSet(value: unknown, ignoreCase = false): string[] {
  const list = Array.isArray(value) ? value : [value]
  const strings = list.map((item) => {
    const text = typeof item === 'string' ? item : canonicalJson(item)
    return ignoreCase ? text.toLowerCase() : text
  })
  return [...new Set(strings)].sort()
}

function setIfNotEmpty(target: Record<string, unknown>, key: string, value: unknown[] | object): void {
  if (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0) target[key] = value
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value)) ?? 'undefined'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringOrStringList(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  )
}

/** Policy grammar lets one value stand where a list may: a string, a list, or nothing. */
export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}
