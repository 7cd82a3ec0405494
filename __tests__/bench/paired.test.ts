import { describe, expect, it } from '@jest/globals'
import { median, medianRatio, pairedRounds, rotatedOrder } from '../../bench/paired.js'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})

describe('rotatedOrder', () => {
  it('starts each round with the next subject, so each goes first equally often', () => {
    const subjects = ['bare', 'ours', 'theirs']
    const firsts = Array.from({ length: 15 }, (_, round) => rotatedOrder(subjects, round)[0])

    expect(rotatedOrder(subjects, 1)).toEqual(['ours', 'theirs', 'bare'])
    expect(rotatedOrder(subjects, 3)).toEqual(subjects)
    for (const subject of subjects) expect(firsts.filter((first) => first === subject)).toHaveLength(5)
  })
})

describe('medianRatio', () => {
  it('takes the median of the per-round ratios, which a slow round does not skew', () => {
    // Round 3 ran under load: both sides doubled; their ratio did not move.
    const ours = [90, 100, 200, 95, 105]
    const theirs = [150, 160, 320, 150, 170]
    expect(medianRatio(ours, theirs)).toBeCloseTo(0.625, 3)
  })

  it('refuses series of different lengths', () => {
    expect(() => medianRatio([1, 2], [1])).toThrow('paired series differ in length')
  })
})

describe('pairedRounds', () => {
  it('measures every subject once per round in the rotated order', async () => {
    const calls: string[] = []
    const results = await pairedRounds(['a', 'b'], 3, async (subject, round) => {
      calls.push(`${round}${subject}`)
      return round
    })

    expect(calls).toEqual(['0a', '0b', '1b', '1a', '2a', '2b'])
    expect(results.get('a')).toEqual([0, 1, 2])
    expect(results.get('b')).toEqual([0, 1, 2])
  })
})
