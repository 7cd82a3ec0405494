import { AwsError, malformedPolicy } from './errors.js'

/**
 * IAM's checks of a role trust policy, with IAM's wording, and the one normalisation IAM applies
 * on storage (a bare account ID principal becomes arn:aws:iam::ID:root).
 */

const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Condition'
])
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser'])
const TRUST_ACTIONS = [
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'TagSession',
  'SetSourceIdentity',
  'SetContext'
]
const OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike'
])

export interface ParsedOperator {
  set: 'ForAnyValue' | 'ForAllValues' | null
  base: string
  ifExists: boolean
}

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; null for anything IAM does not know. */
export function parseOperator(name: string): ParsedOperator | null {
  const match = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/.exec(name)
  if (!match) return null
  const set = (match[1] ?? null) as ParsedOperator['set']
  const base = match[2] ?? ''
  const ifExists = match[3] !== undefined
  if (base === 'Null') return ifExists ? null : { set, base, ifExists }
  return OPERATORS.has(base) ? { set, base, ifExists } : null
}

/**
 * How a document is checked: `write` is IAM today (CreateRole, UpdateAssumeRolePolicy); `stored`
 * seeds what IAM once accepted and still holds (Version 2008-10-17 or none).
 */
export type Strictness = 'write' | 'stored'

/**
 * Validates a trust policy document and returns the text IAM would store (minified, normalised).
 * Throws MalformedPolicyDocument or LimitExceeded with IAM's messages.
 */
export function acceptTrustPolicy(text: string, sizeQuota: number, strictness: Strictness = 'write'): string {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw malformedPolicy('This policy contains invalid Json')
  }
  validateDocument(document)
  if (strictness === 'write' && document.Version !== CURRENT_VERSION) {
    throw malformedPolicy(`Policy document must be version ${CURRENT_VERSION} or greater.`)
  }
  if (JSON.stringify(document).length > sizeQuota) {
    throw new AwsError('LimitExceeded', 409, `Cannot exceed quota for ACLSizePerRole: ${sizeQuota}`)
  }
  return JSON.stringify(normaliseTrustPolicy(document))
}

/** Bare 12-digit account IDs in AWS principals are stored as the account's root ARN. */
export function normaliseTrustPolicy(document: unknown): unknown {
  if (!isObject(document)) return document
  const statements = document.Statement
  const normaliseStatement = (statement: unknown): unknown => {
    if (!isObject(statement) || !isObject(statement.Principal) || statement.Principal.AWS === undefined) {
      return statement
    }
    const aws = statement.Principal.AWS
    const toArn = (value: unknown): unknown =>
      typeof value === 'string' && /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value
    return {
      ...statement,
      Principal: { ...statement.Principal, AWS: Array.isArray(aws) ? aws.map(toArn) : toArn(aws) }
    }
  }
  return {
    ...document,
    Statement: Array.isArray(statements) ? statements.map(normaliseStatement) : normaliseStatement(statements)
  }
}

const CURRENT_VERSION = '2012-10-17'

/**
 * IAM keeps a principal by its unique ID and shows its ARN while it exists: once deleted, a
 * document that named it shows the unique ID instead. Returns the stored text with that change.
 */
export function principalDeleted(storedText: string, arn: string, uniqueId: string): string {
  let document: unknown
  try {
    document = JSON.parse(storedText)
  } catch {
    return storedText
  }
  if (!isObject(document)) return storedText
  const swap = (value: unknown): unknown => (value === arn ? uniqueId : value)
  const forStatement = (statement: unknown): unknown => {
    if (!isObject(statement)) return statement
    const changed = { ...statement }
    for (const field of ['Principal', 'NotPrincipal']) {
      const principal = statement[field]
      if (!isObject(principal) || principal.AWS === undefined) continue
      const aws = principal.AWS
      changed[field] = { ...principal, AWS: Array.isArray(aws) ? aws.map(swap) : swap(aws) }
    }
    return changed
  }
  const statements = document.Statement
  const statement = Array.isArray(statements) ? statements.map(forStatement) : forStatement(statements)
  return JSON.stringify({ ...document, Statement: statement })
}

function validateDocument(document: unknown): asserts document is Record<string, unknown> {
  if (!isObject(document)) throw malformedPolicy('Syntax errors in policy.')
  for (const field of Object.keys(document)) {
    if (!['Version', 'Id', 'Statement'].includes(field)) throw malformedPolicy('Syntax errors in policy.')
  }
  if (
    document.Version !== undefined &&
    document.Version !== '2012-10-17' &&
    document.Version !== '2008-10-17'
  ) {
    throw malformedPolicy('The policy failed legacy parsing')
  }
  if (document.Statement === undefined) throw malformedPolicy('Missing required field Statement')
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  if (statements.length === 0) throw malformedPolicy('Missing required field Statement')
  statements.forEach(validateStatement)
}

