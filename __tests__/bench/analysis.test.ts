import { describe, expect, it } from '@jest/globals'
import type { RequestLogEntry } from '../../emulator/aws/server.js'
import {
  floorMs,
  minimumCalls,
  minimumProductionRoundTrips,
  minimumRoundTrips,
  productionFloorMs,
  sequentialRoundTrips
} from '../../bench/critical-path.js'
import { phaseOf, timeline } from '../../bench/phases.js'
import { formatTable } from '../../bench/table.js'

describe('critical path', () => {
  it('needs GetCallerIdentity and five calls per role that changes: read, write, read-back, tag, read-back', () => {
    expect(minimumCalls(4)).toBe(21)
    expect(minimumCalls(52)).toBe(261)
    // the audit's ListRoles: one page per 100 roles of the account
    expect(minimumCalls(4, 4)).toBe(22)
    expect(minimumCalls(52, 250)).toBe(264)
  })

  it('takes six round trips without a concurrency limit, whatever the number of roles', () => {
    expect(minimumRoundTrips(4)).toBe(6)
    expect(minimumRoundTrips(52)).toBe(6)
  })

  it('takes ceil(N/C) waves per sequential step under a concurrency limit', () => {
    expect(minimumRoundTrips(4, 8)).toBe(6)
    expect(minimumRoundTrips(8, 8)).toBe(6)
    expect(minimumRoundTrips(9, 8)).toBe(11)
    expect(minimumRoundTrips(52, 8)).toBe(36)
  })

  it('puts the round trips at the fixed latency on top of a bare node start', () => {
    expect(floorMs(25, 22, 50)).toBe(1125)
  })
})

describe('production path floor', () => {
  it('puts the OIDC token before AssumeRoleWithWebIdentity and the waves', () => {
    // The token, then AssumeRoleWithWebIdentity and five steps per wave of 8 roles.
    expect(minimumProductionRoundTrips(4, 8)).toBe(7)
    expect(minimumProductionRoundTrips(52, 8)).toBe(37)
    expect(minimumProductionRoundTrips(52)).toBe(7)
  })

  it('adds one handshake, the token host’s, to the bare start and the round trips', () => {
    const network = { latencyMs: 50, handshakeMs: 30, concurrency: 8 }
    expect(productionFloorMs(40, 4, network)).toBe(40 + 7 * 50 + 30)
    expect(productionFloorMs(40, 52, network)).toBe(40 + 37 * 50 + 30)
    // Without a bound every role fits one wave.
    expect(productionFloorMs(0, 52, { latencyMs: 10, handshakeMs: 0 })).toBe(70)
  })
})

describe('sequential round trips', () => {
  const at = (start: number, end: number) => ({ start, end })

  it('counts requests in flight together once', () => {
    expect(sequentialRoundTrips([at(0, 50), at(50, 100), at(50, 100), at(51, 101), at(101, 151)])).toBe(3)
  })

  it('counts a tag write that overlaps the policy write as no extra round trip, and one that waits for it as one', () => {
    const read = [at(0, 50), at(50, 100)]
    const overlapped = [...read, at(100, 150), at(100, 150), at(150, 200)]
    const after = [...read, at(100, 150), at(150, 200), at(200, 250)]

    expect(sequentialRoundTrips(overlapped)).toBe(4)
    expect(sequentialRoundTrips(after)).toBe(5)
  })

  it('counts the waves of a bounded pool', () => {
    const waves = [0, 1, 2].flatMap((wave) => [at(wave * 50, wave * 50 + 50), at(wave * 50, wave * 50 + 50)])
    expect(sequentialRoundTrips(waves)).toBe(3)
    expect(sequentialRoundTrips([])).toBe(0)
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
  it("names a role's GetRoles before its write read and re-read, after it read-back; a throttled retry keeps its phase", () => {
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

  it('names the GetRole right after a write its read-back when the write uses the first read', () => {
    const log = [
      entry('GetRole', 'B', 0, 1),
      entry('UpdateAssumeRolePolicy', 'B', 1, 2),
      entry('TagRole', 'B', 1, 2),
      entry('GetRole', 'B', 2, 3)
    ]
    expect(phaseOf(log)).toEqual(['read', 'write', 'tag', 'read-back'])
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
