import { describe, expect, it } from '@jest/globals'
import { stablePolicyJson, unifiedDiff } from '../../src/report/diff.js'
import type { PolicyDocument } from '../../src/policy/document.js'

describe('stablePolicyJson', () => {
  it('orders document, statement and nested keys the same way whatever order AWS returned', () => {
    const doc = {
      Statement: [
        {
          Condition: { StringLike: { 'aws:b': 'x' }, StringEquals: { 'sts:ExternalId': 'id', 'aws:a': 'y' } },
          Action: 'sts:AssumeRole',
          Principal: {
            Service: 'connect.amazonaws.com',
            AWS: ['arn:aws:iam::1:root', 'arn:aws:iam::2:root']
          },
          Zeta: true,
          Effect: 'Allow',
          Sid: 'Salesforce'
        }
      ],
      Extra: 1,
      Version: '2012-10-17'
    } as PolicyDocument

    expect(stablePolicyJson(doc)).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Sid": "Salesforce",',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "AWS": [',
        '          "arn:aws:iam::1:root",',
        '          "arn:aws:iam::2:root"',
        '        ],',
        '        "Service": "connect.amazonaws.com"',
        '      },',
        '      "Action": "sts:AssumeRole",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "aws:a": "y",',
        '          "sts:ExternalId": "id"',
        '        },',
        '        "StringLike": {',
        '          "aws:b": "x"',
        '        }',
        '      },',
        '      "Zeta": true',
        '    }',
        '  ],',
        '  "Extra": 1',
        '}'
      ].join('\n')
    )
  })

  it('puts Id between Version and Statement and keeps a single statement an object', () => {
    const doc: PolicyDocument = {
      Statement: { Effect: 'Deny', NotAction: [] },
      Id: 'trust',
      Version: '2012-10-17'
    }
    expect(stablePolicyJson(doc)).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Id": "trust",',
        '  "Statement": {',
        '    "Effect": "Deny",',
        '    "NotAction": []',
        '  }',
        '}'
      ].join('\n')
    )
  })

  it('applies the statement order only to statements, not to nested objects with the same keys', () => {
    const doc = { Statement: [], Version: '1', Metadata: { Version: 'b', Effect: 'a' } } as PolicyDocument
    expect(stablePolicyJson(doc)).toBe(
      '{\n  "Version": "1",\n  "Statement": [],\n  "Metadata": {\n    "Effect": "a",\n    "Version": "b"\n  }\n}'
    )
  })

  it('gives the same text for documents that differ only in key order', () => {
    const a = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }]
    } as PolicyDocument
    const b = {
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow' }],
      Version: '2012-10-17'
    } as PolicyDocument
    expect(stablePolicyJson(a)).toBe(stablePolicyJson(b))
  })

  it('is empty for no document', () => {
    expect(stablePolicyJson(null)).toBe('')
  })
})

const lines = (...items: string[]): string => items.join('\n') + '\n'

