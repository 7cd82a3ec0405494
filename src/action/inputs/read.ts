/**
 * Every input of action.yml with its default there ('' where action.yml has none). A new input is
 * one line here; `__tests__/action/inputs/read.test.ts` holds this table equal to action.yml.
 */
export const INPUT_DEFAULTS = {
  'contact-center-type': '',
  'call-center-api-name': '',
  'role-arns': '',
  'extra-roles': '',
  audit: 'warn',
  'external-id': '',
  'generate-external-id': 'false',
  'external-ids': '',
  'expected-fingerprint': '',
  mode: 'plan',
  rotation: 'replace',
  'salesforce-account-id': '793525387755',
  verify: 'simulate',
  'verify-timeout': '120',
  'max-policy-size': '2048',
  'role-to-assume': '',
  audience: 'sts.amazonaws.com',
  'role-session-name': '',
  'aws-region': '',
  'allowed-account-ids': '',
  'max-age': '',
  'github-token': '${{ github.token }}',
  comment: 'auto',
  'pr-number': '',
  'drift-issue': 'false'
} as const

export type InputName = keyof typeof INPUT_DEFAULTS
/** Each input as given (trimmed), or its default when given empty. */
export type RawInputs = Readonly<Record<InputName, string>>

export type InputReader = (name: string) => string

/**
 * An input as the runner passes it: INPUT_<NAME> (upper case, spaces as underscores), the variable
 * core.getInput reads. Read directly so that validation and the first AWS request do not wait for
 * @actions/core, which loads undici as it is imported.
 */
export function runnerInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

/** Reads every input at once, before any is judged. */
export function readInputs(read: InputReader): RawInputs {
  const raw: Record<InputName, string> = { ...INPUT_DEFAULTS }
  for (const name of INPUT_NAMES) raw[name] = read(name).trim() || fallback(INPUT_DEFAULTS[name])
  return raw
}

const isInputName = (name: string): name is InputName => Object.hasOwn(INPUT_DEFAULTS, name)
const INPUT_NAMES: readonly InputName[] = Object.keys(INPUT_DEFAULTS).filter(isInputName)

/**
 * The runner evaluates an expression default (`${{ github.token }}`) itself, so an input that is
 * still empty was given empty on purpose: it stays empty.
 */
function fallback(defaultValue: string): string {
  return /^\$\{\{.*\}\}$/.test(defaultValue) ? '' : defaultValue
}
