import {
  describeGitHubFailure,
  GITHUB_PACING,
  githubClient,
  sameActor,
  type GitHubPacing,
  type Octokit
} from './github.js'
import { carriesMarker, withMarker } from '../report/marker.js'

export { commentMarker } from '../report/marker.js'

/** The pull request (an issue, to the REST API) that carries the sticky comment. */
export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type CommentOutcome =
  { status: 'created' | 'updated'; url: string; id: number } | { status: 'failed'; warning: string }

/**
 * The comment lookup: who the token is, and the comments with their authors and whether they are
 * minimized (hidden), which only GraphQL tells.
 */
export const COMMENTS_QUERY = `query ScvStickyComment($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
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
  // The marker is what finds the comment next time, so the body must carry it.
  const markedBody = withMarker(body, marker)
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

function describeFailure(error: unknown, target: CommentTarget): string {
  const where = `pull request #${target.issueNumber} of ${target.owner}/${target.repo}`
  return describeGitHubFailure(error, `Could not write the comment on ${where}`, {
    may: 'write pull request comments',
    scope: 'pull-requests: write',
    note: 'Pull requests from forks always get a read-only token, so no comment can be written for them.'
  })
}
