/**
 * Text diffs of trust policies for reviewers: a stable pretty printer (so that key order in the
 * document AWS returns never shows up as a change) and a line-based unified diff.
 */
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
    return printObject(value as Record<string, unknown>, indent, level)
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

type LineKind = ' ' | '-' | '+'

interface DiffLine {
  kind: LineKind
  text: string
}

/**
 * A unified diff of two texts, line by line, in the format of `diff -u` / git: `@@ -a,b +c,d @@`
 * hunk headers (",1" omitted, start 0 for an empty side), then ' ', '-' and '+' lines, each line
 * ending in a newline. '' when no line differs. A final newline does not count as a line.
 */
export function unifiedDiff(before: string, after: string, options: DiffOptions = {}): string {
  const context = options.context ?? 3
  if (!(context >= 0)) throw new RangeError('context must be zero or more lines')
  const lines = diffLines(splitLines(before), splitLines(after))
  const hunks = hunkRanges(lines, Math.floor(context))
  if (hunks.length === 0) return ''

  const output: string[] = []
  if (options.beforeLabel !== undefined || options.afterLabel !== undefined) {
    output.push(`--- ${options.beforeLabel ?? 'before'}`, `+++ ${options.afterLabel ?? 'after'}`)
  }
  for (const hunk of hunks) output.push(...renderHunk(lines, hunk))
  return output.join('\n') + '\n'
}

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Common prefix and suffix first, so the quadratic part only sees the lines that changed. */
function diffLines(before: string[], after: string[]): DiffLine[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const same = (text: string): DiffLine => ({ kind: ' ', text })
  return [
    ...before.slice(0, start).map(same),
    ...changedLines(before.slice(start, endBefore), after.slice(start, endAfter)),
    ...before.slice(endBefore).map(same)
  ]
}

/** Beyond this many table cells a minimal diff costs more memory than it is worth. */
const MAX_LCS_CELLS = 4_000_000

/** Longest common subsequence; within a change, removed lines come before added ones. */
function changedLines(before: string[], after: string[]): DiffLine[] {
  const removed = (text: string): DiffLine => ({ kind: '-', text })
  const added = (text: string): DiffLine => ({ kind: '+', text })
  const rows = before.length
  const columns = after.length
  if (rows === 0 || columns === 0 || (rows + 1) * (columns + 1) > MAX_LCS_CELLS) {
    return [...before.map(removed), ...after.map(added)]
  }

  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const width = columns + 1
  const common = new Uint32Array((rows + 1) * width)
  const at = (i: number, j: number): number => common[i * width + j] ?? 0
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i * width + j] =
        before[i] === after[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
    }
  }

  const lines: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < rows && j < columns) {
    const line = before[i] as string
    if (line === after[j]) {
      lines.push({ kind: ' ', text: line })
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      lines.push(removed(line))
      i++
    } else {
      lines.push(added(after[j] as string))
      j++
    }
  }
  lines.push(...before.slice(i).map(removed), ...after.slice(j).map(added))
  return lines
}

/** Half-open index ranges into the diff lines; changes closer than 2 × context share a hunk. */
function hunkRanges(lines: DiffLine[], context: number): Array<{ from: number; to: number }> {
  const hunks: Array<{ from: number; to: number }> = []
  let lastChange = -1
  lines.forEach((line, index) => {
    if (line.kind === ' ') return
    const current = hunks[hunks.length - 1]
    if (current !== undefined && index - lastChange - 1 <= 2 * context) {
      current.to = Math.min(lines.length, index + context + 1)
    } else {
      hunks.push({ from: Math.max(0, index - context), to: Math.min(lines.length, index + context + 1) })
    }
    lastChange = index
  })
  return hunks
}

function renderHunk(lines: DiffLine[], hunk: { from: number; to: number }): string[] {
  const earlier = lines.slice(0, hunk.from)
  const body = lines.slice(hunk.from, hunk.to)
  const beforeStart = earlier.filter((line) => line.kind !== '+').length
  const afterStart = earlier.filter((line) => line.kind !== '-').length
  const beforeCount = body.filter((line) => line.kind !== '+').length
  const afterCount = body.filter((line) => line.kind !== '-').length
  const header = `@@ -${range(beforeStart, beforeCount)} +${range(afterStart, afterCount)} @@`
  return [header, ...body.map((line) => line.kind + line.text)]
}

/** `start,count` as diff writes it: the first line (1-based), or the line before when count is 0. */
function range(linesBefore: number, count: number): string {
  const start = count === 0 ? linesBefore : linesBefore + 1
  return count === 1 ? `${start}` : `${start},${count}`
}
