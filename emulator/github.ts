import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OidcIssuer } from './oidc.js'
import { answerGraphql } from './github-graphql.js'
import {
  DOCS,
  errorBody,
  HttpError,
  listPage,
  notAccessible,
  notFound,
  sameRepo,
  timestamp,
  type GitHubIdentity,
  type Reply
} from './github-http.js'
import {
  canWrite,
  IssueTracker,
  type Issue,
  type Label,
  type NewIssue,
  type TokenGrant
} from './github-issues.js'

export type { GitHubIdentity } from './github-http.js'
export type { Issue, Label, NewIssue } from './github-issues.js'

/**
 * A local stand-in for the parts of the GitHub REST API the action uses (issue comments, issues,
 * labels: see github-issues.ts), GraphQL validated against GitHub's schema and executed over the
 * same state (see github-graphql.ts), primary rate limits, and the Actions OIDC token endpoint. Served at the root (like api.github.com)
 * and under `/api/v3` + `/api/graphql` (like GitHub Enterprise Server).
 *
 * Every token has an identity, as on GitHub: the workflow token acts as `github-actions[bot]` (an
 * installation: `GET /user` is refused, GraphQL's `viewer.login` is `github-actions[bot]` and the
 * bot's comments have the author login `github-actions`); a user token acts as its user.
 */

export interface GitHubEmulatorOptions {
  issuer: OidcIssuer
  port?: number
  /** The read-write token; default 'ghs_emulator_token'. */
  token?: string
  /** owner/repo the OIDC token is issued for; default 'octo-org/scv-config'. */
  repository?: string
  /** Fixed time the OIDC token endpoint takes to answer, like a remote service (benchmarks); default 0. */
  oidcLatencyMs?: number
}

/** Answers a matching request with an error instead of handling it. */
export interface GitHubFaultRule {
  method?: string
  /** Tested against the request path without its query string (e.g. `/repos/o/r/issues/1/comments`). */
  pathPattern?: RegExp
  /** Fire only on the nth matching request (1-based); without it, on every matching request. */
  nth?: number
  status: number
  /** JSON body of the answer; default GitHub's `{ message, documentation_url, status }` shape. */
  body?: unknown
  /** Response headers, e.g. `retry-after` of a secondary rate limit. */
  headers?: Record<string, string>
}

export interface GitHubRequestLogEntry {
  /** ISO timestamp of the request's arrival. */
  time: string
  method: string
  /** The request target: path and query string as sent. */
  path: string
  status: number
}

/** An issue comment as the REST API returns it. */
export interface Comment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: GitHubIdentity
  author_association: 'NONE'
  created_at: string
  updated_at: string
}

export interface GitHubEmulator {
  /** http://127.0.0.1:PORT (REST root); the GHES base is url + '/api/v3'. */
  readonly url: string
  /** The valid read-write token. */
  readonly token: string
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (already has a '?...' query). */
  readonly idTokenRequestUrl: string
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly idTokenRequestToken: string
  readonly log: GitHubRequestLogEntry[]
  /** A workflow token of a fork's pull request: acts as github-actions[bot], may only read. */
  addReadOnlyToken(token: string): void
  /** A personal token: acts as the user, may write. */
  addUserToken(token: string, login: string): void
  /**
   * A workflow token with the job's `permissions` (github-actions[bot]); unnamed scopes are 'none'.
   * Issues need `issues`; labels and comments on a pull request need `issues` or `pull-requests`.
   */
  addScopedToken(
    token: string,
    permissions: { issues?: 'none' | 'read' | 'write'; pullRequests?: 'none' | 'read' | 'write' }
  ): void
  /**
   * The primary rate limit: `remaining` requests until GitHub answers 403 "API rate limit exceeded"
   * with x-ratelimit-remaining 0, until `resetInSeconds` have passed (then the limit is full again).
   */
  setRateLimit(limit: { remaining: number; resetInSeconds: number }): void
  setOidcSubject(sub: string): void
  addFault(rule: GitHubFaultRule): void
  clearFaults(): void
  /** Direct state access for tests, in creation order. */
  comments(owner: string, repo: string, issueNumber: number): Comment[]
  /** Comments by github-actions[bot] unless `author` names another login. */
  seedComments(
    owner: string,
    repo: string,
    issueNumber: number,
    bodies: string[],
    options?: { author?: string }
  ): void
  /** Hides a comment as GitHub's "Hide" (minimize) does: still listed, flagged only in GraphQL. */
  minimizeComment(id: number): void
  /** The repository's issues as REST returns them, in creation order. */
  issues(owner: string, repo: string): Issue[]
  /** An issue written by github-actions[bot] unless `author` names another login. */
  seedIssue(owner: string, repo: string, issue: NewIssue & { author?: string }): Issue
  labels(owner: string, repo: string): Label[]
  seedLabel(owner: string, repo: string, name: string): void
  stop(): Promise<void>
}

