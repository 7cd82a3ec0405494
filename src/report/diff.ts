/**
 * Text diffs of trust policies for reviewers: a stable pretty printer (so that key order in the
 * document AWS returns never shows up as a change) and a line-based unified diff (jsdiff's hunks).
 */
import { structuredPatch } from 'diff'
import type { PolicyDocument } from '../policy/document.js'

const DOCUMENT_KEYS = ['Version', 'Id', 'Statement']
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'Condition'
]

/** Which key order an object gets: the policy grammar's order where one exists, else alphabetical. */
type Level = 'document' | 'statement' | 'nested'

const INDENT = '  '

/**
 * The document as 2-space JSON with a fixed key order: Version, Id, Statement first; in each statement
 * Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, Condition; every other key, and
 * every key of nested objects, alphabetically. Arrays keep their order. '' for null.
 */
export function stablePolicyJson(doc: PolicyDocument | null): string {
  return doc === null ? '' : printValue(doc, '', 'document')
}

function printValue(value: unknown, indent: string, level: Level): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inner = indent + INDENT
    const items = value.map((item) => inner + (item === undefined ? 'null' : printValue(item, inner, level)))
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (value !== null && typeof value === 'object') {
    return printObject(Object.fromEntries(Object.entries(value)), indent, level)
  }
  return JSON.stringify(value) ?? 'null'
}

function printObject(object: Record<string, unknown>, indent: string, level: Level): string {
  const keys = orderedKeys(
    Object.keys(object).filter((key) => object[key] !== undefined),
    level
  )
  if (keys.length === 0) return '{}'
  const inner = indent + INDENT
  const entries = keys.map((key) => {
    const childLevel: Level = level === 'document' && key === 'Statement' ? 'statement' : 'nested'
    return `${inner}${JSON.stringify(key)}: ${printValue(object[key], inner, childLevel)}`
  })
  return `{\n${entries.join(',\n')}\n${indent}}`
}

function orderedKeys(keys: string[], level: Level): string[] {
  const known = level === 'document' ? DOCUMENT_KEYS : level === 'statement' ? STATEMENT_KEYS : []
  const first = known.filter((key) => keys.includes(key))
  // Code-unit order, not localeCompare: the output must not depend on the runner's locale.
  const rest = keys.filter((key) => !known.includes(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return [...first, ...rest]
}

export interface DiffOptions {
  /** Unchanged lines shown around each change (default 3; Infinity shows the whole text). */
  context?: number
  /** When either label is given, the diff starts with `--- before` / `+++ after` header lines. */
  beforeLabel?: string
  afterLabel?: string
}

/**
 * A unified diff of two texts, line by line, in the format of `diff -u` / git: `@@ -a,b +c,d @@`
 * hunk headers (",1" omitted, start 0 for an empty side), then ' ', '-' and '+' lines, each line
 * ending in a newline. '' when no line differs. A final newline does not count as a line.
 */
export function unifiedDiff(before: string, after: string, options: DiffOptions = {}): string {
  const context = options.context ?? 3
  if (!(context >= 0)) throw new RangeError('context must be zero or more lines')
  const { hunks } = structuredPatch('', '', withFinalNewline(before), withFinalNewline(after), '', '', {
    context: Math.floor(context)
  })
  if (hunks.length === 0) return ''

  const output: string[] = []
  if (options.beforeLabel !== undefined || options.afterLabel !== undefined) {
    output.push(`--- ${options.beforeLabel ?? 'before'}`, `+++ ${options.afterLabel ?? 'after'}`)
  }
  for (const hunk of hunks) {
    output.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`)
    output.push(...hunk.lines)
  }
  return output.join('\n') + '\n'
}

/** Without this, a text that only lacks its final newline would differ in its last line. */
function withFinalNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`
}

/**
 * `start,count` as diff writes it: ",1" omitted, and for an empty range the line before it, where
 * jsdiff's hunks give the line after.
 */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`
  return count === 1 ? `${start}` : `${start},${count}`
}
