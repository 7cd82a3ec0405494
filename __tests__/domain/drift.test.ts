import { describe, expect, it } from '@jest/globals'
import type { RoleTarget } from '../../src/domain/contact-centers.js'
import { detectDrift, stagedRotation, type DriftOptions } from '../../src/domain/drift.js'
import { fingerprint } from '../../src/domain/external-id.js'
import type { CurrentRole } from '../../src/domain/plan.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { TAG_APPLIED_AT, TAG_FINGERPRINT } from '../../src/domain/tags.js'

const SF_ROOT = 'arn:aws:iam::793525387755:root'
const ID = 'scv-current-Id_7f3a9c2e'
const OLD = 'scv-previous-Id_0b1c2d3e'
const OTHER = 'scv-unknown-Id_99887766'
const NOW = new Date('2025-06-01T00:00:00.000Z')
const DAY = 86_400_000

const target: RoleTarget = {
  logicalRole: 'SCVS3Role',
  callCenter: 'Acme',
  roleName: 'Acme-SCVS3Role',
  arn: 'arn:aws:iam::123456789012:role/Acme-SCVS3Role'
}
const sfStatement = (condition?: PolicyStatement['Condition']): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: SF_ROOT },
  Action: 'sts:AssumeRole',
  ...(condition === undefined ? {} : { Condition: condition })
})
const requires = (ids: string | string[], operator = 'StringEquals') => ({
  [operator]: { 'sts:ExternalId': ids }
})
const serviceStatement: PolicyStatement = {
  Effect: 'Allow',
  Principal: { Service: 'connect.amazonaws.com' },
  Action: 'sts:AssumeRole'
}
const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements
})
const freshTags = {
  [TAG_FINGERPRINT]: fingerprint(ID),
  [TAG_APPLIED_AT]: new Date(NOW.getTime() - DAY).toISOString()
}
const role = (document: PolicyDocument | null, tags: Record<string, string> = freshTags): CurrentRole => ({
  target,
  document,
  tags
})

const options: DriftOptions = {
  externalIds: { kind: 'single', id: ID },
  rotation: 'replace',
  scope: { salesforceAccountIds: ['793525387755'] },
  maxAgeSeconds: 90 * 86_400,
  now: NOW
}
const drift = (current: CurrentRole, overrides: Partial<DriftOptions> = {}) =>
  detectDrift([current], { ...options, ...overrides })
const kindsAndDetails = (current: CurrentRole, overrides: Partial<DriftOptions> = {}) =>
  drift(current, overrides).map(({ kind, detail }) => [kind, detail])

