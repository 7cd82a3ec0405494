/**
 * The Markdown body of the pull-request comment and of the job summary, in the manner of Terraform
 * plan comments: a title, a table of roles, a collapsible masked diff per role, and a footer. The
 * body never exceeds the size limit and never contains an external ID.
 */
import {
  isWrite,
  type ChangeKind,
  type DriftKind,
  type ReadyPlan,
  type Report,
  type RolePlan
} from '../domain/plan-types.js'
import { isFingerprint } from '../domain/external-id.js'
import { stablePolicyJson, unifiedDiff } from './diff.js'
import { fitToLimit, type Layout } from './fit.js'
import { cellCode, codeFence, codeSpan, escapeHtml, escapeMarkdown, tableRow } from './markdown-escape.js'
import { createRedactor, externalIdFingerprints, maskExternalIdConditions } from './redact.js'

/** GitHub's limit for the body of an issue or pull-request comment, in characters. */
export const COMMENT_LIMIT = 65536

/** A trust policy is short; showing all of it tells reviewers which statement the change is in. */
const DIFF_CONTEXT = Number.POSITIVE_INFINITY
/** One runaway message (a long error) must not crowd out the rest of the report. */
const MAX_MESSAGE_LENGTH = 2000

const CHANGE_LABELS: Record<ChangeKind, string> = {
  'add-condition': 'add condition',
  'replace-id': 'replace ID',
  'stage-overlap': 'stage overlap',
  'remove-condition': 'remove condition',
  unchanged: 'unchanged',
  error: 'error'
}

export const DRIFT_LABELS: Record<DriftKind, string> = {
  'missing-condition': 'missing condition',
  'different-id': 'different ID',
  'extra-ids': 'extra IDs',
  'missing-role': 'missing role',
  'too-old': 'ID too old',
  'unmanaged-role': 'unmanaged role',
  'leftover-canary': 'leftover canary'
}

const CLOUDFORMATION_NOTE =
  "A CloudFormation stack update puts the template's trust policy back, without the external ID: the scheduled `check` (mode: check) is what finds that."
const AUDIT_NOTE =
  "Not managed by this run, yet Salesforce's account can assume them without an external ID. Add them to `extra-roles` to require the ID there too (Salesforce does not document whether it sends the ID for them), or remove the Salesforce statement if it is not used."

export function reportTitle(report: Report): string {
  switch (report.result) {
    case 'planned':
      return `Plan: ${count(changedRoles(report.roles), 'role')} to change`
    case 'changed':
      return `Applied: ${count(changedRoles(report.roles), 'role')} changed`
    case 'no-change':
      return 'No changes'
    case 'rolled-back':
      return 'Rolled back'
    case 'rollback-failed':
      return `Rollback failed: ${count(report.roles.filter((plan) => plan.change === 'error').length, 'role')} not restored`
    case 'conflict':
      return 'Conflict: another writer changed roles after this run'
    case 'drift':
      return `Drift: ${count(new Set(report.drift.map((finding) => finding.role.arn)).size, 'role')}`
    case 'in-sync':
      return 'In sync'
    case 'disabled':
      return 'Disabled'
    case 'refused':
      return 'Refused'
    case 'error':
      return 'Failed'
  }
}

export interface RenderOptions {
  /** Placed first, verbatim: the hidden HTML comment by which the caller finds its comment again. */
  marker?: string
  /** Most characters the body may have (default COMMENT_LIMIT). */
  limit?: number
}

/**
 * The report as Markdown, at most `limit` characters. When too long: diffs are shortened or dropped
 * (largest first), then the last roles' details are left out, then the last rows of the tables,
 * then everything but the title, the marker and the footer.
 */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const parts = prepare(report, options.marker)
  return fitToLimit(
    {
      diffs: parts.sections.map((section) => section.diff),
      rows: Math.max(parts.roleRows.length, parts.driftRows.length, parts.auditRows.length),
      compose: (layout) => compose(parts, layout),
      fallback: (limit) => fallback(parts, limit)
    },
    options.limit ?? COMMENT_LIMIT
  )
}

/** Everything rendered once, already redacted and escaped; compose() only chooses what to include. */
interface Parts {
  marker: string | null
  heading: string
  /** check only reads: its column is the state, not a change. */
  changeHeader: string
  alerts: string[]
  roleRows: string[]
  /** A Stack column in the role table: only when a role was created by CloudFormation. */
  stackColumn: boolean
  driftRows: string[]
  auditRows: string[]
  sections: Section[]
  footer: string
}

interface Section {
  /** The roles this section shows: identical changes share one section. */
  roleNames: string[]
  label: string
  /** Notes and the error, as Markdown blocks. */
  blocks: string[]
  /** The redacted unified diff; '' when there is none to show. */
  diff: string
  /** A code fence longer than any backtick run in the diff. */
  fence: string
}

