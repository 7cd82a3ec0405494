import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { errorMessage } from '../aws/errors.js'

/** The pull request (an issue, to the REST API) that carries the sticky comment. */
export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type CommentOutcome =
  { status: 'created' | 'updated'; url: string; id: number } | { status: 'failed'; warning: string }

type Octokit = ReturnType<typeof getOctokit>

/** How long GitHub's waits last: production waits them out in full; tests shrink them. */
export interface GitHubPacing {
  /** Milliseconds per second of GitHub's retry-after and of the retry plugin's backoff. */
  millisecondsPerSecond: number
  /** Milliseconds between two writes that notify people; absent: Octokit's own spacing (3 s). */
  notificationSpacingMs?: number
}

const GITHUB_PACING: GitHubPacing = { millisecondsPerSecond: 1000 }

const MARKER_PREFIX = 'scv-external-id:'
const HTML_COMMENT = /<!--[\s\S]*?-->/g
const NOT_ACCESSIBLE = 'Resource not accessible by integration'
/** Retries of one request after a rate limit or a 5xx: a comment is worth a short wait, not a long one. */
const MAX_RETRIES = 2
/** Longer waits than this (seconds) are not worth holding the job for: the comment is given up. */
const MAX_RETRY_AFTER = 60
/** Client errors are final; 429 is the throttling plugin's to retry (it honours retry-after). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/**
 * The comment lookup: who the token is, and the comments with their authors and whether they are
 * minimized (hidden), which only GraphQL tells.
 */
const COMMENTS_QUERY = `query ScvStickyComment($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { ...CommentPage } }
      ... on Issue { comments(first: 100, after: $cursor) { ...CommentPage } }
    }
  }
}
fragment CommentPage on IssueCommentConnection {
  nodes { databaseId body isMinimized author { login } }
  pageInfo { hasNextPage endCursor }
}`

interface CommentsPage {
  viewer: { login: string }
  repository: {
    issueOrPullRequest: {
      comments?: {
        nodes: Array<{
          databaseId: number | null
          body: string
          isMinimized: boolean
          author: { login: string } | null
        } | null>
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
      }
    } | null
  } | null
}

/**
 * Finds the comment carrying `marker` (an HTML comment string like `<!-- scv-external-id:KEY -->`) among
 * the comments the token's own identity wrote and did not hide (all pages, 100 per page), updates it in
 * place, or creates it. A marker in anyone else's comment is ignored: it cannot be edited, and it must not
 * stand in for the review. Rate limits and 5xx are retried; other GitHub errors come back as a `failed`
 * outcome with a warning, because a missing comment must not fail the run.
 */
export async function upsertStickyComment(
  token: string,
  target: CommentTarget,
  marker: string,
  body: string,
  pacing: GitHubPacing = GITHUB_PACING
): Promise<CommentOutcome> {
  if (!isSingleHtmlComment(marker)) {
    throw new TypeError('The sticky comment marker must be one complete HTML comment (<!-- ... -->)')
  }
  // The marker is what finds the comment next time, so the body must carry it.
  const markedBody = carriesMarker(body, marker) ? body : `${marker}\n${body}`
  const { owner, repo, issueNumber } = target
  try {
    const octokit = githubClient(token, pacing)
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

/** Octokit that waits out GitHub's rate limits (retry-after) and retries 5xx with backoff. */
function githubClient(token: string, pacing: GitHubPacing): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER
      core.info(
        `GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return retrying
    }
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // A run sends one lookup and one write: GitHub's one second between writes is for bursts,
        // and the plugin would count the GraphQL lookup as a write and hold every comment a second.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        retryAfterBaseValue: pacing.millisecondsPerSecond,
        ...(pacing.notificationSpacingMs === undefined
          ? {}
          : {
              notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing.notificationSpacingMs })
            })
      },
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: MAX_RETRIES,
        retryAfterBaseValue: pacing.millisecondsPerSecond
      }
    },
    retry,
    throttling
  )
}

/** A bot is `name[bot]` to REST and to GraphQL's viewer, but `name` as a comment's GraphQL author. */
const sameActor = (a: string, b: string): boolean => a.replace(/\[bot\]$/, '') === b.replace(/\[bot\]$/, '')

/**
 * The id of the earliest comment by the token's own identity that carries the marker and is not
 * minimized, reading page by page until it is found.
 */
async function findMarkedComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string
): Promise<number | null> {
  let cursor: string | null = null
  for (;;) {
    const page: CommentsPage = await octokit.graphql<CommentsPage>(COMMENTS_QUERY, {
      owner: target.owner,
      repo: target.repo,
      number: target.issueNumber,
      cursor
    })
    const comments = page.repository?.issueOrPullRequest?.comments
    if (!comments) return null
    const found = comments.nodes.find(
      (comment) =>
        comment !== null &&
        comment.databaseId !== null &&
        !comment.isMinimized &&
        comment.author !== null &&
        sameActor(comment.author.login, page.viewer.login) &&
        carriesMarker(comment.body, marker)
    )
    if (found?.databaseId != null) return found.databaseId
    if (!comments.pageInfo.hasNextPage || comments.pageInfo.endCursor === null) return null
    cursor = comments.pageInfo.endCursor
  }
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
  // A RequestError without an answer still has the field `response`, set to undefined.
  const answered = hasField(error, 'response') && error.response !== undefined
  return answered && hasField(error, 'status') && typeof error.status === 'number' ? error.status : null
}

/** GitHub's own message (with validation details), falling back to the error's message. */
function gitHubMessage(error: unknown): string {
  const data = hasField(error, 'response') && hasField(error.response, 'data') ? error.response.data : null
  if (!hasField(data, 'message') || typeof data.message !== 'string') return errorMessage(error)
  const errors: unknown[] = hasField(data, 'errors') && Array.isArray(data.errors) ? data.errors : []
  const details = errors.flatMap((detail) =>
    hasField(detail, 'message') && typeof detail.message === 'string' ? [detail.message] : []
  )
  return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message
}

/** Whether `value` is an object with a field `key` (perhaps undefined): Octokit's errors and GitHub's answers are untyped. */
function hasField<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value
}