const GHES_PREFIX = '/api/v3'
const OIDC_PATH = '/_oidc/token'
const MAX_COMMENT_LENGTH = 65_536
const RATE_LIMIT = 5000
const COMMENT_DOCS = {
  create: `${DOCS}/issues/comments#create-an-issue-comment`,
  update: `${DOCS}/issues/comments#update-an-issue-comment`,
  delete: `${DOCS}/issues/comments#delete-an-issue-comment`
}
const ACTIONS_BOT: GitHubIdentity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const GRAPHQL_PATHS = new Set(['/graphql', '/api/graphql'])

const ISSUE_COMMENTS_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const COMMENT_ROUTE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

interface StoredComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  author: GitHubIdentity
  minimized: boolean
  createdAt: string
  updatedAt: string
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  const token = options.token ?? 'ghs_emulator_token'
  const repository = options.repository ?? 'octo-org/scv-config'
  const idTokenRequestToken = `oidc_${randomBytes(16).toString('hex')}`
  const runId = String(1_000_000_000 + Math.floor(Math.random() * 1_000_000_000))
  const tokens = new Map<string, TokenGrant>([[token, grantOf(ACTIONS_BOT, 'write')]])
  let nextUserId = 5_000_001
  const userIdentity = (login: string): GitHubIdentity =>
    [...tokens.values()].find((grant) => grant.identity.login === login)?.identity ??
    (login === ACTIONS_BOT.login ? ACTIONS_BOT : { login, id: nextUserId++, type: 'User' })
  const stored = new Map<number, StoredComment>()
  const faults: { rule: GitHubFaultRule; seen: number }[] = []
  const tracker = new IssueTracker(
    (owner, repo, issueNumber) => commentsOf(owner, repo, issueNumber).length > 0
  )
  const rateLimit = new RateLimit()
  const log: GitHubRequestLogEntry[] = []
  let nextCommentId = 2_000_000_001
  let oidcSubject = `repo:${repository}:ref:refs/heads/main`

  const addComment = (
    owner: string,
    repo: string,
    issueNumber: number,
    body: string,
    author: GitHubIdentity
  ): StoredComment => {
    const now = timestamp()
    const comment = {
      id: nextCommentId++,
      owner,
      repo,
      issueNumber,
      body,
      author,
      minimized: false,
      createdAt: now,
      updatedAt: now
    }
    stored.set(comment.id, comment)
    return comment
  }

  const commentsOf = (owner: string, repo: string, issueNumber: number): StoredComment[] =>
    [...stored.values()].filter((c) => sameRepo(c, owner, repo) && c.issueNumber === issueNumber)

  const takeFault = (method: string, path: string): GitHubFaultRule | undefined => {
    let firing: GitHubFaultRule | undefined
    for (const fault of faults) {
      const { rule } = fault
      if (rule.method && rule.method.toUpperCase() !== method) continue
      if (rule.pathPattern && !rule.pathPattern.test(path)) continue
      fault.seen += 1
      if (!firing && (rule.nth === undefined || rule.nth === fault.seen)) firing = rule
    }
    return firing
  }

  const issueOidcToken = (query: URLSearchParams): Reply => {
    const owner = repository.split('/')[0] ?? repository
    const aud = query.get('audience') ?? `https://github.com/${owner}`
    const ref = refOfSubject(oidcSubject)
    const value = options.issuer.sign({
      aud,
      sub: oidcSubject,
      jti: randomUUID(),
      ref,
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha: '0'.repeat(40),
      repository,
      repository_owner: owner,
      repository_visibility: 'private',
      actor: 'octocat',
      event_name: 'push',
      workflow: 'scv-external-id',
      workflow_ref: `${repository}/.github/workflows/scv-external-id.yml@${ref}`,
      job_workflow_ref: `${repository}/.github/workflows/scv-external-id.yml@${ref}`,
      // A job with an environment gets the claim (and the environment form of sub).
      ...(environmentOfSubject(oidcSubject) === null
        ? {}
        : { environment: environmentOfSubject(oidcSubject) }),
      run_id: runId,
      run_number: '1',
      run_attempt: '1',
      runner_environment: 'github-hosted'
    })
    return { status: 200, body: { count: 1, value } }
  }

  const handleRest = (
    method: string,
    path: string,
    base: string,
    grant: TokenGrant,
    body: unknown,
    query: URLSearchParams
  ): Reply => {
    if (path === '/user' && method === 'GET') {
      // An installation token (the workflow's GITHUB_TOKEN) is no user.
      if (grant.identity.type === 'Bot')
        throw new HttpError(notAccessible(`${DOCS}/users/users#get-the-authenticated-user`))
      return { status: 200, body: { ...grant.identity } }
    }
    const listMatch = ISSUE_COMMENTS_ROUTE.exec(path)
    if (listMatch) {
      const [, owner = '', repo = '', issue = ''] = listMatch
      const issueNumber = Number(issue)
      if (method === 'GET') {
        return listPage(
          commentsOf(owner, repo, issueNumber).map((c) => render(c, base)),
          query,
          `${base}${path}`
        )
      }
      if (method === 'POST') {
        // A number that is no issue is a pull request: its comments need either permission.
        requireWrite(grant, tracker.find(owner, repo, issueNumber) ? 'issues' : 'either', COMMENT_DOCS.create)
        const text = commentBody(body, COMMENT_DOCS.create)
        return {
          status: 201,
          body: render(addComment(owner, repo, issueNumber, text, grant.identity), base)
        }
      }
    }
    const itemMatch = COMMENT_ROUTE.exec(path)
    if (itemMatch) {
      const [, owner = '', repo = '', id = ''] = itemMatch
      const comment = stored.get(Number(id))
      if (!comment || !sameRepo(comment, owner, repo)) throw new HttpError(notFound())
      if (method === 'GET') return { status: 200, body: render(comment, base) }
      if (method === 'PATCH') {
        requireWrite(grant, 'either', COMMENT_DOCS.update)
        requireAuthor(grant, comment, COMMENT_DOCS.update)
        comment.body = commentBody(body, COMMENT_DOCS.update)
        comment.updatedAt = timestamp()
        return { status: 200, body: render(comment, base) }
      }
      if (method === 'DELETE') {
        requireWrite(grant, 'either', COMMENT_DOCS.delete)
        requireAuthor(grant, comment, COMMENT_DOCS.delete)
        stored.delete(comment.id)
        return { status: 204 }
      }
    }
    const issues = tracker.handle({ method, path, base, body, query }, grant)
    if (issues !== null) return issues
    throw new HttpError(notFound())
  }

  const graphqlState = {
    comments: (owner: string, repo: string, issueNumber: number) => commentsOf(owner, repo, issueNumber),
    issues: (owner: string, repo: string) => tracker.all(owner, repo),
    issue: (owner: string, repo: string, issueNumber: number) => tracker.find(owner, repo, issueNumber),
    labelColor: (owner: string, repo: string, name: string) =>
      tracker.label(owner, repo, name)?.color ?? 'ededed'
  }

  const route = async (req: IncomingMessage): Promise<Reply> => {
    const method = (req.method ?? 'GET').toUpperCase()
    const target = new URL(req.url ?? '/', 'http://emulator')
    const fault = takeFault(method, target.pathname)
    if (fault)
      return {
        status: fault.status,
        body: fault.body ?? errorBody(fault.status, defaultMessage(fault.status)),
        ...(fault.headers === undefined ? {} : { headers: fault.headers })
      }

    if (target.pathname === OIDC_PATH && method === 'GET') {
      if (req.headers.authorization !== `Bearer ${idTokenRequestToken}`) {
        return { status: 401, body: { message: 'The ID token request token is missing or invalid' } }
      }
      if (options.oidcLatencyMs) await new Promise((resolve) => setTimeout(resolve, options.oidcLatencyMs))
      return issueOidcToken(target.searchParams)
    }

    const grant = tokens.get(bearerToken(req.headers.authorization) ?? '')
    if (!grant) return { status: 401, body: errorBody(401, 'Bad credentials') }
    const limited = rateLimit.take()
    if (limited !== null) return limited

    if (GRAPHQL_PATHS.has(target.pathname) && method === 'POST') {
      return answerGraphql(await readJson(req), grant.identity, graphqlState)
    }
    const isGhes = target.pathname === GHES_PREFIX || target.pathname.startsWith(`${GHES_PREFIX}/`)
    const path = isGhes ? target.pathname.slice(GHES_PREFIX.length) : target.pathname
    const base = `http://${req.headers.host ?? '127.0.0.1'}${isGhes ? GHES_PREFIX : ''}`
    const body = await readJson(req)
    return handleRest(method, path, base, grant, body, target.searchParams)
  }

  const server = createServer((req, res) => {
    const time = new Date().toISOString()
    const answer = (reply: Reply): void => {
      log.push({ time, method: req.method ?? 'GET', path: req.url ?? '/', status: reply.status })
      send(res, reply)
    }
    // Every answer tells the rate limit, as GitHub's do.
    const withLimit = (reply: Reply): Reply => ({
      ...reply,
      headers: { ...rateLimit.headers(), ...reply.headers }
    })
    route(req).then(
      (reply) => answer(withLimit(reply)),
      (error: unknown) => {
        const reply =
          error instanceof HttpError ? error.reply : { status: 500, body: errorBody(500, 'Server Error') }
        answer(withLimit(reply))
      }
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    token,
    idTokenRequestUrl: `${url}${OIDC_PATH}?api-version=2.0`,
    idTokenRequestToken,
    log,
    addReadOnlyToken: (readOnly) => void tokens.set(readOnly, grantOf(ACTIONS_BOT, 'read')),
    addUserToken: (userToken, login) => void tokens.set(userToken, grantOf(userIdentity(login), 'write')),
    addScopedToken: (scoped, permissions) =>
      void tokens.set(scoped, {
        identity: ACTIONS_BOT,
        permissions: {
          issues: permissions.issues ?? 'none',
          pullRequests: permissions.pullRequests ?? 'none'
        }
      }),
    setRateLimit: (limit) => rateLimit.set(limit.remaining, limit.resetInSeconds),
    setOidcSubject: (sub) => {
      oidcSubject = sub
    },
    addFault: (rule) => void faults.push({ rule, seen: 0 }),
    clearFaults: () => {
      faults.length = 0
    },
    comments: (owner, repo, issueNumber) => commentsOf(owner, repo, issueNumber).map((c) => render(c, url)),
    seedComments: (owner, repo, issueNumber, bodies, seedOptions = {}) => {
      const author = userIdentity(seedOptions.author ?? ACTIONS_BOT.login)
      for (const body of bodies) addComment(owner, repo, issueNumber, body, author)
    },
    minimizeComment: (id) => {
      const comment = stored.get(id)
      if (!comment) throw new Error(`no comment ${id}`)
      comment.minimized = true
    },
    issues: (owner, repo) => tracker.all(owner, repo).map((issue) => tracker.render(issue, url)),
    seedIssue: (owner, repo, { author, ...issue }) =>
      tracker.render(tracker.create(owner, repo, issue, userIdentity(author ?? ACTIONS_BOT.login)), url),
    labels: (owner, repo) => tracker.labelsOf(owner, repo).map((label) => tracker.renderLabel(label, url)),
    seedLabel: (owner, repo, name) => void tracker.createLabel(owner, repo, name),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Clients keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

function render(comment: StoredComment, base: string): Comment {
  const { owner, repo, id } = comment
  return {
    id,
    node_id: nodeId(id),
    url: `${base}/repos/${owner}/${repo}/issues/comments/${id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: { ...comment.author },
    author_association: 'NONE',
    created_at: comment.createdAt,
    updated_at: comment.updatedAt
  }
}

function requireWrite(grant: TokenGrant, scope: 'issues' | 'either', documentationUrl: string): void {
  if (canWrite(grant, scope)) return
  throw new HttpError(notAccessible(documentationUrl))
}

function grantOf(identity: GitHubIdentity, access: 'read' | 'write'): TokenGrant {
  return { identity, permissions: { issues: access, pullRequests: access } }
}

/** GitHub's primary rate limit of the token: a count of requests until a reset time. */
class RateLimit {
  private remaining = RATE_LIMIT
  private resetAt = Date.now() + 3_600_000

  set(remaining: number, resetInSeconds: number): void {
    this.remaining = remaining
    this.resetAt = Date.now() + resetInSeconds * 1000
  }

  /** Counts a request; GitHub's 403 answer when none is left. */
  take(): Reply | null {
    if (Date.now() >= this.resetAt) this.set(RATE_LIMIT, 3600)
    if (this.remaining > 0) {
      this.remaining -= 1
      return null
    }
    return {
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        status: '403'
      }
    }
  }

  headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(Math.ceil(this.resetAt / 1000)),
      'x-ratelimit-resource': 'core'
    }
  }
}

/** An installation token may not edit or delete a comment someone else wrote. */
function requireAuthor(grant: TokenGrant, comment: StoredComment, documentationUrl: string): void {
  if (grant.identity.type === 'Bot' && comment.author.login !== grant.identity.login) {
    throw new HttpError(notAccessible(documentationUrl))
  }
}

function nodeId(id: number): string {
  return `IC_${Buffer.from(`IssueComment:${id}`).toString('base64url')}`
}

/** The `body` field of a create or update request, validated like GitHub does. */
function commentBody(payload: unknown, documentationUrl: string): string {
  const body =
    typeof payload === 'object' && payload !== null ? (payload as { body?: unknown }).body : undefined
  if (typeof body !== 'string') {
    throw new HttpError({
      status: 422,
      body: {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: documentationUrl,
        status: '422'
      }
    })
  }
  // GitHub counts characters (code points), not UTF-16 units or bytes.
  if ([...body].length > MAX_COMMENT_LENGTH) {
    throw new HttpError({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`
          }
        ],
        documentation_url: documentationUrl,
        status: '422'
      }
    })
  }
  return body
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError({ status: 400, body: errorBody(400, 'Problems parsing JSON') })
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers }
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return
  }
  const payload = JSON.stringify(reply.body)
  headers['content-type'] = 'application/json; charset=utf-8'
  headers['content-length'] = String(Buffer.byteLength(payload))
  res.writeHead(reply.status, headers).end(payload)
}

/** `token X` and `Bearer X` are both accepted, as on GitHub. */
function bearerToken(header: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/** The git ref named in an OIDC subject like `repo:o/r:ref:refs/heads/x`; main otherwise. */
function refOfSubject(sub: string): string {
  const marker = ':ref:'
  const at = sub.indexOf(marker)
  return at === -1 ? 'refs/heads/main' : sub.slice(at + marker.length)
}

/** The environment named in an OIDC subject like `repo:o/r:environment:production`, or null. */
function environmentOfSubject(sub: string): string | null {
  const marker = ':environment:'
  const at = sub.indexOf(marker)
  return at === -1 ? null : sub.slice(at + marker.length)
}

function defaultMessage(status: number): string {
  return STATUS_CODES[status] ?? 'Error'
}
