/**
 * Splits a variable's domain into the regions no language tells apart, with one witness string per
 * region: any two values of a region belong to the same languages, so every condition answers them
 * alike. Finite automata from `refa` (intersection, complement, emptiness) do the work; the module
 * is its own chunk, loaded with the code that plans (see docs/architecture.md for the cost).
 */
const { DFA, JS, NFA } = await import('refa')

type Automaton = InstanceType<typeof DFA>

/** Characters are UTF-16 units: policy values may hold any of them. */
const MAX_CHARACTER = 0xffff
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
function automaton(source: string): Automaton {
  const cached = compiled.get(source)
  if (cached !== undefined) return cached
  const { expression } = JS.Parser.fromLiteral({ source, flags: '' }).parse()
  const dfa = DFA.fromFA(NFA.fromRegex(expression, { maxCharacter: MAX_CHARACTER }))
  dfa.minimize()
  if (compiled.size >= COMPILED_LIMIT) compiled.clear()
  compiled.set(source, dfa)
  return dfa
}

function complementOf(source: string): Automaton {
  const key = `complement:${source}`
  const cached = compiled.get(key)
  if (cached !== undefined) return cached
  const dfa = automaton(source).copy()
  dfa.complement()
  compiled.set(key, dfa)
  return dfa
}

function intersection(left: Automaton, right: Automaton): Automaton {
  const dfa = DFA.fromIntersection(left, right)
  dfa.minimize()
  return dfa
}

/** A shortest word of a non-empty automaton, built from readable characters where it can. */
function witnessOf(dfa: Automaton): string {
  for (const word of dfa.wordSets()) {
    return word
      .map((chars) => {
        const preferred = [...PREFERRED].find((char) => chars.has(char.charCodeAt(0)))
        const [first] = chars.ranges
        return preferred ?? String.fromCharCode(first === undefined ? 0 : first.min)
      })
      .join('')
  }
  throw new Error('witnessOf needs a non-empty automaton')
}

/**
 * One witness per non-empty Boolean combination of `languages` within `domain` (regex sources).
 * Throws TooManyRegionsError past MAX_REGIONS.
 */
export function regionWitnesses(domain: string, languages: Iterable<string>): string[] {
  let regions = [automaton(domain)]
  for (const language of new Set(languages)) {
    const inside = automaton(language)
    const outside = complementOf(language)
    regions = regions.flatMap((region) =>
      [intersection(region, inside), intersection(region, outside)].filter((part) => !part.isEmpty)
    )
    if (regions.length > MAX_REGIONS) throw new TooManyRegionsError(`more than ${MAX_REGIONS} regions`)
  }
  return regions.map(witnessOf)
}
