import { describe, expect, it } from '@jest/globals'
import { inFormOf, singleOrList } from '../../src/policy/single-or-list.js'

describe('singleOrList', () => {
  it.each([
    [[], []],
    [['a'], 'a'],
    [
      ['a', 'b'],
      ['a', 'b']
    ]
  ])('writes %j as %j', (items, written) => {
    expect(singleOrList(items)).toEqual(written)
  })
})

describe('inFormOf', () => {
  it.each([
    ['a list as a list', ['x'], ['a'], ['a']],
    ['an emptied list as an empty list', ['x', 'y'], [], []],
    ['a single value as its first item', 'x', ['a', 'b'], 'a'],
    ['a single value with nothing left as undefined', 'x', [], undefined]
  ])('keeps %s', (_name, like, items, written) => {
    expect(inFormOf<string>(like, items)).toEqual(written)
  })
})
