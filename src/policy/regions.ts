/**
 * Splits a variable's domain into the regions no language tells apart, with one witness string per
 * region: any two values of a region belong to the same languages, so every condition answers them
 * alike. Finite automata from `refa` (intersection, complement, emptiness) do the work; the module
 * is its own chunk, loaded with the code that plans (see docs/architecture.md for the cost).
 */
const { DFA, JS, NFA, visitAst } = await import('refa')

type Automaton = InstanceType<typeof DFA>

/**
 * Characters are UTF-16 units. Where every character a policy names is ASCII, all others are
 * alike to every language, and 0x80 stands for them: a far smaller alphabet.
 */
const ASCII_AND_ONE_MORE = 0x80
const UTF16 = 0xffff
const STANDS_FOR_OTHERS = 'é'
/** Readable witnesses: these characters first, in this order, when a region allows them. */
const PREFERRED = 'x0sabcdefghijklmnopqrtuvwyz123456789'

/** More regions than this on one variable: the decision is refused (fail closed) rather than slow. */
export const MAX_REGIONS = 256

export class TooManyRegionsError extends Error {
  override name = 'TooManyRegionsError'
}

const compiled = new Map<string, Automaton>()
const COMPILED_LIMIT = 4096

/** The automaton of a regex source (no anchors: a language matches whole strings). */
function automaton(source: string, maxCharacter: number): Automaton {
  const key = `${maxCharacter} ${source}`
  const cached = compiled.get(key)
  if (cached !== undefined) return cached
  const { expression } = JS.Parser.fromLiteral({ source, flags: '' }).parse()
  // Every class of the UTF-16 parse onto the smaller alphabet; the code 0x80 keeps what lies beyond.
  visitAst(expression, {
    onCharacterClassEnter(node) {
      node.characters = node.characters.resize(maxCharacter)
    }
  })
  const dfa = DFA.fromFA(NFA.fromRegex(expression, { maxCharacter }))
  dfa.minimize()
  if (compiled.size >= COMPILED_LIMIT) compiled.clear()
  compiled.set(key, dfa)
  return dfa
}

function complementOf(source: string, maxCharacter: number): Automaton {
  const key = `${maxCharacter} complement ${source}`
  const cached = compiled.get(key)
  if (cached !== undefined) return cached
  const dfa = automaton(source, maxCharacter).copy()
  dfa.complement()
  compiled.set(key, dfa)
  return dfa
}

/** The alphabet: ASCII and one more unless a source names a character beyond ASCII (escaped as \\uXXXX). */
function alphabetOf(sources: readonly string[]): number {
  const beyondAscii = sources.some((source) =>
    [...source.matchAll(/\\u([0-9a-f]{4})/g)].some((match) => parseInt(match[1] ?? '0', 16) > 0x7f)
  )
  return beyondAscii ? UTF16 : ASCII_AND_ONE_MORE
}

function intersection(left: Automaton, right: Automaton): Automaton {
  const dfa = DFA.fromIntersection(left, right)
  dfa.minimize()
  return dfa
}

/** A shortest word of a non-empty automaton (breadth first), of readable characters where it can. */
function witnessOf(dfa: Automaton, maxCharacter: number): string {
  type Node = Automaton['initial']
  const reachedBy = new Map<Node, { from: Node; char: string } | null>([[dfa.initial, null]])
  const queue: Node[] = [dfa.initial]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (dfa.finals.has(next)) return wordTo(next, reachedBy)
    for (const [range, to] of readableFirst(next.out)) {
      if (reachedBy.has(to)) continue
      reachedBy.set(to, { from: next, char: charOf(range, maxCharacter) })
      queue.push(to)
    }
  }
  throw new Error('witnessOf needs a non-empty automaton')
}

/** Transitions over a readable character first, so that witnesses read as names where they can. */
function readableFirst<T>(
  out: Iterable<[{ min: number; max: number }, T]>
): Array<[{ min: number; max: number }, T]> {
  const readable = (range: { min: number; max: number }): boolean =>
    [...PREFERRED].some((char) => range.min <= char.charCodeAt(0) && char.charCodeAt(0) <= range.max)
  const entries = [...out]
  return [...entries.filter(([range]) => readable(range)), ...entries.filter(([range]) => !readable(range))]
}

function wordTo<Node>(node: Node, reachedBy: Map<Node, { from: Node; char: string } | null>): string {
  const chars: string[] = []
  for (let step = reachedBy.get(node); step !== undefined && step !== null; step = reachedBy.get(step.from)) {
    chars.unshift(step.char)
  }
  return chars.join('')
}

function charOf(range: { min: number; max: number }, maxCharacter: number): string {
  const preferred = [...PREFERRED].find((char) => {
    const code = char.charCodeAt(0)
    return range.min <= code && code <= range.max
  })
  if (preferred !== undefined) return preferred
  return maxCharacter === ASCII_AND_ONE_MORE && range.min === ASCII_AND_ONE_MORE
    ? STANDS_FOR_OTHERS
    : String.fromCharCode(range.min)
}

/** Regions by domain and languages so far: policies share most of their languages. */
const splits = new Map<string, Automaton[]>()
const witnesses = new Map<string, string[]>()
const SPLITS_LIMIT = 8192

/**
 * One witness per non-empty Boolean combination of `languages` within `domain` (regex sources).
 * Throws TooManyRegionsError past MAX_REGIONS.
 */
export function regionWitnesses(domain: string, languages: Iterable<string>): string[] {
  // A canonical order, so that two policies with the same languages share every step.
  const sources = [...new Set(languages)].sort()
  const maxCharacter = alphabetOf([domain, ...sources])
  let key = `${maxCharacter} ${domain}`
  let regions = splits.get(key) ?? [automaton(domain, maxCharacter)]
  for (const language of sources) {
    key += `\n${language}`
    const known = splits.get(key)
    regions = known ?? split(regions, language, maxCharacter)
    if (known === undefined) {
      if (splits.size >= SPLITS_LIMIT) splits.clear()
      splits.set(key, regions)
    }
  }
  const known = witnesses.get(key)
  if (known !== undefined) return known
  const found = regions.map((region) => witnessOf(region, maxCharacter))
  if (witnesses.size >= SPLITS_LIMIT) witnesses.clear()
  witnesses.set(key, found)
  return found
}

function split(regions: readonly Automaton[], language: string, maxCharacter: number): Automaton[] {
  const inside = automaton(language, maxCharacter)
  const outside = complementOf(language, maxCharacter)
  const parts = regions.flatMap((region) =>
    [intersection(region, inside), intersection(region, outside)].filter((part) => !part.isEmpty)
  )
  if (parts.length > MAX_REGIONS) throw new TooManyRegionsError(`more than ${MAX_REGIONS} regions`)
  return parts
}
