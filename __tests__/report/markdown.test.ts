import { describe, expect, it } from '@jest/globals'
import type { LogicalRole, RoleTarget } from '../../src/domain/contact-centers.js'
import { fingerprint } from '../../src/domain/external-id.js'
import type {
  ReadyPlan,
  Report,
  Result,
  RolePlan,
  StoppedResult,
  WriteKind
} from '../../src/domain/plan-types.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import { COMMENT_LIMIT, renderReport, reportTitle } from '../../src/report/markdown.js'

const NEW_ID = 'Xk4pQ9-vR2_mN7sLw8ZtY3bH6cJ1dF5gA0eK2uV9iO4'
const PREVIOUS_ID = 'acme/voice:2024@prod+legacy'
const ACCOUNT = '123456789012'
const SALESFORCE = 'arn:aws:iam::793525387755:root'
const MARKER = '<!-- scv-external-id-action -->'
const FOOTER_START = '<sub>Commit [`e83c516`]'

function role(logicalRole: LogicalRole, roleName: string, callCenter: string | null = null): RoleTarget {
  return { logicalRole, roleName, callCenter, arn: `arn:aws:iam::${ACCOUNT}:role/${roleName}` }
}

function salesforceStatement(ids: string[] | null, sid?: string): PolicyStatement {
  return {
    ...(sid === undefined ? {} : { Sid: sid }),
    Effect: 'Allow',
    Principal: { AWS: SALESFORCE },
    Action: 'sts:AssumeRole',
    ...(ids === null
      ? {}
      : { Condition: { StringEquals: { 'sts:ExternalId': ids.length === 1 ? (ids[0] as string) : ids } } })
  }
}

function policy(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

function plan(
  target: RoleTarget,
  change: WriteKind | 'unchanged',
  before: PolicyDocument,
  after: PolicyDocument,
  extra: Partial<ReadyPlan> = {}
): RolePlan {
  return { role: target, before, after, change, notes: [], tagChanges: null, ...extra }
}

function failedPlan(target: RoleTarget, before: PolicyDocument | null, error: string): RolePlan {
  return { role: target, before, change: 'error', error }
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    result: 'planned',
    mode: 'plan',
    accountId: ACCOUNT,
    contactCenterType: 'new-instance',
    callCenters: ['ACME_Support'],
    fingerprint: fingerprint(NEW_ID),
    roles: [],
    stacks: {},
    drift: [],
    audit: { status: 'off' },
    warnings: [],
    errors: [],
    secrets: [NEW_ID, PREVIOUS_ID],
    run: {
      sha: 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
      runUrl: 'https://github.com/acme/voice-infra/actions/runs/9876543210',
      time: new Date('2025-03-14T09:26:53.589Z'),
      workflow: '.github/workflows/scv-external-id.yml',
      environment: null
    },
    rotation: 'replace',
    callerArn:
      'arn:aws:sts::123456789012:assumed-role/github-scv-plan/scv-external-id-voice-infra-9876543210',
    ...overrides
  }
}

/** The four roles of a new-instance contact center, one of each kind of outcome. */
function representativeRoles(): RolePlan[] {
  const splitBefore = policy({
    Effect: 'Allow',
    Principal: { AWS: SALESFORCE, Service: 'connect.amazonaws.com' },
    Action: 'sts:AssumeRole'
  })
  const splitAfter = policy(
    { Effect: 'Allow', Principal: { Service: 'connect.amazonaws.com' }, Action: 'sts:AssumeRole' },
    salesforceStatement([NEW_ID])
  )
  return [
    plan(
      role('SCVProvisioningRole', 'SCVProvisioningRole'),
      'add-condition',
      policy(salesforceStatement(null)),
      policy(salesforceStatement([NEW_ID]))
    ),
    plan(
      role('AmazonConnectManagementRole', 'SCVAmazonConnectManagementRole'),
      'replace-id',
      policy(salesforceStatement([PREVIOUS_ID], 'SalesforceTrust')),
      policy(salesforceStatement([NEW_ID], 'SalesforceTrust'))
    ),
    plan(
      role('InstanceRecordingRole', 'ACME_Support-ConnectCallRole', 'ACME_Support'),
      'add-condition',
      splitBefore,
      splitAfter,
      {
        notes: [
          'Split statement 1: it also trusts connect.amazonaws.com, which must keep assuming the role without an external ID.'
        ]
      }
    ),
    plan(
      role('SCVS3Role', 'ACME_Support-SCVS3Role', 'ACME_Support'),
      'unchanged',
      policy(salesforceStatement([NEW_ID])),
      policy(salesforceStatement([NEW_ID]))
    )
  ]
}