describe('detectDrift', () => {
  it('finds nothing when every Salesforce statement requires exactly the ID and it is young enough', () => {
    expect(drift(role(doc(serviceStatement, sfStatement(requires(ID)))))).toEqual([])
  })

  it('accepts the ID as a one-element list', () => {
    expect(drift(role(doc(sfStatement(requires([ID])))))).toEqual([])
  })

  it('leftover-canary when the temporary statement of an interrupted verify: assume run is still there', () => {
    const canary: PolicyStatement = {
      Sid: 'ScvExternalIdCanary',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:role/automation' },
      Action: 'sts:AssumeRole',
      Condition: requires(OTHER)
    }
    expect(kindsAndDetails(role(doc(sfStatement(requires(ID)), canary)))).toEqual([
      [
        'leftover-canary',
        'the temporary statement ScvExternalIdCanary of an interrupted verify: assume run is still there: an apply removes it.'
      ]
    ])
    // Beside other drift, and never naming the canary's ID.
    const both = drift(role(doc(sfStatement(), canary))).map((finding) => finding.kind)
    expect(both).toEqual(['leftover-canary', 'missing-condition'])
  })

  it('missing-role when the role does not exist', () => {
    expect(drift(role(null))).toEqual([
      { role: target, kind: 'missing-role', detail: 'Acme-SCVS3Role does not exist.' }
    ])
  })

  it('missing-condition when no statement trusts Salesforce any more', () => {
    expect(kindsAndDetails(role(doc(serviceStatement)))).toEqual([
      ['missing-condition', 'No statement trusts the Salesforce account any more.']
    ])
  })

  it('missing-condition when a Salesforce statement has no sts:ExternalId condition', () => {
    expect(kindsAndDetails(role(doc(sfStatement())))).toEqual([
      [
        'missing-condition',
        '1 of 1 Salesforce statements have no sts:ExternalId condition: any caller in the Salesforce account can assume the role.'
      ]
    ])
  })

  it('missing-condition counts the open statements among several', () => {
    const findings = drift(role(doc(sfStatement(requires(ID)), sfStatement())))
    expect(findings.map((finding) => finding.kind)).toEqual(['missing-condition'])
    expect(findings[0]?.detail).toMatch(/^1 of 2 Salesforce statements/)
  })

  it('different-id when a statement requires another ID, naming both fingerprints', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires(OLD)))))).toEqual([
      ['different-id', `requires ${fingerprint(OLD)} instead of ${fingerprint(ID)}.`]
    ])
  })

  it('different-id lists each other ID once', () => {
    const findings = drift(role(doc(sfStatement(requires([OLD, OTHER])), sfStatement(requires(OLD)))))
    expect(findings.map(({ kind, detail }) => [kind, detail])).toEqual([
      ['different-id', `requires ${fingerprint(OLD)}, ${fingerprint(OTHER)} instead of ${fingerprint(ID)}.`]
    ])
  })

  it('different-id when the ID is required under another operator than StringEquals', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires(ID, 'StringLike')))))).toEqual([
      ['different-id', 'the condition uses StringLike instead of StringEquals.']
    ])
  })

  it('extra-ids when the roles accept the ID and others beside it, naming the ID to keep', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires([ID, OLD])))))).toEqual([
      [
        'extra-ids',
        `also accepts ${fingerprint(OLD)}: to finish the rotation, keep only ${fingerprint(ID)}: apply with rotation: replace and this ID (while Salesforce still switches, check with rotation: overlap).`
      ]
    ])
  })

  it("extra-ids run with the old secret: the hint keeps the staged ID, not the run's", () => {
    const staged = { [TAG_FINGERPRINT]: fingerprint(ID), [TAG_APPLIED_AT]: freshTags[TAG_APPLIED_AT] }
    const [finding] = drift(role(doc(sfStatement(requires([ID, OLD]))), staged), {
      externalIds: { kind: 'single', id: OLD }
    })
    expect(finding?.kind).toBe('extra-ids')
    expect(finding?.detail).toContain(`also accepts ${fingerprint(ID)}`)
    expect(finding?.detail).toContain(`To finish the rotation, keep ${fingerprint(ID)}`)
    expect(finding?.detail).toContain("a replace with this run's ID would drop it")
  })

  it('too-old without the applied-at tag', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires(ID))), {}))).toEqual([
      ['too-old', 'no valid scv-external-id:applied-at tag: the age of the ID is unknown.']
    ])
  })

  it('too-old with a tag that is not a date', () => {
    const findings = drift(role(doc(sfStatement(requires(ID))), { [TAG_APPLIED_AT]: 'last spring' }))
    expect(findings.map((finding) => finding.kind)).toEqual(['too-old'])
  })

  it('too-old with a tag older than max-age, in days', () => {
    const tags = { [TAG_APPLIED_AT]: new Date(NOW.getTime() - 100 * DAY).toISOString() }
    expect(kindsAndDetails(role(doc(sfStatement(requires(ID))), tags))).toEqual([
      ['too-old', 'the ID was applied 100 days ago, longer than max-age: rotate it.']
    ])
  })

  it('not too old at exactly max-age', () => {
    const tags = { [TAG_APPLIED_AT]: new Date(NOW.getTime() - 90 * DAY).toISOString() }
    expect(drift(role(doc(sfStatement(requires(ID))), tags))).toEqual([])
  })

  it('does not check the age without max-age', () => {
    expect(drift(role(doc(sfStatement(requires(ID))), {}), { maxAgeSeconds: null })).toEqual([])
  })

  it('reports several kinds for one role and the roles in order', () => {
    const second: CurrentRole = { ...role(null), target: { ...target, roleName: 'Other' } }
    const findings = detectDrift([role(doc(sfStatement(), sfStatement(requires(OLD))), {}), second], options)
    expect(findings.map((finding) => [finding.role.roleName, finding.kind])).toEqual([
      ['Acme-SCVS3Role', 'missing-condition'],
      ['Acme-SCVS3Role', 'different-id'],
      ['Acme-SCVS3Role', 'too-old'],
      ['Other', 'missing-role']
    ])
  })

  it('with rotation overlap, a stage (the ID plus earlier ones) is no drift while young enough', () => {
    expect(drift(role(doc(sfStatement(requires([ID, OLD])))), { rotation: 'overlap' })).toEqual([])
  })

  it('with rotation overlap, a stage older than max-age is drift that names the ID to keep', () => {
    const tags = { ...freshTags, [TAG_APPLIED_AT]: new Date(NOW.getTime() - 100 * DAY).toISOString() }
    expect(
      kindsAndDetails(role(doc(sfStatement(requires([ID, OLD]))), tags), { rotation: 'overlap' })
    ).toEqual([
      [
        'too-old',
        `the rotation was staged 100 days ago, longer than max-age: to finish the rotation, keep only ${fingerprint(ID)}: apply with rotation: replace and this ID (while Salesforce still switches, check with rotation: overlap).`
      ]
    ])
  })

  it('with rotation overlap, a role without the new ID is drift', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires([OLD])))), { rotation: 'overlap' })).toEqual([
      ['different-id', `requires ${fingerprint(OLD)} instead of ${fingerprint(ID)}.`]
    ])
  })

  it('never puts a raw ID in a detail', () => {
    const roles = [
      role(doc(sfStatement(requires(OLD)))),
      role(doc(sfStatement(requires([ID, OLD, OTHER])))),
      role(doc(sfStatement(requires([OTHER], 'StringLike')), sfStatement())),
      role(doc(sfStatement(requires(ID))), {})
    ]
    const details = detectDrift(roles, options).map((finding) => finding.detail)
    expect(details.length).toBeGreaterThanOrEqual(5)
    for (const detail of details) {
      for (const id of [ID, OLD, OTHER]) expect(detail).not.toContain(id)
    }
    expect(details.join('\n')).toMatch(/sha256:[0-9a-f]{12}/)
  })
})