describe('unifiedDiff', () => {
  it('is empty when the texts are equal, or differ only in a final newline', () => {
    expect(unifiedDiff('a\nb\nc', 'a\nb\nc')).toBe('')
    expect(unifiedDiff('a\nb', 'a\nb\n')).toBe('')
    expect(unifiedDiff('', '')).toBe('')
  })

  it('marks no missing final newline when only one side lacks it', () => {
    expect(unifiedDiff('a\nb', lines('a', 'c'))).toBe(lines('@@ -1,2 +1,2 @@', ' a', '-b', '+c'))
    expect(unifiedDiff(lines('a', 'b'), 'a\nc')).not.toContain('No newline')
  })

  it('rounds a fractional context down', () => {
    const before = lines('1', '2', '3', '4', '5')
    const after = lines('1', '2', 'three', '4', '5')
    expect(unifiedDiff(before, after, { context: 1.9 })).toBe(unifiedDiff(before, after, { context: 1 }))
  })

  it('shows a change in the middle with the requested context', () => {
    const before = lines('1', '2', '3', '4', '5', '6', '7')
    const after = lines('1', '2', '3', 'four', '5', '6', '7')
    expect(unifiedDiff(before, after, { context: 1 })).toBe(
      lines('@@ -3,3 +3,3 @@', ' 3', '-4', '+four', ' 5')
    )
    expect(unifiedDiff(before, after)).toBe(
      lines('@@ -1,7 +1,7 @@', ' 1', ' 2', ' 3', '-4', '+four', ' 5', ' 6', ' 7')
    )
  })

  it('omits the count of a one-line range and uses the line before for an empty one', () => {
    expect(unifiedDiff(lines('a', 'b', 'c'), lines('a', 'x', 'c'), { context: 0 })).toBe(
      lines('@@ -2 +2 @@', '-b', '+x')
    )
    expect(unifiedDiff(lines('a', 'b'), lines('a', 'new', 'b'), { context: 0 })).toBe(
      lines('@@ -1,0 +2 @@', '+new')
    )
  })

  it('splits changes further apart than twice the context into separate hunks', () => {
    const before = lines('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')
    const after = lines('A', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'I')
    expect(unifiedDiff(before, after, { context: 2 })).toBe(
      lines('@@ -1,3 +1,3 @@', '-a', '+A', ' b', ' c', '@@ -7,3 +7,3 @@', ' g', ' h', '-i', '+I')
    )
  })

  it('joins changes separated by at most twice the context into one hunk', () => {
    const before = lines('a', 'b', 'c', 'd', 'e', 'f')
    const after = lines('A', 'b', 'c', 'd', 'e', 'F')
    expect(unifiedDiff(before, after, { context: 2 })).toBe(
      lines('@@ -1,6 +1,6 @@', '-a', '+A', ' b', ' c', ' d', ' e', '-f', '+F')
    )
  })

  it('handles additions at the start and at the end', () => {
    expect(unifiedDiff(lines('b', 'c', 'd', 'e'), lines('a', 'b', 'c', 'd', 'e'), { context: 1 })).toBe(
      lines('@@ -1 +1,2 @@', '+a', ' b')
    )
    expect(unifiedDiff(lines('a', 'b', 'c', 'd'), lines('a', 'b', 'c', 'd', 'e', 'f'), { context: 1 })).toBe(
      lines('@@ -4 +4,3 @@', ' d', '+e', '+f')
    )
  })

  it('diffs against an empty text as a whole-file addition or removal', () => {
    expect(unifiedDiff('', lines('a', 'b'))).toBe(lines('@@ -0,0 +1,2 @@', '+a', '+b'))
    expect(unifiedDiff(lines('a', 'b'), '')).toBe(lines('@@ -1,2 +0,0 @@', '-a', '-b'))
  })

  it('keeps common lines between changes and lists removals before additions', () => {
    const before = lines('{', '  "a": 1,', '  "b": 2', '}')
    const after = lines('{', '  "a": 1,', '  "b": 3,', '  "c": 4', '}')
    expect(unifiedDiff(before, after)).toBe(
      lines('@@ -1,4 +1,5 @@', ' {', '   "a": 1,', '-  "b": 2', '+  "b": 3,', '+  "c": 4', ' }')
    )
  })

  it('finds the lines kept between several interleaved changes', () => {
    const before = lines('a', 'b', 'c', 'd', 'e')
    const after = lines('b', 'x', 'c', 'e', 'y')
    expect(unifiedDiff(before, after, { context: 0 })).toBe(
      lines('@@ -1 +0,0 @@', '-a', '@@ -2,0 +2 @@', '+x', '@@ -4 +3,0 @@', '-d', '@@ -5,0 +5 @@', '+y')
    )
  })

  it('writes file headers only when labels are given', () => {
    expect(unifiedDiff('a', 'b', { beforeLabel: 'current', afterLabel: 'planned' })).toBe(
      lines('--- current', '+++ planned', '@@ -1 +1 @@', '-a', '+b')
    )
    expect(unifiedDiff('a', 'b')).toBe(lines('@@ -1 +1 @@', '-a', '+b'))
  })

  it('shows the whole text as context when asked for infinite context', () => {
    const before = lines(...Array.from({ length: 20 }, (_, i) => `line ${i}`))
    const after = before.replace('line 10', 'line ten')
    const diff = unifiedDiff(before, after, { context: Number.POSITIVE_INFINITY })
    expect(diff.startsWith('@@ -1,20 +1,20 @@\n line 0\n')).toBe(true)
    expect(diff.endsWith(' line 19\n')).toBe(true)
  })

  it('rejects a negative context', () => {
    expect(() => unifiedDiff('a', 'b', { context: -1 })).toThrow(RangeError)
  })
})
