/**
 * The issues and labels of the GitHub emulator's repositories, as the REST API serves them: create,
 * get, list (state, labels, creator, sort, direction, pages), update (title, body, state with
 * state_reason, labels), and labels (get, list, create with 422 when one exists). Writes need the
 * token's `issues: write` (labels: `issues` or `pull-requests`), as for a GitHub App installation.
 */
import {
  DOCS,
  fieldsOf,
  HttpError,
  listPage,
  notAccessible,
  notFound,
  sameRepo,
  timestamp,
  validationFailed,
  type GitHubIdentity,
  type Reply
} from './github-http.js'

export type Permission = 'none' | 'read' | 'write'

export interface TokenGrant {
  identity: GitHubIdentity
  permissions: { issues: Permission; pullRequests: Permission }
}

export interface StoredIssue {
  id: number
  owner: string
  repo: string
  number: number
  title: string
  body: string
  author: GitHubIdentity
  labels: string[]
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

interface StoredLabel {
  id: number
  owner: string
  repo: string
  name: string
  color: string
  description: string | null
}

/** A label as the REST API returns it. */
export interface Label {
  id: number
  node_id: string
  url: string
  name: string
  color: string
  default: boolean
  description: string | null
}

/** An issue as the REST API returns it (the fields a client reads). */
export interface Issue {
  id: number
  node_id: string
  url: string
  repository_url: string
  comments_url: string
  html_url: string
  number: number
  state: 'open' | 'closed'
  state_reason: StoredIssue['stateReason']
  title: string
  body: string
  user: GitHubIdentity
  labels: Label[]
  locked: boolean
  comments: number
  created_at: string
  updated_at: string
  closed_at: string | null
  author_association: 'NONE'
}

export interface NewIssue {
  title: string
  body?: string
  labels?: string[]
  state?: 'open' | 'closed'
}

const ISSUE_DOCS = {
  create: `${DOCS}/issues/issues#create-an-issue`,
  update: `${DOCS}/issues/issues#update-an-issue`,
  list: `${DOCS}/issues/issues#list-repository-issues`,
  label: `${DOCS}/issues/labels#create-a-label`
}
const ISSUES_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/issues$/
const ISSUE_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/
const LABELS_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/labels$/
const LABEL_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/labels\/([^/]+)$/
const MAX_TITLE_LENGTH = 256
const MAX_BODY_LENGTH = 65_536
const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const
const COLOR = /^[0-9a-fA-F]{6}$/

export function canWrite(grant: TokenGrant, scope: 'issues' | 'pullRequests' | 'either'): boolean {
  const { issues, pullRequests } = grant.permissions
  if (scope === 'either') return issues === 'write' || pullRequests === 'write'
  return grant.permissions[scope] === 'write'
}

/** Issues and labels of every repository; numbers are shared with pull requests, as on GitHub. */
export class IssueTracker {
  private readonly issues: StoredIssue[] = []
  private readonly labels: StoredLabel[] = []
  private nextId = 3_000_000_001

  /** `numberTaken` tells which numbers pull requests (the comment threads) already use. */
  constructor(private readonly numberTaken: (owner: string, repo: string, issueNumber: number) => boolean) {}

  all(owner: string, repo: string): StoredIssue[] {
    return this.issues.filter((issue) => sameRepo(issue, owner, repo))
  }

  find(owner: string, repo: string, issueNumber: number): StoredIssue | undefined {
    return this.all(owner, repo).find((issue) => issue.number === issueNumber)
  }

  labelsOf(owner: string, repo: string): StoredLabel[] {
    return this.labels.filter((label) => sameRepo(label, owner, repo))
  }

  label(owner: string, repo: string, name: string): StoredLabel | undefined {
    return this.labelsOf(owner, repo).find((label) => label.name.toLowerCase() === name.toLowerCase())
  }

  create(owner: string, repo: string, fields: NewIssue, author: GitHubIdentity): StoredIssue {
    const now = timestamp()
    let issueNumber = Math.max(0, ...this.all(owner, repo).map((issue) => issue.number)) + 1
    while (this.numberTaken(owner, repo, issueNumber)) issueNumber++
    const issue: StoredIssue = {
      id: this.nextId++,
      owner,
      repo,
      number: issueNumber,
      title: fields.title,
      body: fields.body ?? '',
      author,
      labels: this.labelNames(owner, repo, fields.labels ?? []),
      state: fields.state ?? 'open',
      stateReason: fields.state === 'closed' ? 'completed' : null,
      createdAt: now,
      updatedAt: now,
      closedAt: fields.state === 'closed' ? now : null
    }
    this.issues.push(issue)
    return issue
  }

