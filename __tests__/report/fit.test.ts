import { describe, expect, it } from '@jest/globals'
import { fitToLimit, type Fittable, type Layout } from '../../src/report/fit.js'

/** A report of `rows` table rows and one section per diff; its text says what it kept. */
function report(diffs: string[], rows: number): Fittable {
  return {
    diffs,
    rows,
    compose: (layout: Layout) =>
      [
        'TITLE',
        ...Array.from({ length: layout.rows }, (_, row) => `row ${row}`),
        ...diffs.slice(0, layout.sections).map((diff, index) => {
          const kept = layout.diffLengths[index] ?? 0
          return `section ${index}\n${diff.slice(0, kept)}${kept < diff.length ? `\n(${diff.length - kept} cut)` : ''}`
        }),
        'FOOTER'
      ].join('\n'),
    fallback: (limit) => 'TITLE FOOTER'.slice(0, limit)
  }
}

const diffOf = (lines: number, width: number, seed: number) =>
  Array.from({ length: lines }, (_, line) =>
    String.fromCharCode(97 + ((seed + line) % 26)).repeat(width)
  ).join('\n')
const kept = (body: string, what: 'row' | 'section') =>
  body.match(new RegExp(`^${what} \\d+$`, 'gm'))?.length ?? 0

const many = report(
  Array.from({ length: 9 }, (_, index) => diffOf(30 + index * 7, 50, index)),
  30
)
const samples = [
  report([diffOf(40, 60, 1), diffOf(5, 30, 2), diffOf(120, 40, 3)], 12),
  report([], 50),
  report([diffOf(200, 80, 4)], 0),
  many
]

describe('fitToLimit', () => {
  it('keeps everything when it fits', () => {
    for (const sample of samples) {
      const full = sample.compose({
        diffLengths: sample.diffs.map((diff) => diff.length),
        sections: sample.diffs.length,
        rows: sample.rows
      })
      expect(fitToLimit(sample, full.length)).toBe(full)
    }
  })

  it('never exceeds the limit, however small', () => {
    for (const sample of samples) {
      for (let limit = 0; limit <= 30_000; limit += limit < 200 ? 7 : 997) {
        expect(fitToLimit(sample, limit).length).toBeLessThanOrEqual(limit)
      }
    }
  })

  it('keeps no fewer rows or sections for a larger limit', () => {
    for (const sample of samples) {
      let previous = { rows: 0, sections: 0 }
      for (let limit = 0; limit <= 30_000; limit += 499) {
        const body = fitToLimit(sample, limit)
        const now = { rows: kept(body, 'row'), sections: kept(body, 'section') }
        expect(now.rows).toBeGreaterThanOrEqual(previous.rows)
        expect(now.sections).toBeGreaterThanOrEqual(previous.sections)
        previous = now
      }
    }
  })

  it('gives up the details of the last sections before any row, and the rows before the title', () => {
    const body = fitToLimit(many, 290)
    expect(kept(body, 'row')).toBe(30)
    expect(kept(body, 'section')).toBeGreaterThan(0)
    expect(kept(body, 'section')).toBeLessThan(9)
    expect(body).not.toMatch(/^[a-z]{50}$/m)
    const tiny = fitToLimit(many, 150)
    expect(tiny).toMatch(/^TITLE\n/)
    expect(kept(tiny, 'section')).toBe(0)
    expect(kept(tiny, 'row')).toBeLessThan(30)
  })
})
