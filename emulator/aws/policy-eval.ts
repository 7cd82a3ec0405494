import { parseOperator } from './policy-grammar.js'

/**
 * The emulator's own evaluation of a role trust policy. Written apart from the action's evaluator on
 * purpose: the emulator is an independent check of it.
 */

export type TrustPrincipal =
  | { kind: 'aws'; arn: string; principalArn: string; accountId: string }
  | { kind: 'federated'; provider: string }

export interface TrustRequest {
  action: string
  principal: TrustPrincipal
  /** Request context; keys are matched case-insensitively, absent keys are simply missing. */
  context: Record<string, string | string[] | undefined>
}

export type TrustDecision = 'allow' | 'explicit-deny' | 'implicit-deny'

type Context = Map<string, string[]>

export function evaluateTrustPolicy(policy: unknown, request: TrustRequest): TrustDecision {
  const context: Context = new Map()
  for (const [key, value] of Object.entries(request.context)) {
    if (value !== undefined) context.set(key.toLowerCase(), Array.isArray(value) ? value : [value])
  }
  let allowed = false
  for (const statement of statementsOf(policy)) {
    // NotPrincipal: everyone but the principals it names (AWS allows it with Deny only).
    const principalApplies =
      statement.NotPrincipal !== undefined
        ? !principalMatches(statement.NotPrincipal, request.principal)
        : principalMatches(statement.Principal, request.principal)
    const applies =
      principalApplies &&
      actionMatches(statement, request.action) &&
      conditionsHold(statement.Condition, context)
    if (!applies) continue
    if (statement.Effect === 'Deny') return 'explicit-deny'
    if (statement.Effect === 'Allow') allowed = true
  }
  return allowed ? 'allow' : 'implicit-deny'
}

function statementsOf(policy: unknown): Record<string, unknown>[] {
  if (!isObject(policy)) return []
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]
  return statements.filter(isObject)
}

function principalMatches(principal: unknown, caller: TrustPrincipal): boolean {
  if (principal === '*') return true
  if (!isObject(principal)) return false
  if (caller.kind === 'federated') return listOf(principal.Federated).includes(caller.provider)
  return listOf(principal.AWS).some((entry) => {
    if (entry === '*') return true
    const account = /^\d{12}$/.test(entry) ? entry : /^arn:aws[a-z-]*:iam::(\d{12}):root$/.exec(entry)?.[1]
    if (account) return account === caller.accountId
    return entry === caller.principalArn || entry === caller.arn
  })
}

function actionMatches(statement: Record<string, unknown>, action: string): boolean {
  if (statement.Action !== undefined)
    return listOf(statement.Action).some((pattern) => globMatches(pattern, action, true))
  if (statement.NotAction !== undefined) {
    return !listOf(statement.NotAction).some((pattern) => globMatches(pattern, action, true))
  }
  return false
}

/** Every operator block and every key in it must hold (AND); the values of one key are ORed. */
function conditionsHold(condition: unknown, context: Context): boolean {
  if (condition === undefined) return true
  if (!isObject(condition)) return false
  return Object.entries(condition).every(([operator, block]) => {
    if (!isObject(block)) return false
    return Object.entries(block).every(([key, values]) =>
      operatorHolds(operator, context.get(key.toLowerCase()), listOf(values))
    )
  })
}

function operatorHolds(
  operator: string,
  contextValues: string[] | undefined,
  policyValues: string[]
): boolean {
  const parsed = parseOperator(operator)
  if (!parsed) return false
  const values = contextValues ?? []
  const present = values.length > 0
  if (parsed.base === 'Null') {
    return policyValues.some((value) => (value.toLowerCase() === 'true' ? !present : present))
  }
  const negated = NEGATED[parsed.base]
  const matcher = MATCHERS[negated ?? parsed.base]
  if (!matcher) return false
  const matchesAny = (contextValue: string): boolean =>
    policyValues.some((value) => matcher(contextValue, value))
  const single = (contextValue: string): boolean =>
    negated ? !matchesAny(contextValue) : matchesAny(contextValue)

  if (parsed.set === 'ForAllValues') return values.every(single)
  if (parsed.set === 'ForAnyValue') return present ? values.some(single) : parsed.ifExists
  // A missing key never matches; a negated operator is therefore true, as is any ...IfExists operator.
  if (!present) return parsed.ifExists || negated !== undefined
  return negated ? !values.some(matchesAny) : values.some(matchesAny)
}

/** Negated operators, by the positive operator whose result they invert. */
const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress'
}

type Matcher = (contextValue: string, policyValue: string) => boolean

const numeric =
  (compare: (a: number, b: number) => boolean): Matcher =>
  (contextValue, policyValue) => {
    const [a, b] = [Number(contextValue), Number(policyValue)]
    return !Number.isNaN(a) && !Number.isNaN(b) && compare(a, b)
  }

const date =
  (compare: (a: number, b: number) => boolean): Matcher =>
  (contextValue, policyValue) => {
    const [a, b] = [toEpoch(contextValue), toEpoch(policyValue)]
    return !Number.isNaN(a) && !Number.isNaN(b) && compare(a, b)
  }

const MATCHERS: Record<string, Matcher> = {
  StringEquals: (a, b) => a === b,
  StringEqualsIgnoreCase: (a, b) => a.toLowerCase() === b.toLowerCase(),
  StringLike: (a, b) => globMatches(b, a, false),
  ArnEquals: (a, b) => globMatches(b, a, false),
  ArnLike: (a, b) => globMatches(b, a, false),
  NumericEquals: numeric((a, b) => a === b),
  NumericLessThan: numeric((a, b) => a < b),
  NumericLessThanEquals: numeric((a, b) => a <= b),
  NumericGreaterThan: numeric((a, b) => a > b),
  NumericGreaterThanEquals: numeric((a, b) => a >= b),
  DateEquals: date((a, b) => a === b),
  DateLessThan: date((a, b) => a < b),
  DateLessThanEquals: date((a, b) => a <= b),
  DateGreaterThan: date((a, b) => a > b),
  DateGreaterThanEquals: date((a, b) => a >= b),
  Bool: (a, b) => a.toLowerCase() === b.toLowerCase(),
  BinaryEquals: (a, b) => a === b,
  IpAddress: (a, b) => a === b || a === b.replace(/\/32$/, '')
}

function toEpoch(value: string): number {
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value)
}

/** `*` any run of characters, `?` any one character; the rest literal. */
function globMatches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value)
}

/** A string, number or boolean, or a list of them, as strings (policy values may be written either way). */
function listOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((item) => ['string', 'number', 'boolean'].includes(typeof item)).map(String)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