describe('renderReport', () => {
  it('renders a representative plan', () => {
    const body = renderReport(report({ roles: representativeRoles() }), { marker: MARKER })
    expect(body).toMatchSnapshot()
  })

  it('starts with the marker, ends with the footer, and has the table in role order', () => {
    const body = renderReport(report({ roles: representativeRoles() }), { marker: MARKER })
    expect(body.startsWith(`${MARKER}\n\n### Plan: 3 roles to change (\`plan\`)\n`)).toBe(true)
    expect(body.trimEnd().endsWith('2025-03-14T09:26:53Z</sub>')).toBe(true)
    expect(body).toContain(
      '[`e83c516`](https://github.com/acme/voice-infra/commit/e83c5163316f89bfbde7d9ab23ca2e25604af290)'
    )
    expect(body).toContain('[Workflow run](https://github.com/acme/voice-infra/actions/runs/9876543210)')
    const rows = body.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    expect(rows).toEqual([
      '| Logical role | Role | Call center | Change |',
      '| SCVProvisioningRole | `SCVProvisioningRole` | — | add condition |',
      '| AmazonConnectManagementRole | `SCVAmazonConnectManagementRole` | — | replace ID |',
      '| InstanceRecordingRole | `ACME_Support-ConnectCallRole` | `ACME_Support` | add condition |',
      '| SCVS3Role | `ACME_Support-SCVS3Role` | `ACME_Support` | unchanged |'
    ])
  })

  it('shows each changed role as a masked diff and an unchanged role without one', () => {
    const body = renderReport(report({ roles: representativeRoles() }))
    const token = `<external-id ${fingerprint(NEW_ID)}>`
    expect(body).toContain(`-          "sts:ExternalId": "<external-id ${fingerprint(PREVIOUS_ID)}>"`)
    expect(body).toContain(`+          "sts:ExternalId": "${token}"`)
    const unchanged = body.slice(body.indexOf('<code>ACME_Support-SCVS3Role</code>'))
    expect(unchanged).toMatch(
      /^<code>ACME_Support-SCVS3Role<\/code>: unchanged<\/summary>\n\nTrust policy unchanged\.\n\n<\/details>/
    )
    expect(body.match(/```diff/g)).toHaveLength(3)
  })

  it('never shows the new or previous ID, in whatever text or encoding they arrive, only their fingerprints', () => {
    const roles = representativeRoles()
    roles.push(
      failedPlan(
        role('SCVProvisioningRole', 'BrokenRole'),
        policy(salesforceStatement([PREVIOUS_ID])),
        `UpdateAssumeRolePolicy rejected {"sts:ExternalId":${JSON.stringify(NEW_ID)}}`
      ),
      plan(
        role('SCVProvisioningRole', 'NotedRole'),
        'stage-overlap',
        policy(salesforceStatement([PREVIOUS_ID])),
        policy(salesforceStatement([NEW_ID, PREVIOUS_ID])),
        { notes: [`Previous ID ${PREVIOUS_ID} kept for the overlap`] }
      )
    )
    const body = renderReport(
      report({
        roles,
        warnings: [`The role still accepts ${encodeURIComponent(PREVIOUS_ID)}`],
        errors: [`Policy text: ${JSON.stringify({ id: PREVIOUS_ID }).replace(/\//g, '\\/')} and ${NEW_ID}`],
        drift: [
          { role: roles[0]!.role, kind: 'different-id', detail: `expected ${NEW_ID}, found ${PREVIOUS_ID}` }
        ]
      })
    )
    for (const secret of [NEW_ID, PREVIOUS_ID]) {
      expect(body).not.toContain(secret)
      expect(body).not.toContain(encodeURIComponent(secret))
      expect(body).not.toContain(JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'))
      expect(body).toContain(fingerprint(secret))
    }
    expect(body).not.toContain('acme\\/voice')
  })

  it('masks an external ID found in a policy even when the caller did not list it as a secret', () => {
    const unknown = 'forgotten-earlier-id-42'
    const roles = [
      plan(
        role('SCVProvisioningRole', 'SCVProvisioningRole'),
        'replace-id',
        policy(salesforceStatement([unknown])),
        policy(salesforceStatement([NEW_ID]))
      )
    ]
    const body = renderReport(report({ roles }))
    expect(body).not.toContain(unknown)
    expect(body).toContain(`-          "sts:ExternalId": "<external-id ${fingerprint(unknown)}>"`)
  })

  it('shows warnings and errors as GitHub alerts', () => {
    const body = renderReport(
      report({
        result: 'error',
        warnings: ['Disabling leaves the roles open.'],
        errors: ['AccessDenied on GetRole']
      })
    )
    expect(body).toContain('> [!CAUTION]\n> AccessDenied on GetRole')
    expect(body).toContain('> [!WARNING]\n> Disabling leaves the roles open.')
  })

  it('shows drift findings in a table of their own', () => {
    const roles = representativeRoles()
    const body = renderReport(
      report({
        result: 'drift',
        mode: 'check',
        drift: [
          {
            role: roles[0]!.role,
            kind: 'missing-condition',
            detail: 'No sts:ExternalId condition on statement 1'
          },
          { role: roles[2]!.role, kind: 'too-old', detail: 'Applied 120 days ago (max-age 90d)' }
        ]
      })
    )
    expect(body).toContain('### Drift: 2 roles (`check`)')
    expect(body).toContain(
      [
        '| Role | Drift | Detail |',
        '| --- | --- | --- |',
        '| `SCVProvisioningRole` | missing condition | No sts:ExternalId condition on statement 1 |',
        '| `ACME_Support-ConnectCallRole` | ID too old | Applied 120 days ago (max-age 90d) |'
      ].join('\n')
    )
  })

  it('shows the CloudFormation stack of each role in its own column, with the stack-update note', () => {
    const roles = representativeRoles()
    const body = renderReport(report({ roles, stacks: { [roles[3]!.role.arn]: 'acme-contact-center' } }))
    expect(body).toContain('| Logical role | Role | Call center | Stack | Change |')
    expect(body).toContain('| `ACME_Support-SCVS3Role` | `ACME_Support` | `acme-contact-center` |')
    expect(body).toContain('| SCVProvisioningRole | `SCVProvisioningRole` | — | — |')
    expect(body).toContain("A CloudFormation stack update puts the template's trust policy back")
    expect(renderReport(report({ roles }))).not.toContain('CloudFormation')
  })

  it('shows the roles the audit found in a table of their own', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/acme-SCVTenantBucketWriteAccessRole`
    const body = renderReport(
      report({
        audit: {
          status: 'done',
          roles: [{ arn, roleName: 'acme-SCVTenantBucketWriteAccessRole' }],
          listed: 5
        }
      })
    )
    expect(body).toContain('**Roles Salesforce can assume without an external ID** (audit).')
    expect(body).toContain(
      ['| Role | ARN |', '| --- | --- |', `| \`acme-SCVTenantBucketWriteAccessRole\` | \`${arn}\` |`].join(
        '\n'
      )
    )
    expect(renderReport(report({ audit: { status: 'done', roles: [], listed: 4 } }))).not.toContain('(audit)')
  })

  it('shows one fingerprint per org label', () => {
    const body = renderReport(
      report({ fingerprint: { prod: 'sha256:aaaaaaaaaaaa', dev: 'sha256:bbbbbbbbbbbb' } })
    )
    expect(body).toContain('external IDs prod `sha256:aaaaaaaaaaaa`, dev `sha256:bbbbbbbbbbbb`')
  })

  it('keeps role names and error texts from breaking the table or injecting HTML and Markdown', () => {
    const roles = [
      failedPlan(
        role('SCVProvisioningRole', 'odd|name<b>'),
        null,
        'line one | with pipe\n# not a heading\n<img src=x onerror=alert(1)> **not bold** [link](http://x)'
      )
    ]
    const body = renderReport(report({ roles }))
    const row = body.split('\n').find((line) => line.startsWith('| SCVProvisioningRole'))
    expect(row).toBe(
      '| SCVProvisioningRole | `odd\\|name<b>` | — | error: line one \\| with pipe<br>\\# not a heading<br>' +
        '&lt;img src=x onerror=alert(1)&gt; \\*\\*not bold\\*\\* \\[link\\](http://x) |'
    )
    // Cells are separated by the unescaped pipes only: exactly five.
    expect(row!.replace(/\\\|/g, '').split('|')).toHaveLength(6)
    expect(body).toContain('<summary><code>odd|name&lt;b&gt;</code>: error</summary>')
    expect(body).not.toContain('<img')
  })

  it('fences a diff that itself contains backticks with a longer fence', () => {
    const roles = [
      plan(
        role('SCVProvisioningRole', 'SCVProvisioningRole'),
        'add-condition',
        policy({ ...salesforceStatement(null), Sid: 'has```ticks' }),
        policy({ ...salesforceStatement([NEW_ID]), Sid: 'has```ticks' })
      )
    ]
    const body = renderReport(report({ roles }))
    expect(body).toContain('````diff\n')
    expect(body).toMatch(/\n````\n\n<\/details>/)
  })

  it('shows identical changes on several roles once, naming the roles', () => {
    const before = policy(salesforceStatement(null))
    const after = policy(salesforceStatement([NEW_ID]))
    const names = [
      'SCVProvisioningRole',
      'SCVAmazonConnectManagementRole',
      'A-ConnectCallRole',
      'A-SCVS3Role'
    ]
    const roles = names.map((name) => plan(role('SCVS3Role', name, 'A'), 'add-condition', before, after))
    const body = renderReport(report({ roles }))
    expect(body.match(/<details>/g)).toHaveLength(1)
    expect(body).toContain(
      `<summary>add condition: the same change on 4 roles: ${names.map((name) => `<code>${name}</code>`).join(', ')}</summary>`
    )
    expect(body.match(/```diff/g)).toHaveLength(1)
    // The table still has a row per role.
    for (const name of names) expect(body).toContain(`\`${name}\``)
  })

  it('keeps apart roles of identical plans whose labels differ (drift on one of them)', () => {
    const before = policy(salesforceStatement(null))
    const after = policy(salesforceStatement([NEW_ID]))
    const roles = ['A-ConnectCallRole', 'A-SCVS3Role'].map((name) =>
      plan(role('SCVS3Role', name, 'A'), 'add-condition', before, after)
    )
    const body = renderReport(
      report({
        mode: 'check',
        result: 'drift',
        roles,
        drift: [{ role: roles[1]!.role, kind: 'missing-condition', detail: 'has no condition.' }]
      })
    )
    expect(body.match(/<details>/g)).toHaveLength(2)
    expect(body).toContain('<summary><code>A-ConnectCallRole</code>: would add condition</summary>')
    expect(body).toContain('<summary><code>A-SCVS3Role</code>: drift (would add condition)</summary>')
    expect(body.match(/```diff/g)).toHaveLength(2)
  })

  it('says which IDs an overlap adds, keeps and removes, by fingerprint', () => {
    const before = policy(salesforceStatement([PREVIOUS_ID, 'dropped-id-Xy']))
    const after = policy(salesforceStatement([NEW_ID, PREVIOUS_ID]))
    const body = renderReport(
      report({ roles: [plan(role('SCVS3Role', 'A-SCVS3Role', 'A'), 'stage-overlap', before, after)] })
    )
    expect(body).toContain(
      `External IDs: added \`${fingerprint(NEW_ID)}\` · kept \`${fingerprint(PREVIOUS_ID)}\` · removed \`${fingerprint('dropped-id-Xy')}\``
    )
  })

  it('says what merging applies, the rotation mode and the caller; the environment when known', () => {
    const roles = representativeRoles()
    const body = renderReport(report({ roles, run: { ...report().run, environment: 'production' } }))
    expect(body).toContain(
      `**Merging applies external ID \`${fingerprint(NEW_ID)}\` to 3 roles** of account \`${ACCOUNT}\` through workflow \`.github/workflows/scv-external-id.yml\` (environment \`production\`).`
    )
    expect(body).toContain('Rotation `replace`: the roles accept only this ID · read as `arn:aws:sts::')
    const overlap = renderReport(report({ roles, rotation: 'overlap' }))
    expect(overlap).toContain('Rotation `overlap`: the IDs accepted today stay accepted beside the new one')
    const applied = renderReport(report({ roles, mode: 'apply', result: 'changed' }))
    expect(applied).not.toContain('Merging')
  })

  it('in check, the table says what an apply would do and which roles drifted, never that it changed them', () => {
    const [provisioning, management, , s3] = representativeRoles()
    const roles = [provisioning, management, s3].filter((plan): plan is RolePlan => plan !== undefined)
    const body = renderReport(
      report({
        mode: 'check',
        result: 'drift',
        roles,
        drift: [{ role: roles[1]!.role, kind: 'different-id', detail: 'requires another ID.' }]
      })
    )
    expect(body).toContain('| Logical role | Role | Call center | State |')
    expect(body).toContain('| SCVProvisioningRole | `SCVProvisioningRole` | — | would add condition |')
    expect(body).toContain(
      '| AmazonConnectManagementRole | `SCVAmazonConnectManagementRole` | — | drift (would replace ID) |'
    )
    expect(body).toContain('| SCVS3Role | `ACME_Support-SCVS3Role` | `ACME_Support` | in sync |')
    expect(body).not.toMatch(/\| (add condition|replace ID) \|/)
    expect(body).not.toContain('Merging')
  })

  it('stays within the comment limit for 60 roles of large policies, keeping title, marker and footer', () => {
    const roles = largeRoles(60)
    const unbounded = renderReport(report({ roles }), { marker: MARKER, limit: Number.POSITIVE_INFINITY })
    expect(unbounded.length).toBeGreaterThan(COMMENT_LIMIT * 2)

    const body = renderReport(report({ roles }), { marker: MARKER })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.startsWith(`${MARKER}\n\n### Plan: 60 roles to change (\`plan\`)`)).toBe(true)
    expect(body.trimEnd().endsWith('</sub>')).toBe(true)
    expect(body).toContain(FOOTER_START)
    expect(body).toMatch(
      /_Diff truncated: [\d,]+ characters not shown; see the job summary or the backup file\._/
    )
    // Every role is still listed: dropping diffs was enough.
    expect(body).toContain('`Center59-ConnectCallRole`')
    expect(body).not.toContain('more roles')
  })

  it('shortens the largest diff first and leaves smaller ones whole', () => {
    const [small] = largeRoles(1, 1)
    const [big] = largeRoles(1, 12)
    const roles = [small!, { ...big!, role: role('InstanceRecordingRole', 'BigRole', 'Big') }]
    const unbounded = renderReport(report({ roles }), { limit: Number.POSITIVE_INFINITY })
    const limit = unbounded.length - 1000
    const body = renderReport(report({ roles }), { limit })
    expect(body.length).toBeLessThanOrEqual(limit)
    const [smallSection, bigSection] = body.split('<details>').slice(1)
    expect(smallSection).not.toContain('Diff truncated')
    expect(bigSection).toMatch(/```diff\n@@ [^]*\n```\n\n_Diff truncated: [\d,]+ characters not shown/)
  })

  it("leaves out the last roles' details before any table row when dropping diffs is not enough", () => {
    const roles = largeRoles(60)
    const body = renderReport(report({ roles }), { marker: MARKER, limit: 12000 })
    expect(body.length).toBeLessThanOrEqual(12000)
    const left = body.match(/_Details left out for (\d+) roles; see the job summary\._/)
    expect(left).not.toBeNull()
    expect(body.match(/<details>/g)?.length).toBe(60 - Number(left![1]))
    expect(body).toContain('`Center59-ConnectCallRole`')
    expect(body).not.toContain('more roles')
    expect(body).toContain(FOOTER_START)
  })

  it('truncates the table with a final row when dropping all details is not enough', () => {
    const roles = largeRoles(60)
    const body = renderReport(report({ roles }), { marker: MARKER, limit: 3000 })
    expect(body.length).toBeLessThanOrEqual(3000)
    expect(body).not.toContain('<details>')
    expect(body).toContain('_Details left out for 60 roles; see the job summary._')
    const more = body.match(/\| … and (\d+) more roles \| {2}\| {2}\| {2}\|/)
    expect(more).not.toBeNull()
    const shownRows = body.split('\n').filter((line) => /^\| InstanceRecordingRole \|/.test(line))
    expect(shownRows.length + Number(more![1])).toBe(60)
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain('### Plan: 60 roles to change')
    expect(body).toContain(FOOTER_START)
  })

  it('keeps the title, marker and footer even under a limit too small for any role', () => {
    const body = renderReport(report({ roles: largeRoles(5), errors: ['x'.repeat(5000)] }), {
      marker: MARKER,
      limit: 700
    })
    expect(body.length).toBeLessThanOrEqual(700)
    expect(body.startsWith(`${MARKER}\n\n### Plan: 5 roles to change`)).toBe(true)
    expect(body).toContain(FOOTER_START)
  })

  it('leaves out the fingerprint and link parts that are unknown', () => {
    const body = renderReport(
      report({
        result: 'disabled',
        mode: 'disable',
        accountId: null,
        fingerprint: null,
        run: {
          sha: null,
          runUrl: null,
          time: new Date('2025-01-02T03:04:05Z'),
          workflow: null,
          environment: null
        }
      })
    )
    expect(body).toContain('### Disabled (`disable`)')
    expect(body).toContain('AWS account unknown')
    expect(body).not.toContain('external ID `')
    expect(body.trimEnd().endsWith('<sub>2025-01-02T03:04:05Z</sub>')).toBe(true)
  })
})

