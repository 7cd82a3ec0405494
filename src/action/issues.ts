/**
 * The repository's issues as the drift issue needs them, through Octokit: the label, a lookup of the
 * token's own issues by marker (GraphQL, which names the token's identity), and the REST writes.
 */
import * as core from '@actions/core'
import { httpStatus, gitHubMessage, sameActor, type Octokit } from './github.js'
import { carriesMarker } from '../report/marker.js'
import type { IssueText } from '../report/drift-issue.js'

/** The label every drift issue carries: how people filter for them, and how the lookup narrows. */
export const DRIFT_LABEL = 'scv-external-id'
const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION = 'Service Cloud Voice external ID drift, kept by scv-external-id-action'
/** An unlabelled lookup reads every open issue: beyond this many pages (of 100) it gives up. */
const MAX_PAGES = 10

export type IssueState = 'open' | 'closed'

export interface FoundIssue {
  number: number
  state: IssueState
  body: string
  url: string
}

export interface IssueChange {
  title?: string
  body?: string
  state?: IssueState
  stateReason?: 'completed' | 'reopened'
}

/** What the drift issue logic needs of GitHub; a fake stands in for it in unit tests. */
export interface IssueStore {
  /** True when the label exists, or (with `create`) could be created now. */
  labelAvailable(create: boolean): Promise<boolean>
  /** The newest issue in `state`, written by the token's own identity, that carries the marker. */
  findOwn(marker: string, state: IssueState, labelled: boolean): Promise<FoundIssue | null>
  create(text: IssueText, labelled: boolean): Promise<FoundIssue>
  update(issueNumber: number, change: IssueChange): Promise<FoundIssue>
  comment(issueNumber: number, body: string): Promise<void>
}

/** The lookup: who the token is, and the repository's issues newest first, with their authors. */
export const ISSUES_QUERY = `query ScvDriftIssue($owner: String!, $repo: String!, $labels: [String!], $states: [IssueState!], $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $cursor, labels: $labels, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) {
      nodes { number body state url author { login } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`

interface IssuesPage {
  viewer: { login: string }
  repository: {
    issues: {
      nodes: Array<{
        number: number
        body: string
        state: 'OPEN' | 'CLOSED'
        url: string
        author: { login: string } | null
      } | null>
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
    }
  } | null
}

interface RestIssue {
  number: number
  state: string
  body?: string | null
  html_url: string
}

export function octokitIssueStore(octokit: Octokit, repository: { owner: string; repo: string }): IssueStore {
  const { owner, repo } = repository
  const found = (issue: RestIssue): FoundIssue => ({
    number: issue.number,
    state: issue.state === 'closed' ? 'closed' : 'open',
    body: issue.body ?? '',
    url: issue.html_url
  })
  return {
    labelAvailable: (create) => labelAvailable(octokit, repository, create),
    findOwn: (marker, state, labelled) => findOwn(octokit, repository, { marker, state, labelled }),
    create: async (text, labelled) => {
      const labels = labelled ? { labels: [DRIFT_LABEL] } : {}
      const { data } = await octokit.rest.issues.create({ owner, repo, ...text, ...labels })
      return found(data)
    },
    update: async (issueNumber, change) => {
      const { stateReason, ...rest } = change
      const reason = stateReason === undefined ? {} : { state_reason: stateReason }
      const { data } = await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issueNumber,
        ...rest,
        ...reason
      })
      return found(data)
    },
    comment: async (issueNumber, body) => {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
    }
  }
}

/**
 * A missing label is created when asked; a refusal (no permission, a policy) only means the issue is
 * written without it, so it is logged, not raised.
 */
async function labelAvailable(
  octokit: Octokit,
  { owner, repo }: { owner: string; repo: string },
  create: boolean
): Promise<boolean> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL })
    return true
  } catch (error) {
    if (httpStatus(error) !== 404 || !create) return false
  }
  try {
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: DRIFT_LABEL,
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION
    })
    core.info(`Created the label ${DRIFT_LABEL}`)
    return true
  } catch (error) {
    // 422: another run created it in the meantime.
    if (httpStatus(error) === 422) return true
    core.info(
      `The label ${DRIFT_LABEL} could not be created (${gitHubMessage(error)}): the issue goes without it`
    )
    return false
  }
}

async function findOwn(
  octokit: Octokit,
  { owner, repo }: { owner: string; repo: string },
  wanted: { marker: string; state: IssueState; labelled: boolean }
): Promise<FoundIssue | null> {
  let cursor: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: IssuesPage = await octokit.graphql<IssuesPage>(ISSUES_QUERY, {
      owner,
      repo,
      states: [wanted.state.toUpperCase()],
      cursor,
      ...(wanted.labelled ? { labels: [DRIFT_LABEL] } : {})
    })
    const issues = answer.repository?.issues
    if (!issues) return null
    const match = issues.nodes.find(
      (issue) =>
        issue !== null &&
        issue.author !== null &&
        sameActor(issue.author.login, answer.viewer.login) &&
        carriesMarker(issue.body, wanted.marker)
    )
    if (match) {
      const state = match.state === 'CLOSED' ? 'closed' : 'open'
      return { number: match.number, state, body: match.body, url: match.url }
    }
    if (!issues.pageInfo.hasNextPage || issues.pageInfo.endCursor === null) return null
    cursor = issues.pageInfo.endCursor
  }
  return null
}
