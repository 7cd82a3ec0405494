import { describe, expect, it } from '@jest/globals'
import { LabelledLinesError, labelledValuesToMask, parseLabelledLines } from '../../src/domain/labelled.js'

const SECRET = 'Q7-very-secret_value=9'

describe('parseLabelledLines', () => {
  it('reads LABEL: value lines, skipping blank lines and # comments, trimming values', () => {
    expect(parseLabelledLines(`# orgs\n\nprod: ${SECRET}\r\n  dev.2_x-y:   a: b  \n`)).toEqual([
      { label: 'prod', value: SECRET },
      { label: 'dev.2_x-y', value: 'a: b' }
    ])
  })

  it('accepts a label of 40 characters and none of 41', () => {
    expect(parseLabelledLines(`${'L'.repeat(40)}: v`)).toEqual([{ label: 'L'.repeat(40), value: 'v' }])
    expect(() => parseLabelledLines(`${'L'.repeat(41)}: v`)).toThrow(LabelledLinesError)
  })

  it('is empty for an empty text', () => {
    expect(parseLabelledLines('')).toEqual([])
  })

  it.each([
    ['no separator', `prod=${SECRET}`, "line 1 is not 'LABEL: value'"],
    ['a colon without a space', `prod:${SECRET}`, "line 1 is not 'LABEL: value'"],
    ['an empty label', `: ${SECRET}`, 'line 1: the label must be'],
    ['a label with a space', `my org: ${SECRET}`, 'line 1: the label must be'],
    ['a label with a slash', `a/b: ${SECRET}`, 'line 1: the label must be'],
    ['no value', `x: ${SECRET}\nprod: `, "line 2 (label prod) has no value after ': '"],
    ['a label twice', `prod: ${SECRET}\n\nprod: other`, 'line 3: the label prod is given twice']
  ])('refuses %s without echoing the value', (_title, text, message) => {
    let error: unknown
    try {
      parseLabelledLines(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(LabelledLinesError)
    expect((error as Error).message).toContain(message)
    expect((error as Error).message).not.toContain(SECRET)
    expect((error as Error).message).not.toContain('Q7')
  })
})

describe('labelledValuesToMask', () => {
  it('returns the value part of every line, or the whole line where there is no separator', () => {
    expect(labelledValuesToMask(`prod: ${SECRET}\n# c\n\n${SECRET}2\nbad label:  ${SECRET}3 \nx: `)).toEqual([
      SECRET,
      `${SECRET}2`,
      `${SECRET}3`
    ])
  })
})