function prepare(report: Report, marker: string | undefined): Parts {
  const stackColumn = Object.keys(report.stacks).length > 0
  const redact = createRedactor(report.secrets)
  const message = (text: string): string => clip(redact(text))
  const label = (plan: RolePlan): string => changeLabel(report, plan)
  return {
    marker: marker ?? null,
    changeHeader: report.mode === 'check' ? 'State' : 'Change',
    heading: [
      `### ${reportTitle(report)} (${codeSpan(report.mode)})`,
      contextLine(report),
      mergeLine(report),
      runLine(report)
    ]
      .filter((line): line is string => line !== null)
      .join('\n\n'),
    alerts: [
      ...report.errors.map((error) => alert('CAUTION', message(error))),
      ...report.warnings.map((warning) => alert('WARNING', message(warning)))
    ],
    roleRows: report.roles.map((plan) =>
      roleRow(plan, label(plan), message, stackColumn ? report.stacks : null)
    ),
    stackColumn,
    driftRows: report.drift.map((finding) =>
      tableRow([
        cellCode(finding.role.roleName),
        DRIFT_LABELS[finding.kind],
        escapeMarkdown(message(finding.detail)).join('<br>')
      ])
    ),
    auditRows:
      report.audit.status === 'done'
        ? report.audit.roles.map((role) => tableRow([cellCode(role.roleName), cellCode(role.arn)]))
        : [],
    sections: collapseIdentical(
      renderedOnce(report.roles, label, (plan, planLabel) => section(plan, planLabel, redact, message))
    ),
    footer: footer(report)
  }
}

function contextLine(report: Report): string {
  const items = [
    'Service Cloud Voice external ID',
    `AWS account ${report.accountId === null ? 'unknown' : codeSpan(report.accountId)}`,
    `contact center type ${codeSpan(report.contactCenterType)}`
  ]
  if (report.callCenters.length > 0) {
    const label = report.callCenters.length === 1 ? 'call center' : 'call centers'
    items.push(`${label} ${report.callCenters.map(codeSpan).join(', ')}`)
  }
  if (typeof report.fingerprint === 'string') items.push(`external ID ${codeSpan(report.fingerprint)}`)
  else if (report.fingerprint !== null) {
    items.push(`external IDs ${labelledFingerprints(report.fingerprint)}`)
  }
  return items.join(' · ')
}

/** `LABEL sha256:…` for each org. */
const labelledFingerprints = (byLabel: Record<string, string>): string =>
  Object.entries(byLabel)
    .map(([label, value]) => `${label} ${codeSpan(value)}`)
    .join(', ')

/** What merging the reviewed pull request does; only a plan that can be applied has one. */
function mergeLine(report: Report): string | null {
  if (
    report.mode !== 'plan' ||
    report.result === 'refused' ||
    report.result === 'error' ||
    report.fingerprint === null
  )
    return null
  const shown = report.fingerprint
  const id =
    typeof shown !== 'string'
      ? `the external IDs ${labelledFingerprints(shown)}`
      : isFingerprint(shown)
        ? `external ID ${codeSpan(shown)}`
        : 'a new external ID, generated at apply,'
  const account = `account ${report.accountId === null ? 'unknown' : codeSpan(report.accountId)}`
  const workflow = report.run.workflow === null ? '' : ` through workflow ${codeSpan(report.run.workflow)}`
  const environment =
    report.run.environment === null ? '' : ` (environment ${codeSpan(report.run.environment)})`
  const changes = changedRoles(report.roles)
  if (changes === 0)
    return `**Merging changes no role** of ${account}${workflow}: each already requires ${id}.`
  return `**Merging applies ${id} to ${count(changes, 'role')}** of ${account}${workflow}${environment}.`
}

/** The rotation mode (what happens to the IDs accepted today) and who read the roles. */
function runLine(report: Report): string | null {
  const items: string[] = []
  if (report.mode === 'plan' || report.mode === 'apply') {
    items.push(
      report.rotation === 'overlap'
        ? `Rotation ${codeSpan('overlap')}: the IDs accepted today stay accepted beside the new one until a ${codeSpan('replace')} run`
        : `Rotation ${codeSpan('replace')}: the roles accept only this ID`
    )
  } else if (report.mode === 'check' && report.rotation === 'overlap') {
    items.push(`Rotation ${codeSpan('overlap')}: a staged rotation is accepted until ${codeSpan('max-age')}`)
  }
  if (report.callerArn !== null)
    items.push(`${items.length === 0 ? 'Read' : 'read'} as ${codeSpan(report.callerArn)}`)
  return items.length === 0 ? null : items.join(' · ')
}

