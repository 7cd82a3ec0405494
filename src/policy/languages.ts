/**
 * The languages (sets of strings) that trust-policy conditions and principals test a value
 * against, written as regular-expression sources for the automata in regions.ts. Each builder
 * follows the evaluator exactly: `*` and `?` as in wildcard.ts, ARN patterns field by field as in
 * condition-operators.ts (`*` in the first five fields cannot cross a colon).
 */
import { parseArn } from './arn.js'

/** Any character: `*` and `?` of StringLike also cross newlines. */
export const ANY_CHAR = '[\\s\\S]'
const FIELD_CHAR = '[^:]'

/** One UTF-16 unit, escaped so that no character of a policy value is read as regex syntax. */
function escapeUnit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`
}

export function literal(text: string): string {
  let source = ''
  for (let i = 0; i < text.length; i += 1) source += escapeUnit(text.charCodeAt(i))
  return source
}

/**
 * StringEqualsIgnoreCase compares lower-cased values: an ASCII letter stands for both its cases.
 * Null beyond ASCII, where lower-casing may join several characters: such a value is not modelled.
 */
export function literalIgnoreCase(text: string): string | null {
  if ([...text].some((char) => char.charCodeAt(0) > 0x7f)) return null
  let source = ''
  for (const char of text) {
    const [lower, upper] = [char.toLowerCase(), char.toUpperCase()]
    source += lower === upper ? literal(char) : `[${literal(lower)}${literal(upper)}]`
  }
  return source
}

/** IAM's `*` and `?` over the given character class; everything else literal. */
export function glob(pattern: string, anyChar = ANY_CHAR): string {
  let source = ''
  for (const char of pattern) {
    if (char === '*') source += `${anyChar}*`
    else if (char === '?') source += anyChar
    else source += literal(char)
  }
  return source
}

/** ArnLike: six fields, each matched on its own; null when the pattern is no ARN (it matches nothing). */
export function arnGlob(pattern: string): string | null {
  const arn = parseArn(pattern)
  if (arn === null) return null
  const fields = [arn.partition, arn.service, arn.region, arn.account].map((field) => glob(field, FIELD_CHAR))
  return ['arn', ...fields, glob(arn.resource)].join(':')
}

/** Values of aws:PrincipalArn whose account field is in `account`: aws:PrincipalAccount is a function of the ARN. */
export function principalAccountIn(account: string): string {
  return `arn:${FIELD_CHAR}*:${FIELD_CHAR}*:${FIELD_CHAR}*:(?:${account}):${ANY_CHAR}*`
}

/** The caller ARNs in a role ARN's name: any path, any session (the session's ARN drops the path). */
export function roleNamed(partition: string, account: string, roleName: string): string {
  return `${literal(`arn:${partition}:iam::${account}:role/`)}(?:${ANY_CHAR}*/)?${literal(roleName)}`
}

/** Callers of an account: its root, users, roles' sessions and federated users. */
export function accountCallers(partition: string | null, account: string): string {
  const prefix = partition === null ? `arn:${FIELD_CHAR}*` : literal(`arn:${partition}`)
  return `${prefix}:(?:iam|sts)::${literal(account)}:${ANY_CHAR}*`
}

/** IAM names ([\w+=,.@-]) and path segments (printable ASCII but `/`): an over-approximation is conservative. */
const NAME = '[\\w+=,.@-]+'
const PATH = '(?:[\\x20-\\x2e\\x30-\\x7e]+/)*'

/**
 * Every value aws:PrincipalArn takes for a caller in `partition`: an account root, a user, a role
 * (standing for its sessions) or a federated user, in any 12-digit account, on any path.
 */
export function principalArnDomain(partition: string): string {
  const p = literal(partition)
  return (
    `arn:${p}:iam::\\d{12}:(?:root|(?:user|role)/${PATH}${NAME})` +
    `|arn:${p}:sts::\\d{12}:federated-user/${NAME}`
  )
}

/** A role session's name. */
export const SESSION_NAME_DOMAIN = NAME
/** Any string: organization IDs, external IDs and other keys (absent is a region of its own). */
export const STRING_DOMAIN = `${ANY_CHAR}*`
