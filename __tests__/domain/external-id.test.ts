import { describe, expect, it } from '@jest/globals'
import {
  EXTERNAL_ID_MAX_LENGTH,
  EXTERNAL_ID_MIN_LENGTH,
  externalIdProblem,
  fingerprint,
  fingerprintMismatch,
  generateExternalId,
  isFingerprint
} from '../../src/domain/external-id.js'

const CHARSET = /^[\w+=,.@:/-]+$/

describe('externalIdProblem', () => {
  it('follows the AWS limits of 2 to 1224 characters', () => {
    expect([EXTERNAL_ID_MIN_LENGTH, EXTERNAL_ID_MAX_LENGTH]).toEqual([2, 1224])
  })

  it.each([2, 1224])('accepts %i characters', (length) => {
    expect(externalIdProblem('a'.repeat(length))).toBeNull()
  })

  it.each([0, 1, 1225])('rejects %i characters and says how many it got', (length) => {
    expect(externalIdProblem('a'.repeat(length))).toBe(`must be 2 to 1224 characters long (got ${length})`)
  })

  it.each(['_', '+', '=', ',', '.', '@', ':', '/', '-'])('accepts the special character %j', (char) => {
    expect(externalIdProblem(`id${char}x`)).toBeNull()
  })

  it('accepts letters and digits of both cases', () => {
    expect(externalIdProblem('AZaz09')).toBeNull()
  })

  it.each([
    ['a space', 'abc def'],
    ['#', 'abc#def'],
    ['non-ASCII', 'abcdéf'],
    ['a newline', 'abc\ndef'],
    ['a quote', 'abc"def'],
    ['a star', 'abc*'],
    ['a tab', 'abc\tdef']
  ])('rejects %s without echoing the value', (_what, value) => {
    const problem = externalIdProblem(value)
    expect(problem).toBe('may contain only letters, digits and the characters _+=,.@:/-')
  })

  it('never echoes the value in its message', () => {
    const secret = 'Secret-Value-123'
    for (const value of [`${secret}#`, secret.repeat(100), `${secret} `]) {
      expect(externalIdProblem(value)).not.toContain(secret)
    }
  })
})

describe('generateExternalId', () => {
  it('gives 43 base64url characters (256 bits, over the 128 needed) that AWS accepts', () => {
    const id = generateExternalId()
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(id).toMatch(CHARSET)
    expect(externalIdProblem(id)).toBeNull()
    // 6 bits per base64 character
    expect(id.length * 6).toBeGreaterThanOrEqual(128)
  })

  it('gives 1000 distinct IDs in 1000 generations', () => {
    const ids = new Set(Array.from({ length: 1000 }, generateExternalId))
    expect(ids.size).toBe(1000)
  })

  it('uses the whole base64url alphabet over many generations', () => {
    const seen = new Set(Array.from({ length: 200 }, generateExternalId).join(''))
    expect(seen.size).toBe(64)
  })
})

describe('fingerprint', () => {
  it('is sha256: and the first 12 hex digits of the SHA-256', () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2)
    expect(fingerprint('abc')).toBe('sha256:ba7816bf8f01')
  })

  it('hashes the UTF-8 bytes of the ID, not Latin-1', () => {
    // SHA-256 of c3 a9 (UTF-8 "é") = 4a99557e4033...; of e9 (Latin-1) = de2e331d891a...
    expect(fingerprint('é')).toBe('sha256:4a99557e4033')
  })

  it('has a fixed format and differs between IDs', () => {
    const a = fingerprint(generateExternalId())
    const b = fingerprint(generateExternalId())
    expect(a).toMatch(/^sha256:[0-9a-f]{12}$/)
    expect(b).toMatch(/^sha256:[0-9a-f]{12}$/)
    expect(a).not.toBe(b)
  })

  it('is stable and does not contain the ID', () => {
    const id = 'scv-external-id-1234'
    expect(fingerprint(id)).toBe(fingerprint(id))
    expect(fingerprint(id)).not.toContain(id)
  })
})

describe('expected fingerprint', () => {
  it('accepts only sha256: and 12 hex digits, in any case', () => {
    expect(isFingerprint('sha256:0123456789ab')).toBe(true)
    expect(isFingerprint('SHA256:0123456789AB')).toBe(true)
    for (const bad of [
      'sha256:0123456789a',
      'sha256:0123456789abc',
      'sha1:0123456789ab',
      '0123456789ab',
      'sha256:012345678xyz'
    ])
      expect(isFingerprint(bad)).toBe(false)
  })

  it('names both fingerprints when the ID is not the approved one, and never the ID', () => {
    const id = 'the-secret-id-Zq1'
    expect(fingerprintMismatch(id, fingerprint(id))).toBeNull()
    expect(fingerprintMismatch(id, fingerprint(id).toUpperCase().replace('SHA256', 'sha256'))).toBeNull()
    const message = fingerprintMismatch(id, 'sha256:000000000000')
    expect(message).toBe(
      `the secret's ID has fingerprint ${fingerprint(id)}; the workflow expects sha256:000000000000`
    )
    expect(message).not.toContain(id)
  })
})