describe('detectDrift with one ID per Salesforce org', () => {
  const orgs: Partial<DriftOptions> = {
    externalIds: {
      kind: 'orgs',
      orgs: [
        { label: 'prod', id: ID },
        { label: 'sandbox', id: OTHER }
      ]
    },
    maxAgeSeconds: null
  }

  it('finds nothing when every statement accepts exactly the set, in any order', () => {
    expect(drift(role(doc(sfStatement(requires([OTHER, ID])))), orgs)).toEqual([])
  })

  it('names the org whose ID is missing, by label and fingerprint', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires(ID)))), orgs)).toEqual([
      ['different-id', `does not accept sandbox ${fingerprint(OTHER)}.`]
    ])
  })

  it('names every missing org once across statements', () => {
    const current = role(doc(sfStatement(requires(OLD)), sfStatement(requires([ID, OLD]))))
    expect(kindsAndDetails(current, orgs)).toEqual([
      ['different-id', `does not accept prod ${fingerprint(ID)}, sandbox ${fingerprint(OTHER)}.`]
    ])
  })

  it('reports an ID outside the set by fingerprint', () => {
    expect(kindsAndDetails(role(doc(sfStatement(requires([ID, OTHER, OLD])))), orgs)).toEqual([
      [
        'extra-ids',
        `also accepts ${fingerprint(OLD)}: to finish the rotation, keep only prod ${fingerprint(ID)}, sandbox ${fingerprint(OTHER)}: apply with rotation: replace and this ID (while Salesforce still switches, check with rotation: overlap).`
      ]
    ])
  })
})

describe('stagedRotation', () => {
  const overlap = { ...options, rotation: 'overlap' as const }
  it('is null when the roles accept only the ID', () => {
    expect(stagedRotation([role(doc(sfStatement(requires(ID))))], overlap)).toBeNull()
  })

  it('names the earliest stage time, the ID to keep and the others', () => {
    const later = { ...freshTags, [TAG_APPLIED_AT]: NOW.toISOString() }
    const stage = stagedRotation(
      [role(doc(sfStatement(requires([ID, OLD]))), later), role(doc(sfStatement(requires([ID, OLD]))))],
      overlap
    )
    expect(stage).toEqual({
      since: new Date(freshTags[TAG_APPLIED_AT]),
      keep: fingerprint(ID),
      others: [fingerprint(OLD)]
    })
  })

  it('keeps the last applied ID (tag) when the run has the old one', () => {
    const stage = stagedRotation([role(doc(sfStatement(requires([ID, OLD]))))], {
      ...overlap,
      externalIds: { kind: 'single', id: OLD }
    })
    expect(stage).toMatchObject({ keep: fingerprint(ID), others: [fingerprint(OLD)] })
  })

  it('ignores a role that lacks the ID (that is drift)', () => {
    expect(stagedRotation([role(doc(sfStatement(requires([OLD, OTHER]))))], overlap)).toBeNull()
  })
})
