import { describe, expect, it } from '@jest/globals'
import {
  accountList,
  booleanInput,
  durationInput,
  oneOf,
  optionalIntegerInput,
  splitList
} from '../../../src/action/inputs/primitives.js'

describe('primitive inputs', () => {
  it.each([
    [
      () => oneOf('mode', 'nope', ['plan', 'apply']),
      "Input 'mode': 'nope' is not supported. Accepted values: plan, apply."
    ],
    [() => oneOf('type', '', ['a'], true), "Input 'type': is required. Accepted values: a."],
    [
      () => booleanInput('flag', 'yes'),
      "Input 'flag': 'yes' is not a boolean. Accepted values: true, false."
    ],
    [() => optionalIntegerInput('n', '0', 1, 9), "Input 'n': '0' is not a whole number from 1 to 9."],
    [() => optionalIntegerInput('n', '1.5', 1, 9), "Input 'n': '1.5' is not a whole number from 1 to 9."],
    [
      () => durationInput('age', '0d'),
      "Input 'age': '0d' is not a duration. Use a number and a unit s, m, h, d or w, e.g. 90d."
    ],
    [
      () => durationInput('age', '5y'),
      "Input 'age': '5y' is not a duration. Use a number and a unit s, m, h, d or w, e.g. 90d."
    ],
    [
      () => durationInput('age', '3651d'),
      "Input 'age': '3651d' is longer than 10 years (3650d); use at most 3650d."
    ],
    [() => accountList('ids', '123456789012, 12'), "Input 'ids': '12' is not a 12-digit AWS account ID."]
  ])('refuses with a message naming the input (%#)', (parse, message) => {
    expect(parse).toThrow(message)
  })

  it('accepts what the messages promise', () => {
    expect(oneOf('mode', 'apply', ['plan', 'apply'])).toBe('apply')
    expect([booleanInput('f', 'TRUE'), booleanInput('f', 'False')]).toEqual([true, false])
    expect([optionalIntegerInput('n', '', 1, 9), optionalIntegerInput('n', '9', 1, 9)]).toEqual([null, 9])
    expect(['90s', '2m', '1h', '1d', '2w', '3650d', ''].map((value) => durationInput('age', value))).toEqual([
      90,
      120,
      3600,
      86400,
      1209600,
      3650 * 86400,
      null
    ])
    expect(splitList(' a,\nb ,, \n')).toEqual(['a', 'b'])
    expect(accountList('ids', '123456789012,123456789012\n210987654321')).toEqual([
      '123456789012',
      '210987654321'
    ])
  })
})
