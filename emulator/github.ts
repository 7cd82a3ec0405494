import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OidcIssuer } from './oidc.js'

/**
 * A local stand-in for the parts of the GitHub REST API the action uses (issue comments), the one
 * GraphQL query it sends (the viewer and a pull request's comments, with their authors and whether
 * they are minimized) and the Actions OIDC token endpoint. Served at the root (like api.github.com)
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

/** Who a token acts as. */
export interface GitHubIdentity {
  login: string
  id: number
  type: 'Bot' | 'User'
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
  stop(): Promise<void>
}

const GHES_PREFIX = '/api/v3'
const OIDC_PATH = '/_oidc/token'
const MAX_COMMENT_LENGTH = 65_536
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
const DOCS = 'https://docs.github.com/rest'
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

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Access = 'write' | 'read'

interface TokenGrant {
  access: Access
  identity: GitHubIdentity
}

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`)
  }
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  const token = options.token ?? 'ghs_emulator_token'
  const repository = options.repository ?? 'octo-org/scv-config'
  const idTokenRequestToken = `oidc_${randomBytes(16).toString('hex')}`
  const runId = String(1_000_000_000 + Math.floor(Math.random() * 1_000_000_000))
  const tokens = new Map<string, TokenGrant>([[token, { access: 'write', identity: ACTIONS_BOT }]])
  let nextUserId = 5_000_001
  const userIdentity = (login: string): GitHubIdentity =>
    [...tokens.values()].find((grant) => grant.identity.login === login)?.identity ??
    (login === ACTIONS_BOT.login ? ACTIONS_BOT : { login, id: nextUserId++, type: 'User' })
  const stored = new Map<number, StoredComment>()
  const faults: { rule: GitHubFaultRule; seen: number }[] = []
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
    const auth = grant.access
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
        return listComments(commentsOf(owner, repo, issueNumber), query, base, path, (c) => render(c, base))
      }
      if (method === 'POST') {
        requireWrite(auth, COMMENT_DOCS.create)
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
        requireWrite(auth, COMMENT_DOCS.update)
        requireAuthor(grant, comment, COMMENT_DOCS.update)
        comment.body = commentBody(body, COMMENT_DOCS.update)
        comment.updatedAt = timestamp()
        return { status: 200, body: render(comment, base) }
      }
      if (method === 'DELETE') {
        requireWrite(auth, COMMENT_DOCS.delete)
        requireAuthor(grant, comment, COMMENT_DOCS.delete)
        stored.delete(comment.id)
        return { status: 204 }
      }
    }
    throw new HttpError(notFound())
  }

  /**
   * The comment lookup the action sends: `viewer { login }` and/or
   * `repository(owner:, name:) { issueOrPullRequest|pullRequest|issue(number:) { comments(first:, after:) } }`.
   * Arguments are read from the query's variables; every comment field the action may select is returned.
   */
  const answerGraphql = (payload: unknown, viewer: GitHubIdentity): Reply => {
    const request = graphqlRequest(payload)
    if (request === null) return graphqlError('A query attribute must be specified and must be a string.')
    const data: Record<string, unknown> = {}
    if (/\bviewer\s*\{/.test(request.query)) data.viewer = { login: viewer.login }
    const lookup = commentLookup(request)
    if (lookup !== null) {
      const all = commentsOf(lookup.owner, lookup.repo, lookup.number)
      const start =
        lookup.after === null ? 0 : Number(Buffer.from(lookup.after, 'base64url').toString('utf8'))
      const page = all.slice(start, start + lookup.first)
      const end = start + page.length
      const comments = {
        totalCount: all.length,
        nodes: page.map((comment) => ({
          id: nodeId(comment.id),
          databaseId: comment.id,
          body: comment.body,
          isMinimized: comment.minimized,
          minimizedReason: comment.minimized ? 'outdated' : null,
          viewerDidAuthor: comment.author.login === viewer.login,
          // GraphQL names a bot without the "[bot]" suffix that REST shows.
          author: { login: comment.author.login.replace(/\[bot\]$/, '') }
        })),
        pageInfo: {
          hasNextPage: end < all.length,
          endCursor: page.length === 0 ? null : Buffer.from(String(end)).toString('base64url')
        }
      }
      data.repository = { [lookup.field]: { comments } }
    }
    if (Object.keys(data).length === 0)
      return graphqlError('The emulator answers only the comment lookup query.')
    return { status: 200, body: { data } }
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

    if (GRAPHQL_PATHS.has(target.pathname) && method === 'POST') {
      return answerGraphql(await readJson(req), grant.identity)
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
    route(req).then(answer, (error: unknown) => {
      answer(error instanceof HttpError ? error.reply : { status: 500, body: errorBody(500, 'Server Error') })
    })
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
    addReadOnlyToken: (readOnly) => void tokens.set(readOnly, { access: 'read', identity: ACTIONS_BOT }),
    addUserToken: (userToken, login) =>
      void tokens.set(userToken, { access: 'write', identity: userIdentity(login) }),
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
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Clients keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

function listComments(
  all: StoredComment[],
  query: URLSearchParams,
  base: string,
  path: string,
  toJson: (comment: StoredComment) => Comment
): Reply {
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE)
  const page = positiveInt(query.get('page')) ?? 1
  const pageItems = all.slice((page - 1) * perPage, page * perPage).map(toJson)
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const link = linkHeader(`${base}${path}`, query, page, lastPage)
  return { status: 200, body: pageItems, headers: link ? { link } : {} }
}

/** GitHub's pagination header: prev, next, last, first; omitted when everything fits on one page. */
function linkHeader(pageUrl: string, query: URLSearchParams, page: number, lastPage: number): string | null {
  if (lastPage <= 1) return null
  const urlOfPage = (n: number): string => {
    const params = new URLSearchParams(query)
    params.set('page', String(n))
    return `${pageUrl}?${params.toString()}`
  }
  const links: string[] = []
  if (page > 1) links.push(`<${urlOfPage(Math.min(page - 1, lastPage))}>; rel="prev"`)
  if (page < lastPage) {
    links.push(`<${urlOfPage(page + 1)}>; rel="next"`)
    links.push(`<${urlOfPage(lastPage)}>; rel="last"`)
  }
  if (page > 1) links.push(`<${urlOfPage(1)}>; rel="first"`)
  return links.join(', ')
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

function requireWrite(auth: Access, documentationUrl: string): void {
  if (auth === 'write') return
  throw new HttpError(notAccessible(documentationUrl))
}

/** An installation token may not edit or delete a comment someone else wrote. */
function requireAuthor(grant: TokenGrant, comment: StoredComment, documentationUrl: string): void {
  if (grant.identity.type === 'Bot' && comment.author.login !== grant.identity.login) {
    throw new HttpError(notAccessible(documentationUrl))
  }
}

function notAccessible(documentationUrl: string): Reply {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: documentationUrl,
      status: '403'
    }
  }
}

function nodeId(id: number): string {
  return `IC_${Buffer.from(`IssueComment:${id}`).toString('base64url')}`
}

interface GraphqlRequest {
  query: string
  variables: Record<string, unknown>
}

function graphqlRequest(payload: unknown): GraphqlRequest | null {
  if (typeof payload !== 'object' || payload === null) return null
  const { query, variables } = payload as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string') return null
  const vars = typeof variables === 'object' && variables !== null ? { ...variables } : {}
  return { query, variables: vars }
}

/** GitHub answers a query it cannot run with 200 and an `errors` list. */
function graphqlError(message: string): Reply {
  return { status: 200, body: { errors: [{ message }] } }
}

interface CommentLookup {
  field: string
  owner: string
  repo: string
  number: number
  first: number
  after: string | null
}

/** The arguments of the comment lookup, literal or `$variable`; null when the query asks for none. */
function commentLookup(request: GraphqlRequest): CommentLookup | null {
  const argument = (text: string | undefined): unknown => {
    if (text === undefined) return undefined
    const trimmed = text.trim()
    if (trimmed.startsWith('$')) return request.variables[trimmed.slice(1)]
    if (/^\d+$/.test(trimmed)) return Number(trimmed)
    if (trimmed === 'null') return null
    return trimmed.replace(/^"|"$/g, '')
  }
  const repository = /repository\s*\(\s*owner\s*:\s*([^,)]+),\s*name\s*:\s*([^,)]+)\)/.exec(request.query)
  const issue = /\b(issueOrPullRequest|pullRequest|issue)\s*\(\s*number\s*:\s*([^,)]+)\)/.exec(request.query)
  const comments = /\bcomments\s*\(([^)]*)\)/.exec(request.query)
  if (!repository || !issue || !comments) return null
  const commentArgs = Object.fromEntries(
    (comments[1] ?? '').split(',').map((pair) => {
      const [name = '', value] = pair.split(':')
      return [name.trim(), argument(value)]
    })
  )
  const owner = argument(repository[1])
  const repo = argument(repository[2])
  const number = argument(issue[2])
  const first = commentArgs.first
  const after = commentArgs.after ?? null
  if (typeof owner !== 'string' || typeof repo !== 'string' || typeof number !== 'number') return null
  return {
    field: issue[1] ?? 'issueOrPullRequest',
    owner,
    repo,
    number,
    first: typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PER_PAGE) : MAX_PER_PAGE,
    after: typeof after === 'string' ? after : null
  }
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

function sameRepo(comment: StoredComment, owner: string, repo: string): boolean {
  // Owner and repository names are case-insensitive on GitHub.
  return (
    comment.owner.toLowerCase() === owner.toLowerCase() && comment.repo.toLowerCase() === repo.toLowerCase()
  )
}

function notFound(): Reply {
  return { status: 404, body: errorBody(404, 'Not Found') }
}

function errorBody(status: number, message: string): Record<string, string> {
  return { message, documentation_url: DOCS, status: String(status) }
}

function defaultMessage(status: number): string {
  return STATUS_CODES[status] ?? 'Error'
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null
  const n = Number(value)
  return n >= 1 ? n : null
}

/** GitHub's timestamp format: ISO 8601 without milliseconds. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
