/**
 * The GitHub issue a scheduled `check` keeps open while it finds drift or an ID past `max-age`: what
 * drifts on which role, since when, the age of the ID, the fingerprint to keep and how to rotate.
 * Pure; masked like the comment (fingerprints only, and every text through the redactor).
 */
import type { DriftFinding } from '../domain/plan-types.js'
import { count, DRIFT_LABELS, safeUrl } from './markdown.js'
import { cellCode, codeSpan, escapeMarkdown, tableRow } from './markdown-escape.js'
import { driftIssueMarker, type MarkerKey } from './marker.js'
import { createRedactor } from './redact.js'

/** GitHub refuses longer issue titles. */
const TITLE_LIMIT = 256
/** An issue body is limited like a comment; a table this long says enough. */
const MAX_ROWS = 200
const FIRST_FOUND = /<!-- scv-external-id:first-found:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) -->/
const DAY_MS = 86_400_000

export interface DriftIssueFacts {
  key: MarkerKey
  /** The ID(s) the check was given, which the roles should require: the one(s) to keep. */
  fingerprint: string | Record<string, string> | null
  maxAgeSeconds: number | null
  findings: readonly DriftFinding[]
  /** The `scv-external-id:applied-at` tag of each role that has a valid one, by ARN. */
  appliedAt: Readonly<Record<string, Date>>
  /** When the drift was first found: carried over from the open issue, else this run. */
  firstFound: Date
  now: Date
  runUrl: string | null
  workflow: string | null
  /** Every external ID of the run: none may show. */
  secrets: readonly string[]
}

export interface IssueText {
  title: string
  body: string
}

/** The issue for these findings: its title names the key, its body starts with the marker. */
export function renderDriftIssue(facts: DriftIssueFacts): IssueText {
  const redact = createRedactor(facts.secrets)
  const roles = new Set(facts.findings.map((finding) => finding.role.arn)).size
  const blocks = [
    driftIssueMarker(facts.key),
    `<!-- scv-external-id:first-found:${isoSeconds(facts.firstFound)} -->`,
    `### Service Cloud Voice external ID: drift on ${count(roles, 'role')}`,
    `The drift check found roles of ${describeKey(facts.key)} that do not require exactly the external ID it was given. Every check updates this issue while the drift lasts and closes it once every role is in sync.`,
    facts.findings.length === 0 ? '' : summaryList(facts),
    findingsTable(facts, redact),
    ...remedies(facts),
    footer(facts)
  ].filter((block) => block !== '')
  return { title: driftIssueTitle(facts.key), body: redact(blocks.join('\n\n') + '\n') }
}

