import { describe, expect, it } from '@jest/globals'
import { installLogSink, log } from '../../src/report/log.js'

describe('log', () => {
  it('keeps the lines written before a sink is installed, and hands them over in order', () => {
    log.info('first')
    log.debug('second')
    const lines: string[] = []
    installLogSink({
      info: (line) => lines.push(`info ${line}`),
      debug: (line) => lines.push(`debug ${line}`)
    })
    log.info('third')
    expect(lines).toEqual(['info first', 'debug second', 'info third'])
  })

  it('writes to the sink installed last only', () => {
    const before: string[] = []
    const after: string[] = []
    installLogSink({ info: (line) => before.push(line), debug: () => undefined })
    installLogSink({ info: (line) => after.push(line), debug: () => undefined })
    log.info('line')
    expect([before, after]).toEqual([[], ['line']])
  })
})
