import { describe, expect, it } from '@jest/globals'
import { fingerprint } from '../../src/domain/external-id.js'
import type { DriftFinding } from '../../src/domain/plan-types.js'
import {
  driftIssueTitle,
  firstFoundOf,
  renderDriftIssue,
  renderInSyncComment,
  type DriftIssueFacts
} from '../../src/report/drift-issue.js'
import { carriesMarker, commentMarker, driftIssueMarker } from '../../src/report/marker.js'

const ID = 'drift-issue-secret-ID/with+chars'
const OLD_ID = 'drift-issue-old-ID'
const ACCOUNT = '111122223333'
const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`
const key = { accountId: ACCOUNT, contactCenterType: 'new-instance', callCenters: ['ContactCenterA'] }
const NOW = new Date('2026-12-08T06:17:00.000Z')

const finding = (roleName: string, kind: DriftFinding['kind'], detail: string): DriftFinding => ({
  role: { roleName, arn: arn(roleName) },
  kind,
  detail
})

const facts = (overrides: Partial<DriftIssueFacts> = {}): DriftIssueFacts => ({
  key,
  fingerprint: fingerprint(ID),
  maxAgeSeconds: 90 * 86_400,
  findings: [
    finding(
      'SCVProvisioningRole',
      'missing-condition',
      '1 of 1 Salesforce statements have no sts:ExternalId condition.'
    ),
    finding('ContactCenterA-SCVS3Role', 'too-old', 'the ID was applied 120 days ago, longer than max-age.')
  ],
  appliedAt: { [arn('ContactCenterA-SCVS3Role')]: new Date('2026-08-10T06:00:00Z') },
  firstFound: new Date('2026-12-01T06:17:05Z'),
  now: NOW,
  runUrl: 'https://github.com/my-org/scv-config/actions/runs/42',
  workflow: '.github/workflows/drift-check.yml',
  secrets: [ID, OLD_ID],
  ...overrides
})

describe('renderDriftIssue', () => {
  it('starts with the marker of the key, which is not the comment marker', () => {
    const { body } = renderDriftIssue(facts())
    expect(body.startsWith(`${driftIssueMarker(key)}\n`)).toBe(true)
    expect(carriesMarker(body, driftIssueMarker(key))).toBe(true)
    expect(carriesMarker(body, commentMarker(key))).toBe(false)
  })

  it('names the key in the title, and nothing of the ID', () => {
    const { title } = renderDriftIssue(facts())
    expect(title).toBe('SCV external ID drift: account 111122223333, new-instance, ContactCenterA')
  })

  it('says what drifts on which role, when its ID was applied and how old it is', () => {
    const { body } = renderDriftIssue(facts())
    expect(body).toContain('drift on 2 roles')
    expect(body).toContain(
      '| `ContactCenterA-SCVS3Role` | ID too old | 2026-08-10T06:00:00Z | 120 days | the ID was applied 120 days ago, longer than max-age. |'
    )
    expect(body).toContain('| `SCVProvisioningRole` | missing condition | unknown | — |')
  })

  it('gives the fingerprint to keep, max-age, and since when the drift is known', () => {
    const { body } = renderDriftIssue(facts())
    expect(body).toContain(`**External ID to keep:** \`${fingerprint(ID)}\``)
    expect(body).toContain('**`max-age`:** `90d`')
    expect(body).toContain('**Drift first found:** 2026-12-01T06:17:05Z; last checked 2026-12-08T06:17:00Z')
  })

  it('says when max-age is not set, and writes other durations in their largest whole unit', () => {
    expect(renderDriftIssue(facts({ maxAgeSeconds: null })).body).toContain('not set')
    expect(renderDriftIssue(facts({ maxAgeSeconds: 36 * 3600 })).body).toContain('`36h`')
    expect(renderDriftIssue(facts({ maxAgeSeconds: 90 })).body).toContain('`90s`')
  })

  it('lists the rotation steps (Configure External ID, the secret, the pull request)', () => {
    const { body } = renderDriftIssue(facts())
    expect(body).toContain('#### Rotate the ID (it is older than `max-age`)')
    expect(body).toContain('Setup > Service Cloud Voice > Configure External ID > Generate')
    expect(body).toContain('secret passed as `external-id`')
    expect(body).toContain('pull request that sets `expected-fingerprint`')
    expect(body).toContain('#### Put the ID back')
  })

  it('leaves out re-applying when the only finding is an old ID', () => {
    const only = facts({ findings: [finding('X', 'too-old', 'old.')] })
    expect(renderDriftIssue(only).body).not.toContain('Put the ID back')
  })

  it('masks an ID that reaches a detail, in any spelling, and never shows one raw', () => {
    const leaky = facts({
      findings: [
        finding('A', 'different-id', `requires ${OLD_ID} and ${encodeURIComponent(ID)}`),
        finding('B', 'extra-ids', JSON.stringify(ID))
      ]
    })
    const { title, body } = renderDriftIssue(leaky)
    for (const secret of [ID, OLD_ID, encodeURIComponent(ID), JSON.stringify(ID).slice(1, -1)]) {
      expect(body).not.toContain(secret)
      expect(title).not.toContain(secret)
    }
    expect(body).toContain(`&lt;external-id ${fingerprint(OLD_ID)}&gt;`)
  })

  it('escapes Markdown in details, so a detail cannot break the table', () => {
    const { body } = renderDriftIssue(facts({ findings: [finding('A', 'different-id', 'a | b\nc')] }))
    expect(body).toContain('| a \\| b<br>c |')
  })

  it('lists one fingerprint per org label', () => {
    const { body } = renderDriftIssue(
      facts({ fingerprint: { prod: 'sha256:aaaaaaaaaaaa', eu: 'sha256:bbbbbbbbbbbb' } })
    )
    expect(body).toContain('**External IDs to keep:** prod `sha256:aaaaaaaaaaaa`, eu `sha256:bbbbbbbbbbbb`')
  })

  it('keeps the table short when there are very many findings', () => {
    const many = Array.from({ length: 250 }, (_, i) => finding(`R${i}`, 'missing-role', 'gone.'))
    const { body } = renderDriftIssue(facts({ findings: many }))
    expect(body).toContain('… and 50 more findings')
    expect(body.length).toBeLessThan(65_536)
  })

  it('records the first-found time where the next update reads it back', () => {
    const { body } = renderDriftIssue(facts())
    expect(firstFoundOf(body)).toEqual(new Date('2026-12-01T06:17:05Z'))
    expect(firstFoundOf('an issue someone else wrote')).toBeNull()
  })
})

describe('driftIssueTitle', () => {
  it('names an unknown account and no call centers plainly', () => {
    expect(driftIssueTitle({ accountId: null, contactCenterType: 'xml-import', callCenters: [] })).toBe(
      'SCV external ID drift: account unknown account, xml-import'
    )
  })

  it('stays within GitHub limit of 256 characters', () => {
    const callCenters = Array.from({ length: 40 }, (_, i) => `CallCenterNumber${i}`)
    const title = driftIssueTitle({ ...key, callCenters })
    expect([...title].length).toBe(256)
    expect(title.endsWith('…')).toBe(true)
  })
})

describe('renderInSyncComment', () => {
  it('links the run and says when', () => {
    expect(
      renderInSyncComment({ now: NOW, runUrl: 'https://github.com/o/r/actions/runs/1', workflow: null })
    ).toBe(
      '[A drift check](https://github.com/o/r/actions/runs/1) found every role in sync at 2026-12-08T06:17:00Z: closing. A new finding reopens this issue.\n'
    )
  })

  it('does without a link outside a runner', () => {
    expect(renderInSyncComment({ now: NOW, runUrl: null, workflow: null })).toMatch(/^A drift check found/)
  })
})