  createLabel(
    owner: string,
    repo: string,
    name: string,
    color = 'ededed',
    description: string | null = null
  ) {
    const label = { id: this.nextId++, owner, repo, name, color: color.toLowerCase(), description }
    this.labels.push(label)
    return label
  }

  /** The REST routes of issues and labels; null when the path is none of them. */
  handle(
    request: { method: string; path: string; base: string; body: unknown; query: URLSearchParams },
    grant: TokenGrant
  ): Reply | null {
    const { method, path, base, body, query } = request
    const issues = ISSUES_ROUTE.exec(path)
    if (issues) {
      const [, owner = '', repo = ''] = issues
      if (method === 'GET') return this.list(owner, repo, query, `${base}${path}`, base, grant)
      if (method === 'POST') return this.post(owner, repo, body, base, grant)
    }
    const one = ISSUE_ROUTE.exec(path)
    if (one) {
      const [, owner = '', repo = '', issueNumber = ''] = one
      const issue = this.find(owner, repo, Number(issueNumber))
      if (!issue) throw new HttpError(notFound())
      if (method === 'GET') return { status: 200, body: this.render(issue, base) }
      if (method === 'PATCH') return this.patch(issue, body, base, grant)
    }
    return this.handleLabels(method, path, body, base, grant)
  }

  renderLabel(label: StoredLabel, base: string): Label {
    return renderLabelOf(label, base)
  }

  render(issue: StoredIssue, base: string): Issue {
    const { owner, repo, number } = issue
    const issueUrl = `${base}/repos/${owner}/${repo}/issues/${number}`
    return {
      id: issue.id,
      node_id: `I_${Buffer.from(`Issue:${issue.id}`).toString('base64url')}`,
      url: issueUrl,
      repository_url: `${base}/repos/${owner}/${repo}`,
      comments_url: `${issueUrl}/comments`,
      html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
      number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: { ...issue.author },
      labels: issue.labels.flatMap((name) => {
        const label = this.label(owner, repo, name)
        return label ? [renderLabelOf(label, base)] : []
      }),
      locked: false,
      comments: 0,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: 'NONE'
    }
  }

