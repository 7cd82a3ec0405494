import {
  externalIdProblem,
  fingerprintMismatch,
  isFingerprint,
  type OrgExternalId
} from '../../domain/external-id.js'
import { labelledValuesToMask, LabelledLinesError, parseLabelledLines } from '../../domain/labelled.js'
import type { ExpectedFingerprint, ExternalIdInput, Mode } from '../../domain/settings.js'
import { InputError } from './input-error.js'
import { runnerInput, type InputReader } from './read.js'

/**
 * The external IDs as given (external-id trimmed, each value of external-ids), to mask before
 * anything is logged, even when the inputs are refused.
 */
export function givenExternalIds(read: InputReader = runnerInput): string[] {
  const externalId = read('external-id').trim()
  return [...(externalId === '' ? [] : [externalId]), ...labelledValuesToMask(read('external-ids'))]
}

/** The three ways to give the ID exclude each other; every mode but disable needs one. */
export function externalIdInput(
  mode: Mode,
  given: string,
  generate: boolean,
  orgsText: string
): ExternalIdInput {
  if (given !== '') {
    const problem = externalIdProblem(given)
    if (problem) throw new InputError('external-id', `the external ID ${problem}.`)
  }
  const orgs = orgsText === '' ? null : orgExternalIds(orgsText)
  if (orgs !== null && (given !== '' || generate)) {
    throw new InputError(
      'external-ids',
      `cannot be combined with ${given !== '' ? 'external-id' : 'generate-external-id'}: give one ID (external-id), one per Salesforce org (external-ids), or ask for a new one (generate-external-id).`
    )
  }
  if (given !== '' && generate) {
    throw new InputError(
      'generate-external-id',
      "cannot be 'true' together with external-id: give the Salesforce-generated ID or ask for a new one, not both."
    )
  }
  if (generate && (mode === 'check' || mode === 'disable')) {
    throw new InputError('generate-external-id', `'true' applies to mode plan or apply, not '${mode}'.`)
  }
  if (orgs !== null) return { kind: 'orgs', orgs }
  if (given !== '') return { kind: 'given', id: given }
  if (generate) return { kind: 'generate' }
  if (mode !== 'disable') {
    // check compares the roles with existing IDs: suggesting a generated one would be refused.
    const generateHint = mode === 'check' ? '' : ', or set generate-external-id: true for a new one'
    throw new InputError(
      'external-id',
      `mode '${mode}' needs the external ID: pass it from a secret (external-id: \${{ secrets.SCV_EXTERNAL_ID }}) or one per Salesforce org in external-ids${generateHint}.`
    )
  }
  return { kind: 'none' }
}

/** `LABEL: ID` per line; each ID valid, no ID given for two orgs. Messages name labels, never IDs. */
function orgExternalIds(text: string): OrgExternalId[] {
  let entries
  try {
    entries = parseLabelledLines(text)
  } catch (error) {
    if (error instanceof LabelledLinesError) {
      throw new InputError('external-ids', `${error.message} Write one 'LABEL: ID' per line.`)
    }
    throw error
  }
  if (entries.length === 0) throw new InputError('external-ids', "give at least one 'LABEL: ID' line.")
  const orgs: OrgExternalId[] = []
  for (const { label, value } of entries) {
    const problem = externalIdProblem(value)
    if (problem) throw new InputError('external-ids', `the external ID of ${label} ${problem}.`)
    const twin = orgs.find((org) => org.id === value)
    if (twin) {
      throw new InputError(
        'external-ids',
        `${twin.label} and ${label} have the same external ID: each Salesforce org has its own.`
      )
    }
    orgs.push({ label, id: value })
  }
  return orgs
}

/**
 * Pins the ID(s) a reviewer approved, and stops a run whose secret holds another: before any AWS
 * call. One fingerprint with external-id, one `LABEL: fingerprint` per org with external-ids.
 */
export function expectedFingerprintInput(
  value: string,
  mode: Mode,
  externalId: ExternalIdInput
): ExpectedFingerprint | null {
  if (value === '') return null
  if (mode === 'disable') {
    throw new InputError(
      'expected-fingerprint',
      "applies to the modes that use an ID (plan, apply, check), not 'disable'."
    )
  }
  switch (externalId.kind) {
    case 'generate':
      throw new InputError(
        'expected-fingerprint',
        'cannot be used with generate-external-id: a generated ID is new on every run, so no reviewer can approve it beforehand.'
      )
    case 'none':
      return null
    case 'given': {
      const expected = singleFingerprint(value)
      const mismatch = fingerprintMismatch(externalId.id, expected)
      if (mismatch !== null) throw new InputError('expected-fingerprint', mismatchMessage([mismatch]))
      return { kind: 'single', fingerprint: expected }
    }
    case 'orgs': {
      const byLabel = labelledFingerprints(value, externalId.orgs)
      const mismatches = externalId.orgs.flatMap((org) => {
        const mismatch = fingerprintMismatch(org.id, byLabel[org.label] ?? '')
        return mismatch === null ? [] : [`${org.label}: ${mismatch}`]
      })
      if (mismatches.length > 0) throw new InputError('expected-fingerprint', mismatchMessage(mismatches))
      return { kind: 'orgs', byLabel }
    }
  }
}

function mismatchMessage(mismatches: string[]): string {
  return `${mismatches.join('; ')}. Nothing was read or changed. If the secret was rotated on purpose, change expected-fingerprint in the workflow through a reviewed pull request.`
}

function singleFingerprint(value: string): string {
  if (!isFingerprint(value)) {
    throw new InputError(
      'expected-fingerprint',
      `'${value}' is not a fingerprint: give sha256: and 12 hex digits, as the external-id-fingerprint output and the plan comment show it (one 'LABEL: sha256:…' per line only with external-ids).`
    )
  }
  return value.toLowerCase()
}

/** `LABEL: sha256:…` per line, exactly the labels of external-ids. */
function labelledFingerprints(text: string, orgs: readonly OrgExternalId[]): Record<string, string> {
  let entries
  try {
    entries = parseLabelledLines(text)
  } catch (error) {
    if (error instanceof LabelledLinesError) {
      throw new InputError(
        'expected-fingerprint',
        `${error.message} With external-ids, write one 'LABEL: sha256:…' per org.`
      )
    }
    throw error
  }
  const byLabel: Record<string, string> = {}
  for (const { label, value } of entries) {
    if (!orgs.some((org) => org.label === label)) {
      throw new InputError(
        'expected-fingerprint',
        `${label} is not a label of external-ids (${orgs.map((org) => org.label).join(', ')}).`
      )
    }
    if (!isFingerprint(value)) {
      throw new InputError(
        'expected-fingerprint',
        `the value of ${label} is not a fingerprint: give sha256: and 12 hex digits.`
      )
    }
    byLabel[label] = value.toLowerCase()
  }
  const missing = orgs.filter((org) => byLabel[org.label] === undefined).map((org) => org.label)
  if (missing.length > 0) {
    throw new InputError(
      'expected-fingerprint',
      `no fingerprint for ${missing.join(', ')}: give one line per org.`
    )
  }
  return byLabel
}
