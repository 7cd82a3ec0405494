import { describe, expect, it } from '@jest/globals'
import { fingerprint } from '../../src/domain/external-id.js'
import type { PolicyDocument } from '../../src/policy/document.js'
import { createRedactor, maskExternalIdConditions, redactionToken } from '../../src/report/redact.js'

const ID = 'Xk4pQ9-vR2_mN7sLw8ZtY3bH6cJ1dF5gA0eK2uV9iO4'
const SLASHED = 'acme/voice:2024@prod+a=b,c'

describe('redactionToken', () => {
  it('carries the fingerprint of the ID', () => {
    expect(redactionToken(ID)).toBe(`<external-id ${fingerprint(ID)}>`)
    expect(redactionToken(ID)).toMatch(/^<external-id sha256:[0-9a-f]{12}>$/)
  })
})

describe('createRedactor', () => {
  it('replaces every occurrence of a secret with its token', () => {
    const redact = createRedactor([ID])
    expect(redact(`first ${ID} then ${ID}.`)).toBe(`first ${redactionToken(ID)} then ${redactionToken(ID)}.`)
  })

  it('masks an ID that contains another ID as itself, not as the shorter one', () => {
    const short = 'abc123'
    const long = `${short}-extended`
    const redact = createRedactor([short, long])
    expect(redact(`${long} and ${short}`)).toBe(`${redactionToken(long)} and ${redactionToken(short)}`)
  })

  it('ignores secrets shorter than two characters and returns text unchanged without secrets', () => {
    expect(createRedactor(['a', ''])('a banana')).toBe('a banana')
    expect(createRedactor([])('anything')).toBe('anything')
  })

  it('treats characters with a meaning in regular expressions literally', () => {
    const redact = createRedactor(['a.b+c'])
    expect(redact('axb+c a.bbc a.b+c')).toBe(`axb+c a.bbc ${redactionToken('a.b+c')}`)
  })

  it('finds the secret JSON-escaped', () => {
    const redact = createRedactor([SLASHED])
    const escapedSlash = JSON.stringify({ id: SLASHED }).replace(/\//g, '\\/')
    expect(escapedSlash).toContain('acme\\/voice')
    expect(redact(escapedSlash)).toBe(`{"id":"${redactionToken(SLASHED)}"}`)
    expect(redact('"acme\\u002Fvoice:2024@prod+a=b,c"')).toBe(`"${redactionToken(SLASHED)}"`)
  })

  it('finds the secret URL-encoded, whatever the case of the hex digits', () => {
    const redact = createRedactor([SLASHED])
    const upper = encodeURIComponent(SLASHED)
    expect(upper).toBe('acme%2Fvoice%3A2024%40prod%2Ba%3Db%2Cc')
    expect(redact(`x=${upper}&y=1`)).toBe(`x=${redactionToken(SLASHED)}&y=1`)
    expect(redact('acme%2fvoice%3a2024%40prod%2ba%3db%2cc')).toBe(redactionToken(SLASHED))
  })

  it('finds the secret inside a URL-encoded policy document as GetRole returns it', () => {
    const policy = JSON.stringify({ Condition: { StringEquals: { 'sts:ExternalId': SLASHED } } })
    const redacted = createRedactor([SLASHED])(encodeURIComponent(policy))
    expect(redacted).toContain(redactionToken(SLASHED))
    expect(decodeURIComponent(redacted)).not.toContain(SLASHED)
  })

  it('leaves tokens already in the text alone, so redacting twice changes nothing', () => {
    // A secret made of hex digits could otherwise match inside the fingerprint of another token.
    const hexSecret = fingerprint(ID).slice(7, 11)
    const redact = createRedactor([ID, hexSecret])
    const once = redact(`${ID} ${hexSecret}`)
    expect(once).toBe(`${redactionToken(ID)} ${redactionToken(hexSecret)}`)
    expect(redact(once)).toBe(once)
  })

  it('does not match a different string that merely shares characters', () => {
    const redact = createRedactor([SLASHED])
    expect(redact('acme/voice:2024@prod+a=b,d')).toBe('acme/voice:2024@prod+a=b,d')
  })
})

describe('maskExternalIdConditions', () => {
  const doc: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::793525387755:root' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'sts:ExternalId': ['old-id', ID], 'aws:PrincipalAccount': '793525387755' }
        }
      },
      {
        Effect: 'Allow',
        Principal: { Service: 'connect.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringLike: { 'STS:EXTERNALID': 'other-id' } }
      }
    ]
  }

  it('replaces every sts:ExternalId value, whatever the case of the key, with its token', () => {
    const masked = maskExternalIdConditions(doc)
    expect(masked).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::793525387755:root' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: {
              'sts:ExternalId': [redactionToken('old-id'), redactionToken(ID)],
              'aws:PrincipalAccount': '793525387755'
            }
          }
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'connect.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringLike: { 'STS:EXTERNALID': redactionToken('other-id') } }
        }
      ]
    })
  })

  it('leaves the input untouched and handles a single statement and no document', () => {
    const single: PolicyDocument = {
      Statement: { Effect: 'Allow', Condition: { StringEquals: { 'sts:ExternalId': ID } } }
    }
    const before = JSON.stringify(single)
    expect(maskExternalIdConditions(single)).toEqual({
      Statement: { Effect: 'Allow', Condition: { StringEquals: { 'sts:ExternalId': redactionToken(ID) } } }
    })
    expect(JSON.stringify(single)).toBe(before)
    expect(maskExternalIdConditions(null)).toBeNull()
  })

  it('keeps a value that is already a token', () => {
    const tokenized: PolicyDocument = {
      Statement: [{ Effect: 'Allow', Condition: { StringEquals: { 'sts:ExternalId': redactionToken(ID) } } }]
    }
    expect(maskExternalIdConditions(tokenized)).toEqual(tokenized)
  })
})
