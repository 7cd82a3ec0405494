import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { INPUT_DEFAULTS, readInputs, runnerInput } from '../../../src/action/inputs/read.js'

interface ActionYml {
  inputs: Record<string, { default?: unknown; required?: boolean }>
}

const actionYml: ActionYml = parse(readFileSync('action.yml', 'utf8'))

describe('INPUT_DEFAULTS', () => {
  it("equals action.yml's inputs and their defaults ('' where action.yml has none)", () => {
    const declared = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([name, input]) => [name, String(input.default ?? '')])
    )
    expect(INPUT_DEFAULTS).toEqual(declared)
  })

  it('gives no default to a required input', () => {
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      if (input.required === true) expect([name, input.default]).toEqual([name, undefined])
    }
  })
})

describe('readInputs', () => {
  const reader =
    (inputs: Record<string, string>) =>
    (name: string): string =>
      inputs[name] ?? ''

  it('trims every input and falls back to its default when it is empty', () => {
    const raw = readInputs(reader({ mode: '  apply\n', rotation: '   ', 'external-id': ' id ' }))
    expect(raw.mode).toBe('apply')
    expect(raw.rotation).toBe('replace')
    expect(raw['external-id']).toBe('id')
    expect(raw['verify-timeout']).toBe('120')
  })

  it('keeps an expression default empty: the runner evaluated it, so empty was given on purpose', () => {
    expect(readInputs(reader({}))['github-token']).toBe('')
    expect(readInputs(reader({ 'github-token': 'ghs_x' }))['github-token']).toBe('ghs_x')
  })

  it('reads every input of the table once, and nothing else', () => {
    const asked: string[] = []
    readInputs((name) => {
      asked.push(name)
      return ''
    })
    expect(asked.sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
  })
})

describe('runnerInput', () => {
  it('reads INPUT_<NAME> with spaces as underscores, upper case', () => {
    expect(runnerInput('role arns', { INPUT_ROLE_ARNS: 'x' })).toBe('x')
    expect(runnerInput('mode', {})).toBe('')
  })
})