/** The title: the key, never an ID; at most GitHub's 256 characters. */
export function driftIssueTitle(key: MarkerKey): string {
  const account = key.accountId ?? 'unknown account'
  const centers = key.callCenters.length === 0 ? '' : `, ${key.callCenters.join(', ')}`
  const title = `SCV external ID drift: account ${account}, ${key.contactCenterType}${centers}`
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`
}

/** The short comment that closes the issue once a check finds every role in sync. */
export function renderInSyncComment(facts: Pick<DriftIssueFacts, 'now' | 'runUrl' | 'workflow'>): string {
  const run = safeUrl(facts.runUrl)
  const by = run === null ? 'A drift check' : `[A drift check](${run})`
  return `${by} found every role in sync at ${isoSeconds(facts.now)}: closing. A new finding reopens this issue.\n`
}

/** When the drift was first found, as the issue body records it; null when it does not. */
export function firstFoundOf(body: string): Date | null {
  const found = FIRST_FOUND.exec(body)?.[1]
  return found === undefined ? null : new Date(found)
}

function describeKey(key: MarkerKey): string {
  const parts = [
    `AWS account ${key.accountId === null ? 'unknown' : codeSpan(key.accountId)}`,
    `contact center type ${codeSpan(key.contactCenterType)}`
  ]
  if (key.callCenters.length > 0) {
    const label = key.callCenters.length === 1 ? 'call center' : 'call centers'
    parts.push(`${label} ${key.callCenters.map(codeSpan).join(', ')}`)
  }
  return parts.join(', ')
}

function summaryList(facts: DriftIssueFacts): string {
  const keep =
    facts.fingerprint === null
      ? '**External ID to keep:** the ID in the secret the check was given'
      : typeof facts.fingerprint === 'string'
        ? `**External ID to keep:** ${codeSpan(facts.fingerprint)}, the ID in the secret the check was given`
        : `**External IDs to keep:** ${Object.entries(facts.fingerprint)
            .map(([label, value]) => `${escapeMarkdown(label).join(' ')} ${codeSpan(value)}`)
            .join(', ')}, the IDs in the secret the check was given`
  const maxAge =
    facts.maxAgeSeconds === null
      ? `**${codeSpan('max-age')}:** not set, so the age of the ID is not checked`
      : `**${codeSpan('max-age')}:** ${codeSpan(duration(facts.maxAgeSeconds))}`
  const since = `**Drift first found:** ${isoSeconds(facts.firstFound)}; last checked ${isoSeconds(facts.now)}`
  return [keep, since, maxAge].map((line) => `- ${line}`).join('\n')
}

/** One row per finding: the role, what drifts, when its ID was applied (from its tags) and its age. */
function findingsTable(facts: DriftIssueFacts, redact: (text: string) => string): string {
  const rows = facts.findings.slice(0, MAX_ROWS).map((finding) => {
    const applied = facts.appliedAt[finding.role.arn]
    return tableRow([
      cellCode(finding.role.roleName),
      DRIFT_LABELS[finding.kind],
      applied === undefined ? 'unknown' : isoSeconds(applied),
      applied === undefined ? '—' : age(facts.now, applied),
      escapeMarkdown(redact(finding.detail)).join('<br>')
    ])
  })
  const hidden = facts.findings.length - rows.length
  if (hidden > 0) rows.push(tableRow([`… and ${count(hidden, 'more finding')}`, '', '', '', '']))
  const headers = ['Role', 'Drift', 'ID applied', 'Age of the ID', 'Detail']
  return [tableRow(headers), tableRow(headers.map(() => '---')), ...rows].join('\n')
}

/** What to do: re-apply for a role that lost the ID, rotate for an ID past max-age. */
function remedies(facts: DriftIssueFacts): string[] {
  const kinds = new Set(facts.findings.map((finding) => finding.kind))
  const blocks: string[] = []
  if ([...kinds].some((kind) => kind !== 'too-old')) {
    blocks.push(
      [
        '#### Put the ID back',
        '',
        `Run the workflow that applies the ID (${codeSpan('mode: apply')}) with the secret the check uses: it gives every role the condition again and leaves the other statements as they are. If a CloudFormation stack update put the template's trust policy back, the next stack update will do it again: add the condition to the template too.`
      ].join('\n')
    )
  }
  blocks.push(
    [
      kinds.has('too-old') ? '#### Rotate the ID (it is older than `max-age`)' : '#### Rotate the ID',
      '',
      '1. In Salesforce: Setup > Service Cloud Voice > Configure External ID > Generate. Do not paste the new ID anywhere but the secret.',
      `2. Update the repository or environment secret passed as ${codeSpan('external-id')} with the new ID.`,
      `3. Open a pull request that sets ${codeSpan('expected-fingerprint')} to the new ID's fingerprint (the plan comment shows it). Merging it applies the ID; with ${codeSpan('rotation: overlap')} the roles accept the old ID too until a ${codeSpan('replace')} run finishes the rotation.`
    ].join('\n')
  )
  return blocks
}

function footer(facts: DriftIssueFacts): string {
  const items = ['Kept by the drift check of scv-external-id-action']
  if (facts.workflow !== null) items.push(`workflow ${codeSpan(facts.workflow)}`)
  const run = safeUrl(facts.runUrl)
  if (run !== null) items.push(`[last run](${run})`)
  return `<sub>${items.join(' · ')}</sub>`
}

function age(now: Date, applied: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - applied.getTime()) / DAY_MS))
  return count(days, 'day')
}

/** max-age as the input writes it: the largest unit that divides it. */
function duration(seconds: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60]
  ]
  const unit = units.find(([, size]) => seconds % size === 0)
  return unit === undefined ? `${seconds}s` : `${seconds / unit[1]}${unit[0]}`
}

function isoSeconds(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
