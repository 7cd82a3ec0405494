/**
 * Masking of external IDs in anything meant for display: every ID becomes a token carrying its
 * fingerprint, so a reviewer can still tell IDs apart without seeing them.
 */
import { ID_GENERATED_AT_APPLY, fingerprint } from '../domain/external-id.js'
import { statementsOf, type PolicyDocument } from '../policy/document.js'

/** Shorter values would match everywhere and tell nothing about the ID. */
const MIN_SECRET_LENGTH = 2

/** What stands in the text where the ID was. */
export function redactionToken(secret: string): string {
  return secret === ID_GENERATED_AT_APPLY ? GENERATED_TOKEN : `<external-id ${fingerprint(secret)}>`
}

const GENERATED_TOKEN = '<external-id generated at apply>'

/** Tokens already in the text are matched first and kept, so redacting twice changes nothing. */
const TOKEN_PATTERN = '<external-id (?:sha256:[0-9a-f]{12}|generated at apply)>'
const WHOLE_TOKEN = new RegExp(`^${TOKEN_PATTERN}$`)

/**
 * Replaces every occurrence of each secret with `<external-id sha256:xxxxxxxxxxxx>`, also where the
 * secret appears JSON-escaped (`\/`, `\u002f`) or URL-encoded (`%2F`, `%2f`), even mixed.
 * Longer secrets win over shorter ones they contain. Secrets shorter than 2 characters are ignored.
 */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const ordered = [...new Set(secrets)]
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
  if (ordered.length === 0) return (text) => text

  const tokens = ordered.map(redactionToken)
  // One pass over the text: group 1 is an existing token, group k + 2 is secret k.
  const pattern = new RegExp(
    [`(${TOKEN_PATTERN})`, ...ordered.map((secret) => `(${secretPattern(secret)})`)].join('|'),
    'g'
  )
  return (text) =>
    text.replace(pattern, (match: string, ...groups: unknown[]) => {
      if (groups[0] !== undefined) return match
      const index = groups.slice(1, ordered.length + 1).findIndex((group) => group !== undefined)
      return tokens[index] ?? match
    })
}

function secretPattern(secret: string): string {
  // for...of walks code points, so a surrogate pair stays one character.
  return Array.from(secret, characterPattern).join('')
}

/** The character itself or any of the ways JSON or a URL may spell it. */
function characterPattern(character: string): string {
  const forms = new Set([escapeRegExp(character)])
  const json = JSON.stringify(character).slice(1, -1)
  forms.add(escapeRegExp(json))
  if (character === '/') forms.add(escapeRegExp('\\/'))
  if (!/^\w$/.test(character) && character.length === 1) {
    const unicode = character.charCodeAt(0).toString(16).padStart(4, '0')
    forms.add(`\\\\u${caseInsensitiveHex(unicode)}`)
  }
  const encoded = percentEncoded(character)
  if (encoded !== character) forms.add(caseInsensitiveHex(encoded))
  return forms.size === 1 ? [...forms].join('') : `(?:${[...forms].join('|')})`
}

function percentEncoded(character: string): string {
  try {
    return encodeURIComponent(character)
  } catch {
    return character // a lone surrogate has no UTF-8 form
  }
}

function caseInsensitiveHex(text: string): string {
  return text.replace(/[a-fA-F]/g, (digit) => `[${digit.toLowerCase()}${digit.toUpperCase()}]`)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

const EXTERNAL_ID_KEY = 'sts:externalid'

/**
 * A copy of the document with every value of an `sts:ExternalId` condition replaced by its token:
 * an ID the caller did not list as a secret (an unknown earlier one) is masked all the same.
 */
export function maskExternalIdConditions(doc: PolicyDocument | null): PolicyDocument | null {
  if (doc === null) return null
  const copy = structuredClone(doc)
  forEachExternalIdCondition(copy, (operator, key) => {
    operator[key] = maskValue(operator[key])
  })
  return copy
}

/** Every `sts:ExternalId` key under any condition operator, any case. */
function forEachExternalIdCondition(
  doc: PolicyDocument,
  visit: (operator: Record<string, unknown>, key: string) => void
): void {
  // Every level is checked rather than trusted to the type: a missed ID would leak into the report.
  const statements: unknown[] = statementsOf(doc)
  for (const statement of statements) {
    if (!isRecord(statement) || !isRecord(statement.Condition)) continue
    for (const operator of Object.values(statement.Condition)) {
      if (!isRecord(operator)) continue
      for (const key of Object.keys(operator)) {
        if (key.toLowerCase() === EXTERNAL_ID_KEY) visit(operator, key)
      }
    }
  }
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskValue)
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value)
    return WHOLE_TOKEN.test(text) ? text : redactionToken(text)
  }
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The fingerprints of the `sts:ExternalId` condition values of a document, in order, each once:
 * what a reviewer compares between before and after.
 */
export function externalIdFingerprints(doc: PolicyDocument | null): string[] {
  if (doc === null) return []
  const found = new Set<string>()
  // Read only: each value is masked on its own, the document is not copied.
  forEachExternalIdCondition(doc, (operator, key) => {
    const value = maskValue(operator[key])
    for (const token of Array.isArray(value) ? value : [value]) {
      const shown = /^<external-id (.+)>$/.exec(String(token))?.[1]
      if (shown !== undefined) found.add(shown)
    }
  })
  return [...found]
}
