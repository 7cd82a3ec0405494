import * as core from '@actions/core'
import { errorMessage } from '../aws/errors.js'
import type { Report } from '../domain/plan-types.js'
import type { RunContext } from './run-context.js'
import { renderReport } from '../report/markdown.js'

const SUMMARY_LIMIT = 1_000_000

/**
 * Writes the job summary and, where the run comments, the one sticky pull-request comment.
 * GitHub errors never fail the run: they become a warning annotation. Returns the comment URL.
 */
export async function publishReport(
  report: Report,
  context: RunContext,
  token: string
): Promise<string | null> {
  await writeSummary(report)
  if (context.commentOn === null || context.owner === null || context.repo === null) return null
  const { commentMarker, upsertStickyComment } = await loadCommentCode()
  const marker = commentMarker({
    accountId: report.accountId,
    contactCenterType: report.contactCenterType,
    callCenters: report.callCenters
  })
  const outcome = await upsertStickyComment(
    token,
    { owner: context.owner, repo: context.repo, issueNumber: context.commentOn },
    marker,
    renderReport(report, { marker })
  )
  if (outcome.status === 'failed') {
    core.warning(outcome.warning, { title: 'Pull-request comment not written' })
    return null
  }
  core.info(`Pull-request comment ${outcome.status}: ${outcome.url}`)
  return outcome.url
}

// Octokit (with undici) is loaded only for a run that writes a comment.
const loadCommentCode = () => import('./comment.js')

/** A run that will comment loads Octokit while it waits for AWS, not after its last answer. */
export function preloadCommentCode(context: RunContext): void {
  // A failure to load surfaces when the comment is written.
  if (context.commentOn !== null) loadCommentCode().catch(() => undefined)
}

/** The job summary may hold 1 MiB, so it keeps the diffs the comment may have to shorten. */
async function writeSummary(report: Report): Promise<void> {
  // Outside a runner (a local run against the emulator) there is no summary file: not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(renderReport(report, { limit: SUMMARY_LIMIT }), true).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${errorMessage(error)}`)
  }
}