/** check reads only: its table says what an apply would do, and which roles drifted. */
function changeLabel(report: Report, plan: RolePlan): string {
  if (report.mode !== 'check' || plan.change === 'error') return CHANGE_LABELS[plan.change]
  const drifted = report.drift.some((finding) => finding.role.arn === plan.role.arn)
  const prospect = plan.change === 'unchanged' ? 'in sync' : `would ${CHANGE_LABELS[plan.change]}`
  return drifted ? `drift (${prospect === 'in sync' ? 'policy as planned' : prospect})` : prospect
}

function alert(kind: 'CAUTION' | 'WARNING', text: string): string {
  return [`> [!${kind}]`, ...escapeMarkdown(text).map((line) => `> ${line}`)].join('\n')
}

function roleRow(
  plan: RolePlan,
  label: string,
  message: (text: string) => string,
  stacks: Record<string, string> | null
): string {
  const change =
    plan.change === 'error' ? `error: ${escapeMarkdown(message(plan.error)).join('<br>')}` : label
  const stack = stacks?.[plan.role.arn]
  return tableRow([
    plan.role.logicalRole,
    cellCode(plan.role.roleName),
    plan.role.callCenter === null ? '—' : cellCode(plan.role.callCenter),
    ...(stacks === null ? [] : [stack === undefined ? '—' : cellCode(stack)]),
    change
  ])
}

function section(
  plan: RolePlan,
  label: string,
  redact: (text: string) => string,
  message: (text: string) => string
): Section {
  const blocks: string[] = []
  const base = { roleNames: [plan.role.roleName], label, blocks, diff: '', fence: '' }
  if (plan.change === 'error') {
    blocks.push(`**Error:** ${escapeMarkdown(message(plan.error)).join('<br>')}`)
    return base
  }
  if (plan.notes.length > 0) {
    blocks.push(plan.notes.map((note) => `- ${escapeMarkdown(message(note)).join('<br>')}`).join('\n'))
  }
  if (plan.change === 'unchanged') {
    blocks.push('Trust policy unchanged.')
    return base
  }
  const ids = idChanges(plan)
  if (ids !== null) blocks.push(ids)
  const diff = policyDiff(plan, redact)
  if (diff === '') blocks.push('No difference in the trust policy text.')
  return { ...base, diff, fence: codeFence(diff) }
}

/** Which IDs the change adds, keeps and removes, by fingerprint: the diff shows only masked values. */
function idChanges(plan: ReadyPlan): string | null {
  const before = externalIdFingerprints(plan.before)
  const after = externalIdFingerprints(plan.after)
  const parts = [
    ['added', after.filter((id) => !before.includes(id))],
    ['kept', after.filter((id) => before.includes(id))],
    ['removed', before.filter((id) => !after.includes(id))]
  ] as const
  const shown = parts.filter(([, ids]) => ids.length > 0)
  if (shown.length === 0) return null
  return `External IDs: ${shown.map(([verb, ids]) => `${verb} ${ids.map(codeSpan).join(', ')}`).join(' · ')}`
}

/**
 * The section of each role, rendered once per distinct change: roles that Salesforce's templates gave
 * the same trust policy share the costly part (masking and diffing both documents).
 */
function renderedOnce(
  plans: readonly RolePlan[],
  label: (plan: RolePlan) => string,
  render: (plan: RolePlan, label: string) => Section
): Section[] {
  const rendered = new Map<string, Section>()
  return plans.map((plan) => {
    const planLabel = label(plan)
    // The label and everything of the plan but the role itself decide the section.
    const key = JSON.stringify([planLabel, { ...plan, role: null }])
    const section = rendered.get(key) ?? render(plan, planLabel)
    rendered.set(key, section)
    return { ...section, roleNames: [plan.role.roleName] }
  })
}

/**
 * Roles with the same change, notes and diff (the usual case: Salesforce's templates give the roles
 * the same trust policy) share one section that names them all.
 */
function collapseIdentical(sections: Section[]): Section[] {
  const groups = new Map<string, Section>()
  for (const current of sections) {
    const key = JSON.stringify([current.label, current.blocks, current.diff])
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { ...current, roleNames: [...current.roleNames] })
    else group.roleNames.push(...current.roleNames)
  }
  return [...groups.values()]
}

function sectionSummary(section: Section): string {
  const names = section.roleNames.map((name) => `<code>${escapeHtml(name)}</code>`)
  const label = escapeHtml(section.label)
  return names.length === 1
    ? `${names[0]}: ${label}`
    : `${label}: the same change on ${names.length} roles: ${names.join(', ')}`
}