function validateStatement(statement: unknown): void {
  if (!isObject(statement)) throw malformedPolicy('Syntax errors in policy.')
  for (const field of ['Resource', 'NotResource', 'NotPrincipal']) {
    if (field in statement) throw malformedPolicy(`Has prohibited field ${field}`)
  }
  for (const field of Object.keys(statement)) {
    if (!STATEMENT_FIELDS.has(field)) throw malformedPolicy('Syntax errors in policy.')
  }
  if (
    statement.Sid !== undefined &&
    (typeof statement.Sid !== 'string' || !/^[0-9A-Za-z]*$/.test(statement.Sid))
  ) {
    throw malformedPolicy(
      'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*'
    )
  }
  if (statement.Effect === undefined) throw malformedPolicy('Missing required field Effect')
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    throw malformedPolicy(`Invalid effect: ${String(statement.Effect)}`)
  }
  if (statement.Principal === undefined) throw malformedPolicy('Missing required field Principal')
  validatePrincipal(statement.Principal)
  validateActions(statement)
  if (statement.Condition !== undefined) validateCondition(statement.Condition)
}

function validatePrincipal(principal: unknown): void {
  if (principal === '*') return
  if (!isObject(principal) || Object.keys(principal).length === 0)
    throw malformedPolicy('Syntax errors in policy.')
  for (const [type, values] of Object.entries(principal)) {
    if (!PRINCIPAL_TYPES.has(type)) throw malformedPolicy('Syntax errors in policy.')
    for (const value of stringList(values)) {
      if (!validPrincipalValue(type, value)) {
        throw malformedPolicy(`Invalid principal in policy: "${type}":"${value}"`)
      }
    }
  }
}

function validPrincipalValue(type: string, value: string): boolean {
  if (type === 'AWS') {
    return (
      (value === '*' ||
        /^\d{12}$/.test(value) ||
        /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/[\x21-\x7e]*[\w+=,.@-]|role\/[\x21-\x7e]*[\w+=,.@-])$/.test(
          value
        ) ||
        /^arn:aws[a-z-]*:sts::\d{12}:(assumed-role|federated-user)\/[\w+=,.@/-]+$/.test(value)) &&
      (value === '*' || !value.includes('*'))
    )
  }
  if (type === 'Service') return /^[a-z0-9.-]+\.[a-z0-9.-]+$/.test(value)
  return value.length > 0 && !value.includes('*')
}

function validateActions(statement: Record<string, unknown>): void {
  const hasAction = statement.Action !== undefined
  const hasNotAction = statement.NotAction !== undefined
  if (hasAction && hasNotAction) throw malformedPolicy('Syntax errors in policy.')
  if (!hasAction && !hasNotAction) throw malformedPolicy('Policy statement must contain actions.')
  const actions = stringList(hasAction ? statement.Action : statement.NotAction)
  if (actions.length === 0) throw malformedPolicy('Policy statement must contain actions.')
  for (const action of actions) {
    if (!isTrustAction(action))
      throw malformedPolicy('AssumeRole policy may only specify STS AssumeRole actions.')
  }
}

/** `*`, or an sts: action (wildcards allowed) that names at least one action a trust policy governs. */
function isTrustAction(action: string): boolean {
  if (action === '*') return true
  const match = /^sts:(.+)$/i.exec(action)
  if (!match) return false
  const pattern = new RegExp(
    `^${(match[1] ?? '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i'
  )
  return TRUST_ACTIONS.some((name) => pattern.test(name))
}

function validateCondition(condition: unknown): void {
  if (!isObject(condition)) throw malformedPolicy('Syntax errors in policy.')
  for (const [operator, block] of Object.entries(condition)) {
    if (!parseOperator(operator)) throw malformedPolicy(`Invalid Condition type : ${operator}`)
    if (!isObject(block)) throw malformedPolicy('Syntax errors in policy.')
    for (const values of Object.values(block)) {
      const list = Array.isArray(values) ? values : [values]
      if (list.some((value) => !['string', 'number', 'boolean'].includes(typeof value))) {
        throw malformedPolicy('Syntax errors in policy.')
      }
    }
  }
}

/** A string or a non-empty list of strings; anything else is a syntax error. */
function stringList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0 || list.some((item) => typeof item !== 'string')) {
    throw malformedPolicy('Syntax errors in policy.')
  }
  return list as string[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
