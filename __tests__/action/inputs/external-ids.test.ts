import { describe, expect, it } from '@jest/globals'
import {
  expectedFingerprintInput,
  externalIdInput,
  givenExternalIds
} from '../../../src/action/inputs/external-ids.js'
import { fingerprint } from '../../../src/domain/external-id.js'
import type { ExternalIdInput } from '../../../src/domain/settings.js'

const ID = 'scvQ7-Distinctive_ExtId=9@zx'
const OTHER = 'scvQ7-Other_ExtId=8@zx'

describe('externalIdInput', () => {
  it.each([
    ['plan', ID, false, '', { kind: 'given', id: ID }],
    ['apply', '', true, '', { kind: 'generate' }],
    [
      'check',
      '',
      false,
      `prod: ${ID}\nsandbox: ${OTHER}`,
      {
        kind: 'orgs',
        orgs: [
          { label: 'prod', id: ID },
          { label: 'sandbox', id: OTHER }
        ]
      }
    ],
    ['disable', '', false, '', { kind: 'none' }]
  ] as const)('in mode %s reads the one way the ID was given', (mode, given, generate, orgs, expected) => {
    expect(externalIdInput(mode, given, generate, orgs)).toEqual(expected)
  })

  it.each([
    ['plan', ID, true, '', "Input 'generate-external-id': cannot be 'true' together with external-id"],
    ['plan', ID, false, `prod: ${OTHER}`, "Input 'external-ids': cannot be combined with external-id"],
    [
      'check',
      '',
      true,
      '',
      "Input 'generate-external-id': 'true' applies to mode plan or apply, not 'check'."
    ],
    ['apply', '', false, '', "Input 'external-id': mode 'apply' needs the external ID"],
    ['plan', '', false, `a: ${ID}\nb: ${ID}`, 'a and b have the same external ID']
  ] as const)('in mode %s refuses a wrong combination', (mode, given, generate, orgs, message) => {
    const parse = () => externalIdInput(mode, given, generate, orgs)
    expect(parse).toThrow(message)
    expect(() => parse()).not.toThrow(ID)
  })
})

describe('expectedFingerprintInput', () => {
  it('pins one fingerprint (lower case) for one ID and one per label for several', () => {
    const single = fingerprint(ID)
    expect(
      expectedFingerprintInput(single.toUpperCase().replace('SHA256', 'sha256'), 'plan', {
        kind: 'given',
        id: ID
      })
    ).toEqual({
      kind: 'single',
      fingerprint: single
    })
    const orgs: ExternalIdInput = { kind: 'orgs', orgs: [{ label: 'prod', id: ID }] }
    expect(expectedFingerprintInput(`prod: ${single}`, 'check', orgs)).toEqual({
      kind: 'orgs',
      byLabel: { prod: single }
    })
    expect(expectedFingerprintInput('', 'plan', { kind: 'given', id: ID })).toBeNull()
  })

  it('refuses a fingerprint of another ID without quoting either ID', () => {
    const parse = () => expectedFingerprintInput(fingerprint(OTHER), 'apply', { kind: 'given', id: ID })
    expect(parse).toThrow('Nothing was read or changed.')
    expect(parse).not.toThrow(ID)
  })

  it('refuses a pin that no reviewer could have approved', () => {
    expect(() => expectedFingerprintInput(fingerprint(ID), 'plan', { kind: 'generate' })).toThrow(
      'cannot be used with generate-external-id'
    )
    expect(() => expectedFingerprintInput(fingerprint(ID), 'disable', { kind: 'none' })).toThrow(
      "applies to the modes that use an ID (plan, apply, check), not 'disable'."
    )
  })
})

describe('givenExternalIds', () => {
  it('lists the trimmed external-id and every value of external-ids, for masking', () => {
    const inputs: Record<string, string> = { 'external-id': ` ${ID} `, 'external-ids': `prod: ${OTHER}` }
    expect(givenExternalIds((name) => inputs[name] ?? '')).toEqual([ID, OTHER])
  })
})
