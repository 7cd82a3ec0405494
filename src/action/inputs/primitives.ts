import { InputError } from './input-error.js'

const ACCOUNT_ID = /^\d{12}$/
const DURATION = /^(\d+)([smhdw])$/
const DURATION_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }
/** An upper bound like the other numeric inputs have: ten years of 365 days. */
const MAX_DURATION_SECONDS = 3650 * 86400

export function oneOf<T extends string>(
  name: string,
  value: string,
  accepted: readonly T[],
  required = false
): T {
  if (value === '' && required) {
    throw new InputError(name, `is required. Accepted values: ${accepted.join(', ')}.`)
  }
  const found = accepted.find((item) => item === value)
  if (found === undefined) {
    throw new InputError(name, `'${value}' is not supported. Accepted values: ${accepted.join(', ')}.`)
  }
  return found
}

export function booleanInput(name: string, value: string): boolean {
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw new InputError(name, `'${value}' is not a boolean. Accepted values: true, false.`)
}

export function integerInput(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}.`)
  }
  return Number(value)
}

/** An optional whole number: null when not given. */
export function optionalIntegerInput(name: string, value: string, min: number, max: number): number | null {
  return value === '' ? null : integerInput(name, value, min, max)
}

/** `90d` and the like, in seconds; null when not given. */
export function durationInput(name: string, value: string): number | null {
  if (value === '') return null
  const [, count, unit] = DURATION.exec(value) ?? []
  const unitSeconds = unit === undefined ? undefined : DURATION_SECONDS[unit]
  if (count === undefined || unitSeconds === undefined || Number(count) === 0) {
    throw new InputError(
      name,
      `'${value}' is not a duration. Use a number and a unit s, m, h, d or w, e.g. 90d.`
    )
  }
  const seconds = Number(count) * unitSeconds
  if (seconds > MAX_DURATION_SECONDS) {
    throw new InputError(name, `'${value}' is longer than 10 years (3650d); use at most 3650d.`)
  }
  return seconds
}

/** Items separated by commas or newlines, trimmed, empty ones dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** 12-digit account IDs, each once. */
export function accountList(name: string, value: string): string[] {
  const accounts = splitList(value)
  const bad = accounts.find((account) => !ACCOUNT_ID.test(account))
  if (bad !== undefined) throw new InputError(name, `'${bad}' is not a 12-digit AWS account ID.`)
  return [...new Set(accounts)]
}
