import { describe, expect, it } from '@jest/globals'
import type { RequestLogEntry } from '../../emulator/aws/server.js'
import { criticalPathMs, criticalRoundTrips, minimumCalls } from '../../bench/critical-path.js'
import { phaseOf, timeline } from '../../bench/phases.js'
import { formatTable } from '../../bench/table.js'

describe('critical path', () => {
  it('needs GetCallerIdentity and five calls per role that all change', () => {
    expect(minimumCalls(4)).toBe(21)
    expect(minimumCalls(52)).toBe(261)
  })

  it('takes six round trips without a concurrency limit, whatever the number of roles', () => {
    expect(criticalRoundTrips(4)).toBe(6)
    expect(criticalRoundTrips(52)).toBe(6)
  })

  it('takes ceil(N/C) waves per phase under a concurrency limit', () => {
    expect(criticalRoundTrips(4, 8)).toBe(6)
    expect(criticalRoundTrips(8, 8)).toBe(6)
    expect(criticalRoundTrips(9, 8)).toBe(11)
    expect(criticalRoundTrips(52, 8)).toBe(36)
  })

  it('adds process start to the round trips at the fixed latency', () => {
    expect(criticalPathMs(36, 50, 300)).toBe(2100)
  })
})

const entry = (
  action: string,
  roleName: string | null,
  start: number,
  end: number,
  status = 200
): RequestLogEntry => ({
  action,
  roleName,
  start,
  end,
  status,
  service: action === 'GetCallerIdentity' ? 'sts' : 'iam',
  principal: null,
  errorCode: status === 200 ? null : 'Throttling'
})

describe('phases', () => {
  it("names a role's GetRoles read, re-read and read-back, keeping a throttled retry in its phase", () => {
    const log = [
      entry('GetCallerIdentity', null, 0, 1),
      entry('GetRole', 'A', 1, 2),
      entry('GetRole', 'A', 2, 3, 400),
      entry('GetRole', 'A', 3, 4),
      entry('UpdateAssumeRolePolicy', 'A', 4, 5),
      entry('GetRole', 'A', 5, 6),
      entry('GetRole', 'A', 6, 7),
      entry('TagRole', 'A', 7, 8)
    ]
    expect(phaseOf(log)).toEqual([
      'caller identity',
      'read',
      're-read',
      're-read',
      'write',
      'read-back',
      'read-back',
      'tag'
    ])
  })

  it('times each phase after spawn, with its concurrency, the gaps and the tail', () => {
    const spawnedAt = 1000
    const log = [
      entry('GetRole', 'B', 1160, 1210),
      entry('GetCallerIdentity', null, 1100, 1150),
      entry('GetRole', 'A', 1160, 1200),
      entry('GetRole', 'C', 1200, 1250)
    ]
    const result = timeline(log, spawnedAt, 1300)
    expect(result.toFirstRequest).toBe(100)
    expect(result.afterLastAnswer).toBe(50)
    expect(result.phases).toEqual([
      { phase: 'caller identity', calls: 1, firstStart: 100, lastEnd: 150, maxInFlight: 1, gapBefore: 100 },
      { phase: 'read', calls: 3, firstStart: 160, lastEnd: 250, maxInFlight: 2, gapBefore: 10 }
    ])
  })
})

describe('table', () => {
  it('aligns every column and marks unmet targets', () => {
    const text = formatTable([
      { measurement: 'short', value: '1', target: '<= 1.5', met: true },
      { measurement: 'a longer one', value: '1234', target: '', met: null },
      { measurement: 'ratio', value: '2.00', target: '<= 1.5', met: false }
    ])
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^measurement +value +target +met$/)
    expect(lines[1]).toMatch(/^-+$/)
    // Values are right-aligned: each ends where the header's "value" ends.
    const valueEnd = (lines[0] as string).indexOf('value') + 'value'.length
    expect(lines.slice(2).map((line) => line.slice(0, valueEnd))).toEqual([
      'short             1',
      'a longer one   1234',
      'ratio          2.00'
    ])
    expect(lines.slice(2).map((line) => line.slice(valueEnd))).toEqual(['  <= 1.5  yes', '', '  <= 1.5  NO'])
  })
})
