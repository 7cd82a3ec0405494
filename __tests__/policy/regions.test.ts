import { describe, expect, it } from '@jest/globals'
import { glob, literal, STRING_DOMAIN } from '../../src/policy/languages.js'
import { MAX_REGIONS, regionWitnesses, TooManyRegionsError } from '../../src/policy/regions.js'

/** Languages match whole strings: the sources carry no anchors. */
const matches = (source: string, text: string) => new RegExp(`^(?:${source})$`).test(text)
/** Which of the languages a witness belongs to: its region. */
const regionOf = (languages: string[], text: string) =>
  languages.map((source) => matches(source, text)).join()

describe('regionWitnesses', () => {
  it('gives one witness of the domain when no language cuts it', () => {
    const [only, ...rest] = regionWitnesses(literal('abc'), [])
    expect(rest).toEqual([])
    expect(only).toBe('abc')
  })

  it('gives one witness per non-empty combination of the languages, each in its own region', () => {
    const languages = [glob('a*'), literal('ab'), glob('*b')]
    const witnesses = regionWitnesses(STRING_DOMAIN, languages)
    const regions = witnesses.map((witness) => regionOf(languages, witness))
    expect(new Set(regions).size).toBe(witnesses.length)
    // a* and *b: both, either, neither; ab lies inside both.
    expect(witnesses).toHaveLength(5)
    expect(witnesses).toContain('ab')
    for (const witness of witnesses) expect(matches(STRING_DOMAIN, witness)).toBe(true)
  })

  it('keeps the witnesses inside the domain', () => {
    const domain = glob('arn:aws:iam::*')
    for (const witness of regionWitnesses(domain, [glob('*:role/*')])) {
      expect(matches(domain, witness)).toBe(true)
    }
  })

  it('answers the same whatever the order or repetition of the languages', () => {
    const languages = [glob('x*'), literal('xy'), glob('*y')]
    const forward = regionWitnesses(STRING_DOMAIN, languages)
    expect(regionWitnesses(STRING_DOMAIN, [...languages].reverse())).toEqual(forward)
    expect(regionWitnesses(STRING_DOMAIN, [...languages, ...languages])).toEqual(forward)
  })

  it('finds a witness beyond ASCII when a language names one', () => {
    const named = regionWitnesses(STRING_DOMAIN, [literal('é')])
    expect(named).toContain('é')
    expect(named).toHaveLength(2)
  })

  it(`refuses more than ${MAX_REGIONS} regions rather than grow slow`, () => {
    // Nine independent languages (character i is "x") cut the strings into 2^9 regions.
    const languages = Array.from({ length: 9 }, (_, index) => `[\\s\\S]{${index}}x[\\s\\S]*`)
    expect(() => regionWitnesses(STRING_DOMAIN, languages)).toThrow(TooManyRegionsError)
  })
})