  private list(
    owner: string,
    repo: string,
    query: URLSearchParams,
    pageUrl: string,
    base: string,
    grant: TokenGrant
  ): Reply {
    if (grant.permissions.issues === 'none') throw new HttpError(notAccessible(ISSUE_DOCS.list))
    const state = query.get('state') ?? 'open'
    const labels = (query.get('labels') ?? '').split(',').map((name) => name.trim().toLowerCase())
    const wanted = labels.filter((name) => name !== '')
    const creator = query.get('creator')
    const matching = this.all(owner, repo).filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)) &&
        (creator === null || issue.author.login.toLowerCase() === creator.toLowerCase())
    )
    const sortKey = query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt'
    const ascending = query.get('direction') === 'asc'
    // Creation order breaks ties of equal timestamps (one second apart at most).
    const sorted = matching
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => a.issue[sortKey].localeCompare(b.issue[sortKey]) || a.index - b.index)
      .map(({ issue }) => this.render(issue, base))
    return listPage(ascending ? sorted : sorted.reverse(), query, pageUrl)
  }

  private post(owner: string, repo: string, body: unknown, base: string, grant: TokenGrant): Reply {
    if (!canWrite(grant, 'issues')) throw new HttpError(notAccessible(ISSUE_DOCS.create))
    const fields = fieldsOf(body)
    if (typeof fields.title !== 'string' && typeof fields.title !== 'number') {
      throw validationFailed(ISSUE_DOCS.create, { resource: 'Issue', code: 'missing_field', field: 'title' })
    }
    const issue = this.create(
      owner,
      repo,
      {
        title: checkedTitle(String(fields.title), ISSUE_DOCS.create),
        body: checkedBody(fields.body, ISSUE_DOCS.create),
        labels: checkedLabels(fields.labels, ISSUE_DOCS.create)
      },
      grant.identity
    )
    return { status: 201, body: this.render(issue, base) }
  }

  private patch(issue: StoredIssue, body: unknown, base: string, grant: TokenGrant): Reply {
    if (!canWrite(grant, 'issues')) throw new HttpError(notAccessible(ISSUE_DOCS.update))
    const fields = fieldsOf(body)
    const state = checkedState(fields.state)
    const reason = checkedStateReason(fields.state_reason)
    if (fields.title !== undefined) issue.title = checkedTitle(String(fields.title), ISSUE_DOCS.update)
    if (fields.body !== undefined) issue.body = checkedBody(fields.body, ISSUE_DOCS.update)
    if (fields.labels !== undefined) {
      issue.labels = this.labelNames(issue.owner, issue.repo, checkedLabels(fields.labels, ISSUE_DOCS.update))
    }
    const now = timestamp()
    if (state === 'closed' && issue.state === 'open') {
      Object.assign(issue, { state, closedAt: now, stateReason: reason ?? 'completed' })
    } else if (state === 'open' && issue.state === 'closed') {
      Object.assign(issue, { state, closedAt: null, stateReason: 'reopened' })
    } else if (reason !== undefined && issue.state === 'closed') {
      issue.stateReason = reason
    }
    issue.updatedAt = now
    return { status: 200, body: this.render(issue, base) }
  }

  private handleLabels(method: string, path: string, body: unknown, base: string, grant: TokenGrant) {
    const many = LABELS_ROUTE.exec(path)
    if (many) {
      const [, owner = '', repo = ''] = many
      if (method === 'GET') {
        return { status: 200, body: this.labelsOf(owner, repo).map((label) => renderLabelOf(label, base)) }
      }
      if (method === 'POST') return this.postLabel(owner, repo, body, base, grant)
    }
    const one = LABEL_ROUTE.exec(path)
    if (one && method === 'GET') {
      const [, owner = '', repo = '', name = ''] = one
      const label = this.label(owner, repo, decodeURIComponent(name))
      if (!label) throw new HttpError(notFound())
      return { status: 200, body: renderLabelOf(label, base) }
    }
    return null
  }

  private postLabel(owner: string, repo: string, body: unknown, base: string, grant: TokenGrant): Reply {
    if (!canWrite(grant, 'either')) throw new HttpError(notAccessible(ISSUE_DOCS.label))
    const { name, color, description } = fieldsOf(body)
    if (typeof name !== 'string' || name.trim() === '') {
      throw validationFailed(ISSUE_DOCS.label, { resource: 'Label', code: 'missing_field', field: 'name' })
    }
    if (this.label(owner, repo, name)) {
      throw validationFailed(ISSUE_DOCS.label, { resource: 'Label', code: 'already_exists', field: 'name' })
    }
    const hex = typeof color === 'string' ? color.replace(/^#/, '') : 'ededed'
    if (!COLOR.test(hex)) {
      throw validationFailed(ISSUE_DOCS.label, { resource: 'Label', code: 'invalid', field: 'color' })
    }
    const text = typeof description === 'string' ? description : null
    return { status: 201, body: renderLabelOf(this.createLabel(owner, repo, name, hex, text), base) }
  }

  /** A user with push access may name labels that do not exist yet: GitHub creates them. */
  private labelNames(owner: string, repo: string, names: string[]): string[] {
    const result: string[] = []
    for (const name of names) {
      const label = this.label(owner, repo, name) ?? this.createLabel(owner, repo, name)
      if (!result.includes(label.name)) result.push(label.name)
    }
    return result
  }
}

function renderLabelOf(label: StoredLabel, base: string): Label {
  return {
    id: label.id,
    node_id: `LA_${Buffer.from(`Label:${label.id}`).toString('base64url')}`,
    url: `${base}/repos/${label.owner}/${label.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description
  }
}

function checkedTitle(title: string, documentationUrl: string): string {
  if (title.trim() === '' || [...title].length > MAX_TITLE_LENGTH) {
    throw validationFailed(documentationUrl, {
      resource: 'Issue',
      code: 'custom',
      field: 'title',
      message: `title is too long (maximum is ${MAX_TITLE_LENGTH} characters) or empty`
    })
  }
  return title
}

function checkedBody(body: unknown, documentationUrl: string): string {
  if (body === undefined || body === null) return ''
  const text = String(body)
  if ([...text].length > MAX_BODY_LENGTH) {
    throw validationFailed(documentationUrl, {
      resource: 'Issue',
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`
    })
  }
  return text
}

function checkedLabels(labels: unknown, documentationUrl: string): string[] {
  if (labels === undefined || labels === null) return []
  if (!Array.isArray(labels) || labels.some((name) => typeof name !== 'string')) {
    throw validationFailed(documentationUrl, { resource: 'Issue', code: 'invalid', field: 'labels' })
  }
  return labels.map(String)
}

function checkedState(state: unknown): 'open' | 'closed' | undefined {
  if (state === undefined) return undefined
  if (state === 'open' || state === 'closed') return state
  throw validationFailed(ISSUE_DOCS.update, { resource: 'Issue', code: 'invalid', field: 'state' })
}

function checkedStateReason(reason: unknown): StoredIssue['stateReason'] | undefined {
  if (reason === undefined || reason === null) return undefined
  const known = STATE_REASONS.find((value) => value === reason)
  if (known !== undefined) return known
  throw validationFailed(ISSUE_DOCS.update, { resource: 'Issue', code: 'invalid', field: 'state_reason' })
}
