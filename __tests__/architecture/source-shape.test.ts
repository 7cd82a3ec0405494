import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import {
  casts,
  functionLengths,
  importCycles,
  importedSpecifiers,
  importGraph,
  SOURCE_ROOT,
  sourceFiles
} from '../../scripts/source-shape.js'

const specifiersOf = (code: string) =>
  importedSpecifiers(ts.createSourceFile('probe.ts', code, ts.ScriptTarget.Latest, true))

describe('imports of src/', () => {
  it('form no circle, type-only and dynamic imports included', () => {
    expect(importCycles(importGraph())).toEqual([])
  })
})

describe('casts in src/', () => {
  it('are at most five (`as const` asserts nothing and is not counted)', () => {
    const found = casts().map(({ file, line, text }) => `${file}:${line} ${text}`)
    expect(found.length <= 5 ? [] : found).toEqual([])
  })
})

describe('functions in src/', () => {
  it('are at most 50 lines long', () => {
    const tooLong = functionLengths()
      .filter(({ lines }) => lines > 50)
      .map(({ file, name, lines }) => `${file} ${name}: ${lines} lines`)
    expect(tooLong).toEqual([])
  })
})

describe('tests of src/', () => {
  it('mirror every file over 100 lines: __tests__/<layer>/<file>.test.ts, or a folder of that name', () => {
    const unmirrored = sourceFiles()
      .map((file) => ({
        file: relative(SOURCE_ROOT, file),
        lines: readFileSync(file, 'utf8').split('\n').length
      }))
      .filter(({ file, lines }) => lines > 100 && !file.endsWith('.d.ts'))
      .map(({ file }) => file.replace(/\.ts$/, ''))
      .filter((base) => !existsSync(`__tests__/${base}.test.ts`) && !existsSync(`__tests__/${base}`))
    expect(unmirrored).toEqual([])
  })
})

describe('importedSpecifiers', () => {
  it('sees every form of import', () => {
    const code = [
      "import { a } from './a.js'",
      "import type { B } from './b.js'",
      "export { c } from './c.js'",
      "export type * from './d.js'",
      "const e = await import('./e.js')",
      "let f: import('./f.js').F",
      "import './g.js'"
    ].join('\n')
    expect(specifiersOf(code).sort()).toEqual([
      './a.js',
      './b.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
      './g.js'
    ])
  })
})

describe('importCycles', () => {
  const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges))

  it('finds each circle once, however long, and a module importing itself', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['e'], f: ['d'] })
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']])
  })

  it('finds none in a graph that only shares leaves', () => {
    expect(importCycles(graphOf({ a: ['c'], b: ['c'], c: [] }))).toEqual([])
  })
})
