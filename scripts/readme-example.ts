/**
 * The README's example comment is the renderer's own output for a representative plan, made by the
 * planner from real trust-policy shapes, so the example cannot drift from what the action writes.
 * `npm run docs` rewrites it; a test fails when the README is out of date.
 */
import { defaultRoleName, expandRoles, roleArn } from '../src/domain/contact-centers.js'
import { fingerprint } from '../src/domain/external-id.js'
import { detectDrift } from '../src/domain/drift.js'
import { planRoles, type CurrentRole } from '../src/domain/plan.js'
import type { Report } from '../src/domain/plan-types.js'
import type { PolicyDocument, PolicyStatement } from '../src/policy/document.js'
import { appliedTimes, TAG_APPLIED_AT } from '../src/domain/tags.js'
import { renderDriftIssue } from '../src/report/drift-issue.js'
import { renderReport } from '../src/report/markdown.js'

const ACCOUNT = '123456789012'
const CALL_CENTER = 'ACME_Support'
const SALESFORCE = 'arn:aws:iam::793525387755:root'
/** Stand-ins: only their fingerprints appear. */
const NEW_ID = 'readme-example-new-external-id'
const PREVIOUS_ID = 'readme-example-previous-external-id'
const TIME = new Date('2026-03-14T09:26:53Z')

const salesforceStatement = (condition?: PolicyStatement['Condition']): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: SALESFORCE },
  Action: 'sts:AssumeRole',
  ...(condition === undefined ? {} : { Condition: condition })
})

/** As Salesforce's templates and a first, manual set-up leave them. */
const TRUST_POLICIES: Record<string, PolicyDocument> = {
  SCVProvisioningRole: { Version: '2012-10-17', Statement: [salesforceStatement()] },
  SCVAmazonConnectManagementRole: {
    Version: '2012-10-17',
    Statement: [salesforceStatement({ StringEquals: { 'sts:ExternalId': PREVIOUS_ID } })]
  },
  [`${CALL_CENTER}-ConnectCallRole`]: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: SALESFORCE, Service: 'connect.amazonaws.com' },
        Action: 'sts:AssumeRole'
      }
    ]
  },
  [`${CALL_CENTER}-SCVS3Role`]: { Version: '2012-10-17', Statement: [salesforceStatement()] }
}

export function exampleReport(): Report {
  const current: CurrentRole[] = expandRoles('new-instance', [CALL_CENTER], defaultRoleName).map((spec) => ({
    target: { ...spec, arn: roleArn('aws', ACCOUNT, spec.roleName) },
    document: TRUST_POLICIES[spec.roleName] ?? null,
    tags: {}
  }))
  const roles = planRoles(current, {
    mode: 'plan',
    externalIds: { kind: 'single', id: NEW_ID },
    rotation: 'replace',
    scope: { salesforceAccountIds: ['793525387755'] },
    maxPolicySize: 2048,
    now: TIME
  })
  return {
    result: 'planned',
    mode: 'plan',
    accountId: ACCOUNT,
    contactCenterType: 'new-instance',
    callCenters: [CALL_CENTER],
    fingerprint: fingerprint(NEW_ID),
    rotation: 'replace',
    callerArn: `arn:aws:sts::${ACCOUNT}:assumed-role/github-scv-plan/scv-external-id-scv-config-9876543210`,
    roles,
    drift: [],
    warnings: [],
    errors: [],
    secrets: [NEW_ID, PREVIOUS_ID],
    stacks: {},
    audit: { status: 'off' },
    run: {
      sha: 'e83c5163316f89bfbde7d9ab23ca2e25604af290',
      runUrl: 'https://github.com/my-org/scv-config/actions/runs/9876543210',
      time: TIME,
      workflow: '.github/workflows/scv-external-id.yml',
      environment: null
    }
  }
}

/** The README block: a sentence, the rendered comment in a markdown fence, and the size rule. */
export function exampleBlock(): string {
  const comment = renderReport(exampleReport()).trimEnd()
  return [
    'A plan comment as the renderer writes it (the hidden marker left out); roles with the same change share one diff:',
    '',
    '````markdown',
    comment,
    '````',
    '',
    "Diffs are shortened first, then the table, so that a comment never exceeds GitHub's 65,536",
    'characters; the job summary keeps them in full.'
  ].join('\n')
}

/** A scheduled check months later: a stack update dropped one condition, and the ID is past max-age. */
export function driftIssueExample(): string {
  const applied = new Date('2026-03-14T09:31:02Z')
  const checked = new Date('2026-07-02T06:17:41Z')
  const accepting = (id: string): PolicyDocument => ({
    Version: '2012-10-17',
    Statement: [salesforceStatement({ StringEquals: { 'sts:ExternalId': id } })]
  })
  const current: CurrentRole[] = expandRoles('new-instance', [CALL_CENTER], defaultRoleName).map((spec) => ({
    target: { ...spec, arn: roleArn('aws', ACCOUNT, spec.roleName) },
    document:
      spec.roleName === `${CALL_CENTER}-SCVS3Role`
        ? (TRUST_POLICIES[spec.roleName] ?? null)
        : accepting(NEW_ID),
    tags: { [TAG_APPLIED_AT]: applied.toISOString() }
  }))
  const maxAgeSeconds = 90 * 86_400
  const findings = detectDrift(current, {
    externalIds: { kind: 'single', id: NEW_ID },
    rotation: 'replace',
    scope: { salesforceAccountIds: ['793525387755'] },
    maxAgeSeconds,
    now: checked
  })
  const { title, body } = renderDriftIssue({
    key: { accountId: ACCOUNT, contactCenterType: 'new-instance', callCenters: [CALL_CENTER] },
    fingerprint: fingerprint(NEW_ID),
    maxAgeSeconds,
    findings,
    appliedAt: appliedTimes(current),
    firstFound: new Date('2026-06-13T06:17:38Z'),
    now: checked,
    runUrl: 'https://github.com/my-org/scv-config/actions/runs/9876549999',
    workflow: '.github/workflows/drift-check.yml',
    secrets: [NEW_ID, PREVIOUS_ID]
  })
  return [
    `The issue a scheduled check keeps (title: "${title}"; the hidden markers left out):`,
    '',
    // The body holds no code fence, so three backticks are what prettier keeps.
    '```markdown',
    body
      .split('\n')
      .filter((line) => !line.startsWith('<!--'))
      .join('\n')
      .trim(),
    '```'
  ].join('\n')
}
