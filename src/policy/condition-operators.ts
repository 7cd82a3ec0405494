/**
 * IAM condition operators, evaluated for one condition key against the request context.
 * Supported: String*, Bool, Null, Arn*, Numeric*, Date*, IpAddress/NotIpAddress, each with
 * `IfExists` and the `ForAnyValue:` / `ForAllValues:` set operators. Anything else is false.
 */
import { parseArn } from './arn.js'
import { wildcardMatches } from './wildcard.js'

/** A context key's value in a request: one string, or a list for a multivalued key. */
export type ContextValue = string | string[]

interface BaseOperator {
  /** A negated operator holds when the request value matches none of the policy values. */
  negated: boolean
  matches(requestValue: string, policyValue: string): boolean
}

const positive = (matches: BaseOperator['matches']): BaseOperator => ({ negated: false, matches })
const negated = (matches: BaseOperator['matches']): BaseOperator => ({ negated: true, matches })

const stringEquals = (value: string, policy: string): boolean => value === policy
const stringEqualsIgnoreCase = (value: string, policy: string): boolean =>
  value.toLowerCase() === policy.toLowerCase()
const stringLike = (value: string, policy: string): boolean =>
  wildcardMatches(policy, value, { ignoreCase: false })
const numericEquals = compareWith(parseNumber, (a, b) => a === b)
const dateEquals = compareWith(parseDate, (a, b) => a === b)

const BASE_OPERATORS: Record<string, BaseOperator> = {
  stringequals: positive(stringEquals),
  stringnotequals: negated(stringEquals),
  stringequalsignorecase: positive(stringEqualsIgnoreCase),
  stringnotequalsignorecase: negated(stringEqualsIgnoreCase),
  stringlike: positive(stringLike),
  stringnotlike: negated(stringLike),
  bool: positive(boolEquals),
  // AWS matches ArnEquals like ArnLike: each of the six ARN fields with wildcards.
  arnequals: positive(arnLike),
  arnlike: positive(arnLike),
  arnnotequals: negated(arnLike),
  arnnotlike: negated(arnLike),
  numericequals: positive(numericEquals),
  numericnotequals: negated(numericEquals),
  numericlessthan: positive(compareWith(parseNumber, (a, b) => a < b)),
  numericlessthanequals: positive(compareWith(parseNumber, (a, b) => a <= b)),
  numericgreaterthan: positive(compareWith(parseNumber, (a, b) => a > b)),
  numericgreaterthanequals: positive(compareWith(parseNumber, (a, b) => a >= b)),
  dateequals: positive(dateEquals),
  datenotequals: negated(dateEquals),
  datelessthan: positive(compareWith(parseDate, (a, b) => a < b)),
  datelessthanequals: positive(compareWith(parseDate, (a, b) => a <= b)),
  dategreaterthan: positive(compareWith(parseDate, (a, b) => a > b)),
  dategreaterthanequals: positive(compareWith(parseDate, (a, b) => a >= b)),
  ipaddress: positive(ipInRange),
  notipaddress: negated(ipInRange)
}

/**
 * Whether `operator` (as spelled in the policy, any case) holds for a key whose request value is
 * `contextValue` (undefined: the key is not in the request) against the policy's value(s).
 */
export function conditionHolds(
  operator: string,
  policyValues: unknown,
  contextValue: ContextValue | undefined
): boolean {
  const parsed = parseOperator(operator)
  if (parsed === null) return false
  const values = (Array.isArray(policyValues) ? policyValues : [policyValues]).map((value) => String(value))
  if (parsed.kind === 'null')
    return values.some((value) => value.toLowerCase() === String(contextValue === undefined))

  const { base, set, ifExists } = parsed
  // Several policy values are ORed; for a negated operator, NORed.
  const holdsFor = (requestValue: string): boolean => {
    const anyMatch = values.some((policyValue) => base.matches(requestValue, policyValue))
    return base.negated ? !anyMatch : anyMatch
  }
  if (contextValue === undefined) {
    // AWS: a missing key fails a condition, except IfExists, ForAllValues and the negated operators.
    if (ifExists) return true
    return set === null ? base.negated : set === 'all'
  }
  if (set === null) {
    // A multivalued key needs a set operator (IAM user guide, "Single-valued vs. multivalued context keys").
    return typeof contextValue === 'string' && holdsFor(contextValue)
  }
  const requestValues = typeof contextValue === 'string' ? [contextValue] : contextValue
  return set === 'any' ? requestValues.some(holdsFor) : requestValues.every(holdsFor)
}