describe('reportTitle', () => {
  const roles = representativeRoles()
  const cases: Array<[Result | StoppedResult, string]> = [
    ['planned', 'Plan: 3 roles to change'],
    ['changed', 'Applied: 3 roles changed'],
    ['no-change', 'No changes'],
    ['rolled-back', 'Rolled back'],
    ['conflict', 'Conflict: another writer changed roles after this run'],
    ['drift', 'Drift: 2 roles'],
    ['in-sync', 'In sync'],
    ['disabled', 'Disabled'],
    ['refused', 'Refused'],
    ['error', 'Failed']
  ]
  it.each(cases)('titles the result %s as "%s"', (result, title) => {
    const drift = [
      { role: roles[0]!.role, kind: 'missing-condition' as const, detail: 'a' },
      { role: roles[0]!.role, kind: 'too-old' as const, detail: 'b' },
      { role: roles[1]!.role, kind: 'different-id' as const, detail: 'c' }
    ]
    expect(reportTitle(report({ result, roles, drift }))).toBe(title)
  })

  it('counts the roles a failed rollback could not restore (their plans are errors)', () => {
    const [first, ...rest] = roles
    const unrestored: RolePlan = {
      change: 'error',
      role: first!.role,
      before: first!.before,
      error: 'restore failed: AccessDenied'
    }
    expect(reportTitle(report({ result: 'rollback-failed', roles: [unrestored, ...rest] }))).toBe(
      'Rollback failed: 1 role not restored'
    )
  })

  it('uses the singular for one role and does not count roles in error', () => {
    const one = [roles[0]!, failedPlan(role('SCVS3Role', 'X'), null, 'NoSuchEntity')]
    expect(reportTitle(report({ roles: one }))).toBe('Plan: 1 role to change')
  })
})

/** Roles whose policies have many Salesforce statements (about 1,900 characters minified), each gaining a condition. */
function largeRoles(count: number, statementsPerRole = 14): RolePlan[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `Center${index}-ConnectCallRole`
    // Distinct per role, so that no two diffs are identical (identical ones share a section).
    const sids = Array.from({ length: statementsPerRole }, (_, n) => `S${index}TrustStatementNumber${n}`)
    const before = policy(...sids.map((sid) => salesforceStatement(null, sid)))
    const after = policy(...sids.map((sid) => salesforceStatement([NEW_ID], sid)))
    return plan(role('InstanceRecordingRole', name, `Center${index}`), 'add-condition', before, after)
  })
}

it('builds large policies of about 1,900 characters', () => {
  const [large] = largeRoles(1)
  const size = JSON.stringify(large!.before).length
  expect(size).toBeGreaterThan(1700)
  expect(size).toBeLessThan(2048)
})