/** Condition values are masked before printing and the printed text is redacted: two independent nets. */
function policyDiff(plan: ReadyPlan, redact: (text: string) => string): string {
  const before = redact(stablePolicyJson(maskExternalIdConditions(plan.before)))
  const after = redact(stablePolicyJson(maskExternalIdConditions(plan.after)))
  return unifiedDiff(before, after, { context: DIFF_CONTEXT }).replace(/\n$/, '')
}

function footer(report: Report): string {
  const items: string[] = []
  if (report.run.sha !== null) items.push(`Commit ${commitReference(report.run.sha, report.run.runUrl)}`)
  const runUrl = safeUrl(report.run.runUrl)
  if (runUrl !== null) items.push(`[Workflow run](${runUrl})`)
  items.push(report.run.time.toISOString().replace(/\.\d{3}Z$/, 'Z'))
  return `<sub>${items.join(' · ')}</sub>`
}

function commitReference(sha: string, runUrl: string | null): string {
  const short = codeSpan(sha.slice(0, 7))
  const repository = safeUrl(runUrl)?.match(/^(.+)\/actions\/runs\/\d+/)?.[1]
  return repository !== undefined && /^[0-9a-f]{7,64}$/i.test(sha)
    ? `[${short}](${repository}/commit/${sha})`
    : short
}

/** An http(s) URL usable as a Markdown link target, or null. */
export function safeUrl(url: string | null): string | null {
  if (url === null || !/^https?:\/\/[^\s<>]+$/.test(url)) return null
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29')
}

function compose(parts: Parts, layout: Layout): string {
  const blocks: string[] = []
  if (parts.marker !== null) blocks.push(parts.marker)
  blocks.push(parts.heading, ...parts.alerts)
  if (parts.roleRows.length > 0) {
    const headers = [
      'Logical role',
      'Role',
      'Call center',
      ...(parts.stackColumn ? ['Stack'] : []),
      parts.changeHeader
    ]
    blocks.push(table(headers, parts.roleRows, layout.rows, 'role'))
    if (parts.stackColumn) blocks.push(CLOUDFORMATION_NOTE)
  }
  if (parts.driftRows.length > 0) {
    blocks.push(table(['Role', 'Drift', 'Detail'], parts.driftRows, layout.rows, 'finding'))
  }
  if (parts.auditRows.length > 0) {
    blocks.push(`**Roles Salesforce can assume without an external ID** (audit). ${AUDIT_NOTE}`)
    blocks.push(table(['Role', 'ARN'], parts.auditRows, layout.rows, 'role'))
  }
  parts.sections.slice(0, layout.sections).forEach((section, index) => {
    blocks.push(renderSection(section, layout.diffLengths[index] ?? 0))
  })
  const hiddenRoles = parts.sections
    .slice(layout.sections)
    .reduce((sum, section) => sum + section.roleNames.length, 0)
  if (hiddenRoles > 0) {
    blocks.push(`_Details left out for ${count(hiddenRoles, 'role')}; see the job summary._`)
  }
  blocks.push(parts.footer)
  return blocks.join('\n\n') + '\n'
}

function table(headers: string[], rows: string[], shown: number, noun: string): string {
  const lines = [tableRow(headers), tableRow(headers.map(() => '---')), ...rows.slice(0, shown)]
  const hidden = rows.length - shown
  if (hidden > 0) {
    lines.push(tableRow([`… and ${count(hidden, `more ${noun}`)}`, ...headers.slice(1).map(() => '')]))
  }
  return lines.join('\n')
}

function renderSection(section: Section, diffLength: number): string {
  const blocks = [`<details><summary>${sectionSummary(section)}</summary>`, ...section.blocks]
  if (section.diff !== '') {
    const { diff, fence } = section
    if (diffLength > 0) blocks.push(`${fence}diff\n${diff.slice(0, diffLength)}\n${fence}`)
    const hidden = diff.length - diffLength
    if (hidden > 0) {
      blocks.push(
        `_Diff truncated: ${hidden.toLocaleString('en-US')} characters not shown; see the job summary or the backup file._`
      )
    }
  }
  blocks.push('</details>')
  return blocks.join('\n\n')
}

/** The title, the marker and the footer always stay; past them, only what still fits. */
function fallback(parts: Parts, limit: number): string {
  const notice = '_The report is too large to show here; see the job summary._'
  const head = parts.marker === null ? [] : [parts.marker]
  const candidates = [
    [...head, parts.heading, ...parts.alerts, notice, parts.footer],
    [...head, parts.heading, notice, parts.footer],
    [...head, parts.heading, parts.footer]
  ].map((blocks) => blocks.join('\n\n') + '\n')
  return candidates.find((body) => body.length <= limit) ?? (candidates[2] ?? '').slice(0, limit)
}

function changedRoles(roles: RolePlan[]): number {
  return roles.filter(isWrite).length
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function clip(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH)}…`
}