/** Whether the evaluator understands the operator; an unknown one must not be judged at all. */
export function isKnownOperator(operator: string): boolean {
  return parseOperator(operator) !== null
}

type ParsedOperator =
  { kind: 'null' } | { kind: 'compare'; base: BaseOperator; set: 'any' | 'all' | null; ifExists: boolean }

function parseOperator(operator: string): ParsedOperator | null {
  let rest = operator.toLowerCase()
  let set: 'any' | 'all' | null = null
  if (rest.startsWith('foranyvalue:')) set = 'any'
  else if (rest.startsWith('forallvalues:')) set = 'all'
  if (set !== null) rest = rest.slice(rest.indexOf(':') + 1)
  if (rest === 'null') return set === null ? { kind: 'null' } : null
  const ifExists = rest.endsWith('ifexists')
  if (ifExists) rest = rest.slice(0, -'ifexists'.length)
  const base = BASE_OPERATORS[rest]
  return base === undefined ? null : { kind: 'compare', base, set, ifExists }
}

function boolEquals(value: string, policy: string): boolean {
  const isBool = (text: string): boolean => text === 'true' || text === 'false'
  const [a, b] = [value.toLowerCase(), policy.toLowerCase()]
  return isBool(a) && isBool(b) && a === b
}

function arnLike(value: string, policy: string): boolean {
  const [pattern, arn] = [parseArn(policy), parseArn(value)]
  if (pattern === null || arn === null) return false
  const fields = ['partition', 'service', 'region', 'account', 'resource'] as const
  return fields.every((field) => wildcardMatches(pattern[field], arn[field], { ignoreCase: false }))
}

function compareWith<T>(parse: (text: string) => T | null, compare: (request: T, policy: T) => boolean) {
  return (value: string, policy: string): boolean => {
    const [a, b] = [parse(value), parse(policy)]
    return a !== null && b !== null && compare(a, b)
  }
}

function parseNumber(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim())) return null
  return Number(text)
}

/** ISO 8601 date-time, or epoch seconds. */
function parseDate(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : time
}

function ipInRange(value: string, policy: string): boolean {
  const [address, range] = [parseIp(value), parseCidr(policy)]
  if (address === null || range === null || address.width !== range.width) return false
  const shift = BigInt(range.width - range.prefix)
  return address.bits >> shift === range.bits >> shift
}

interface IpAddress {
  bits: bigint
  width: 32 | 128
}

function parseCidr(text: string): (IpAddress & { prefix: number }) | null {
  const [addressText = '', prefixText, ...extra] = text.split('/')
  const address = parseIp(addressText)
  if (address === null || extra.length > 0) return null
  if (prefixText === undefined) return { ...address, prefix: address.width }
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > address.width) return null
  return { ...address, prefix: Number(prefixText) }
}

function parseIp(text: string): IpAddress | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split('.').map(Number)
    if (octets.some((octet) => octet > 255)) return null
    return { bits: octets.reduce((bits, octet) => (bits << 8n) | BigInt(octet), 0n), width: 32 }
  }
  return parseIpv6(text)
}

function parseIpv6(text: string): IpAddress | null {
  const halves = text.toLowerCase().split('::')
  if (halves.length > 2) return null
  const groupsOf = (part: string | undefined): string[] => (part ? part.split(':') : [])
  const head = groupsOf(halves[0])
  const tail = groupsOf(halves[1])
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail]
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null
  return { bits: groups.reduce((bits, group) => (bits << 16n) | BigInt(parseInt(group, 16)), 0n), width: 128 }
}
