import { getOctokit } from '@actions/github'

/** The pull request (an issue, to the REST API) that carries the sticky comment. */
export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type CommentOutcome =
  { status: 'created' | 'updated'; url: string; id: number } | { status: 'failed'; warning: string }

type Octokit = ReturnType<typeof getOctokit>

const MARKER_PREFIX = 'scv-external-id:'
const HTML_COMMENT = /<!--[\s\S]*?-->/g
const NOT_ACCESSIBLE = 'Resource not accessible by integration'

/**
 * Finds the comment carrying `marker` (an HTML comment string like `<!-- scv-external-id:KEY -->`) among ALL
 * comments (paginated, 100 per page), updates it in place, or creates it. GitHub errors come back as a
 * `failed` outcome with a warning, because a missing comment must not fail the run.
 */
export async function upsertStickyComment(
  token: string,
  target: CommentTarget,
  marker: string,
  body: string
): Promise<CommentOutcome> {
  if (!isSingleHtmlComment(marker)) {
    throw new TypeError('The sticky comment marker must be one complete HTML comment (<!-- ... -->)')
  }
  // The marker is what finds the comment next time, so the body must carry it.
  const markedBody = carriesMarker(body, marker) ? body : `${marker}\n${body}`
  const { owner, repo, issueNumber } = target
  try {
    const octokit = getOctokit(token)
    const existingId = await findMarkedComment(octokit, target, marker)
    if (existingId !== null) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existingId,
        body: markedBody
      })
      return { status: 'updated', url: data.html_url, id: data.id }
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: markedBody
    })
    return { status: 'created', url: data.html_url, id: data.id }
  } catch (error) {
    return { status: 'failed', warning: describeFailure(error, target) }
  }
}

/** The hidden marker for a comment key (account, contact center type, call centers). Pure. */
export function commentMarker(key: {
  accountId: string | null
  contactCenterType: string
  callCenters: string[]
}): string {
  // Encoding keeps separators and '-->' out of the parts, so distinct keys never produce overlapping markers.
  const callCenters = [...new Set(key.callCenters)].sort().map(encodeURIComponent).join(',')
  const account = key.accountId === null ? 'unknown-account' : encodeURIComponent(key.accountId)
  return `<!-- ${MARKER_PREFIX}${account}/${encodeURIComponent(key.contactCenterType)}/${callCenters} -->`
}

/** The id of the earliest comment carrying the marker, reading page by page until it is found. */
async function findMarkedComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string
): Promise<number | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  for await (const { data } of pages) {
    const found = data.find((comment) => carriesMarker(comment.body ?? '', marker))
    if (found) return found.id
  }
  return null
}

/** True when one of the body's HTML comments is exactly the marker (not merely contains it). */
function carriesMarker(body: string, marker: string): boolean {
  const comments: string[] = body.match(HTML_COMMENT) ?? []
  return comments.includes(marker)
}

function isSingleHtmlComment(marker: string): boolean {
  const comments = marker.match(HTML_COMMENT)
  return comments?.length === 1 && comments[0] === marker
}

function describeFailure(error: unknown, target: CommentTarget): string {
  const where = `pull request #${target.issueNumber} of ${target.owner}/${target.repo}`
  const prefix = `Could not write the comment on ${where}`
  const status = httpStatus(error)
  const message = gitHubMessage(error)
  if (status === 403 && message.startsWith(NOT_ACCESSIBLE)) {
    return (
      `${prefix}: the token may not write pull request comments (403 ${NOT_ACCESSIBLE}). ` +
      'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only ' +
      'token, so no comment can be written for them.'
    )
  }
  if (status === 401) {
    return `${prefix}: the GitHub token is invalid or expired (401 ${message}). Check the github-token input.`
  }
  return status === null ? `${prefix}: ${message}` : `${prefix}: GitHub answered ${status}: ${message}`
}

/** The status GitHub answered; null when no answer came (Octokit reports network failures as 500). */
function httpStatus(error: unknown): number | null {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown }
  return typeof status === 'number' && response !== undefined ? status : null
}

/** GitHub's own message (with validation details), falling back to the error's message. */
function gitHubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    const { message, errors } = data as { message: string; errors?: unknown }
    const details = Array.isArray(errors)
      ? errors.map((e) => (e as { message?: unknown }).message).filter((m) => typeof m === 'string')
      : []
    return details.length > 0 ? `${message}: ${details.join('; ')}` : message
  }
  return error instanceof Error ? error.message : String(error)
}
