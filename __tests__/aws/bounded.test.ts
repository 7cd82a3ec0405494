import { describe, expect, it } from '@jest/globals'
import { mapBounded, mapSettledBounded } from '../../src/aws/bounded.js'

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Tasks that wait a few event-loop turns and record how many run at the same time. */
function measuredTask(turns: (item: number) => number = (item) => (item * 7) % 5) {
  let inFlight = 0
  let maxInFlight = 0
  const started: number[] = []
  const task = async (item: number, index: number): Promise<string> => {
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    started.push(index)
    for (let turn = 0; turn < turns(item); turn += 1) await tick()
    inFlight -= 1
    return `r${item}`
  }
  return { task, started, maxInFlight: () => maxInFlight, inFlight: () => inFlight }
}

const items = Array.from({ length: 20 }, (_, index) => index)

describe('mapBounded', () => {
  it('keeps the order of the items whatever order the tasks finish in', async () => {
    const { task } = measuredTask((item) => 20 - item)
    await expect(mapBounded(items, 4, task)).resolves.toEqual(items.map((item) => `r${item}`))
  })

  it.each([1, 3, 8])('never has more than %i tasks in flight, and uses them all', async (limit) => {
    const measured = measuredTask()
    await mapBounded(items, limit, measured.task)
    expect(measured.maxInFlight()).toBe(limit)
    expect(measured.started).toHaveLength(items.length)
  })

  it('runs at most as many tasks as there are items', async () => {
    const measured = measuredTask()
    await mapBounded([1, 2], 8, measured.task)
    expect(measured.maxInFlight()).toBe(2)
  })

  it('treats a limit under 1 as 1', async () => {
    const measured = measuredTask()
    await expect(mapBounded([1, 2, 3], 0, measured.task)).resolves.toEqual(['r1', 'r2', 'r3'])
    expect(measured.maxInFlight()).toBe(1)
  })

  it('gives an empty list for no items', async () => {
    await expect(mapBounded([], 4, async () => 'never')).resolves.toEqual([])
  })

  it('passes each item with its index', async () => {
    const seen: Array<[string, number]> = []
    await mapBounded(['a', 'b', 'c'], 2, async (item, index) => {
      seen.push([item, index])
    })
    expect(seen.sort()).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2]
    ])
  })

  it('lets every task settle before rethrowing the first failure in item order', async () => {
    const finished: number[] = []
    const first = new Error('item 3')
    const second = new Error('item 7')
    const task = async (item: number): Promise<number> => {
      // item 7 fails before item 3 in time; item order decides which error is rethrown
      for (let turn = 0; turn < (item === 3 ? 6 : 1); turn += 1) await tick()
      finished.push(item)
      if (item === 3) throw first
      if (item === 7) throw second
      return item
    }
    await expect(mapBounded(items, 4, task)).rejects.toBe(first)
    expect([...finished].sort((a, b) => a - b)).toEqual(items)
  })

  it('does not reject before the tasks still in flight have finished', async () => {
    let running = 0
    const task = async (item: number): Promise<void> => {
      running += 1
      try {
        if (item === 0) throw new Error('fails at once')
        for (let turn = 0; turn < 5; turn += 1) await tick()
      } finally {
        running -= 1
      }
    }
    await expect(mapBounded([0, 1, 2, 3], 4, task)).rejects.toThrow('fails at once')
    expect(running).toBe(0)
  })
})

describe('mapSettledBounded', () => {
  it('returns every outcome in item order', async () => {
    const failure = new Error('two')
    const results = await mapSettledBounded([1, 2, 3], 2, async (item) => {
      if (item === 2) throw failure
      return item * 10
    })
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: failure },
      { status: 'fulfilled', value: 30 }
    ])
  })

  it('keeps the limit while tasks fail', async () => {
    const measured = measuredTask()
    const results = await mapSettledBounded(items, 3, async (item, index) => {
      const value = await measured.task(item, index)
      if (item % 4 === 0) throw new Error(value)
      return value
    })
    expect(measured.maxInFlight()).toBe(3)
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(5)
  })
})
