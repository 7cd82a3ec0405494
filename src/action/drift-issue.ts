/**
 * `drift-issue: true`: a scheduled check keeps one issue open per account, contact center type and
 * call centers while it finds drift, and closes it once the roles are in sync. Writing the issue
 * never changes the check's result: a failure is a warning.
 */
import * as core from '@actions/core'
import type { Report } from '../domain/plan-types.js'
import type { Settings } from '../domain/settings.js'
import { firstFoundOf, renderDriftIssue, renderInSyncComment, type IssueText } from '../report/drift-issue.js'
import { driftIssueMarker } from '../report/marker.js'
import { createRedactor } from '../report/redact.js'
import { describeGitHubFailure, githubClient } from './github.js'
import { octokitIssueStore, type FoundIssue, type IssueStore } from './issues.js'
import type { RunContext } from './run-context.js'

/** What this check wants of the issue: drift keeps it open (rendered once the first-found time is known). */
export type WantedIssue =
  { kind: 'drift'; render: (firstFound: Date | null) => IssueText } | { kind: 'in-sync'; comment: string }

export type DriftIssueOutcome =
  | { status: 'created' | 'updated' | 'reopened' | 'closed'; issue: FoundIssue }
  | { status: 'none' }
  | { status: 'failed'; error: unknown }

/**
 * Finds the token's own issue by `marker` and brings it to the wanted state: drift creates it,
 * updates the open one or reopens the newest closed one; in sync closes the open one with a comment.
 * Issues anyone else wrote are never looked at. The label is created when missing; without it the
 * issue is written unlabelled and only an open one can be found again.
 */
export async function syncDriftIssue(
  store: IssueStore,
  marker: string,
  wanted: WantedIssue
): Promise<DriftIssueOutcome> {
  try {
    const labelled = await store.labelAvailable(wanted.kind === 'drift')
    const open = await store.findOwn(marker, 'open', labelled)
    if (wanted.kind === 'in-sync') {
      if (open === null) return { status: 'none' }
      await store.comment(open.number, wanted.comment)
      const closed = await store.update(open.number, { state: 'closed', stateReason: 'completed' })
      return { status: 'closed', issue: closed }
    }
    if (open !== null) {
      const text = wanted.render(firstFoundOf(open.body))
      return { status: 'updated', issue: await store.update(open.number, text) }
    }
    // A closed issue without the label cannot be told from the rest of the repository's history.
    const closed = labelled ? await store.findOwn(marker, 'closed', true) : null
    const text = wanted.render(null)
    if (closed !== null) {
      const reopened = await store.update(closed.number, { ...text, state: 'open', stateReason: 'reopened' })
      return { status: 'reopened', issue: reopened }
    }
    return { status: 'created', issue: await store.create(text, labelled) }
  } catch (error) {
    return { status: 'failed', error }
  }
}

/**
 * The check's issue, from its report: drift (an ID past max-age included) keeps it open; in sync
 * closes it. A check that could not judge every role (errors) leaves it as it is.
 */
export async function keepDriftIssue(
  report: Report,
  settings: Pick<Settings, 'githubToken' | 'maxAgeSeconds'>,
  context: Pick<RunContext, 'owner' | 'repo' | 'runUrl' | 'workflow'>,
  appliedAt: Record<string, Date>
): Promise<void> {
  const inSync = report.result === 'in-sync' && report.errors.length === 0
  if (report.result !== 'drift' && !inSync) {
    core.info('The drift issue is left as it is: this check could not judge every role.')
    return
  }
  const { owner, repo } = context
  if (owner === null || repo === null) {
    core.warning('GITHUB_REPOSITORY is not set, so there is no repository for the drift issue.', {
      title: 'Drift issue not written'
    })
    return
  }
  const key = {
    accountId: report.accountId,
    contactCenterType: report.contactCenterType,
    callCenters: report.callCenters
  }
  const now = report.run.time
  const wanted: WantedIssue = inSync
    ? { kind: 'in-sync', comment: renderInSyncComment({ now, ...context }) }
    : {
        kind: 'drift',
        render: (firstFound) =>
          renderDriftIssue({
            key,
            fingerprint: report.fingerprint,
            maxAgeSeconds: settings.maxAgeSeconds,
            findings: report.drift,
            appliedAt,
            firstFound: firstFound ?? now,
            now,
            runUrl: context.runUrl,
            workflow: context.workflow,
            secrets: report.secrets
          })
      }
  const store = octokitIssueStore(githubClient(settings.githubToken), { owner, repo })
  const outcome = await syncDriftIssue(store, driftIssueMarker(key), wanted)
  logOutcome(outcome, `${owner}/${repo}`, createRedactor(report.secrets))
}

function logOutcome(outcome: DriftIssueOutcome, repository: string, redact: (text: string) => string): void {
  switch (outcome.status) {
    case 'none':
      core.info('No drift issue is open: nothing to close.')
      return
    case 'failed':
      core.warning(
        redact(
          describeGitHubFailure(outcome.error, `Could not write the drift issue in ${repository}`, {
            may: 'write issues',
            scope: 'issues: write'
          })
        ),
        { title: 'Drift issue not written' }
      )
      return
    default:
      core.info(`Drift issue ${outcome.status}: ${outcome.issue.url}`)
  }
}
