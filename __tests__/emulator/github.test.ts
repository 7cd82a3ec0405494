import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  startGitHubEmulator,
  type Comment,
  type GitHubEmulator,
  type Issue,
  type Label
} from '../../emulator/github.js'
import { createOidcIssuer } from '../../emulator/oidc.js'
import { COMMENTS_QUERY } from '../../src/action/comment.js'
import { ISSUES_QUERY } from '../../src/action/issues.js'

const issuer = createOidcIssuer()
let github: GitHubEmulator
let nextIssue = 1

/** Each test works on its own pull request so state never leaks between tests. */
const freshIssue = (): number => nextIssue++

beforeAll(async () => {
  github = await startGitHubEmulator({ issuer })
  github.addReadOnlyToken('ghs_read_only')
})
afterAll(async () => {
  await github.stop()
})
afterEach(() => {
  github.clearFaults()
})

function call(path: string, init: { method?: string; body?: unknown; token?: string | null } = {}) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' }
  const token = init.token === undefined ? github.token : init.token
  if (token !== null) headers.authorization = `token ${token}`
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${github.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body)
  })
}

const commentsPath = (issue: number): string => `/repos/octo-org/scv-config/issues/${issue}/comments`

describe('issue comment pagination', () => {
  it('pages 150 comments 30 at a time by default with GitHub Link headers', async () => {
    const issue = freshIssue()
    github.seedComments(
      'octo-org',
      'scv-config',
      issue,
      Array.from({ length: 150 }, (_, i) => `c${i}`)
    )
    const pageUrl = (query: string): string => `${github.url}${commentsPath(issue)}?${query}`

    const first = await call(commentsPath(issue))
    expect(first.status).toBe(200)
    expect(((await first.json()) as Comment[]).map((c) => c.body)).toEqual(
      Array.from({ length: 30 }, (_, i) => `c${i}`)
    )
    expect(first.headers.get('link')).toBe(
      `<${pageUrl('page=2')}>; rel="next", <${pageUrl('page=5')}>; rel="last"`
    )

    const middle = await call(`${commentsPath(issue)}?page=3`)
    expect(middle.headers.get('link')).toBe(
      `<${pageUrl('page=2')}>; rel="prev", <${pageUrl('page=4')}>; rel="next", ` +
        `<${pageUrl('page=5')}>; rel="last", <${pageUrl('page=1')}>; rel="first"`
    )
  })

  it('keeps per_page in the links, caps it at 100 and answers the last page without next/last', async () => {
    const issue = freshIssue()
    github.seedComments(
      'octo-org',
      'scv-config',
      issue,
      Array.from({ length: 150 }, (_, i) => `c${i}`)
    )
    const pageUrl = (query: string): string => `${github.url}${commentsPath(issue)}?${query}`

    const capped = await call(`${commentsPath(issue)}?per_page=500`)
    expect(((await capped.json()) as Comment[]).length).toBe(100)

    const last = await call(`${commentsPath(issue)}?per_page=100&page=2`)
    const lastBodies = ((await last.json()) as Comment[]).map((c) => c.body)
    expect(lastBodies).toHaveLength(50)
    expect(lastBodies[0]).toBe('c100')
    expect(last.headers.get('link')).toBe(
      `<${pageUrl('per_page=100&page=1')}>; rel="prev", <${pageUrl('per_page=100&page=1')}>; rel="first"`
    )

    const beyond = await call(`${commentsPath(issue)}?per_page=100&page=3`)
    expect(await beyond.json()).toEqual([])
  })

  it('following rel="next" yields every comment once, in creation order', async () => {
    const issue = freshIssue()
    const bodies = Array.from({ length: 150 }, (_, i) => `c${i}`)
    github.seedComments('octo-org', 'scv-config', issue, bodies)

    const seen: string[] = []
    let next: string | null = `${github.url}${commentsPath(issue)}?per_page=40`
    while (next) {
      const response: Response = await fetch(next, { headers: { authorization: `token ${github.token}` } })
      seen.push(...((await response.json()) as Comment[]).map((c) => c.body))
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null
    }
    expect(seen).toEqual(bodies)
  })

  it('omits the Link header when everything fits on one page', async () => {
    const issue = freshIssue()
    github.seedComments('octo-org', 'scv-config', issue, ['only'])
    const response = await call(commentsPath(issue))
    expect(response.headers.get('link')).toBeNull()
  })
})

describe('issue comment lifecycle', () => {
  it('creates a comment with the fields GitHub returns', async () => {
    const issue = freshIssue()
    const response = await call(commentsPath(issue), { method: 'POST', body: { body: 'hello' } })
    expect(response.status).toBe(201)
    const comment = (await response.json()) as Comment
    expect(comment).toMatchObject({
      body: 'hello',
      url: `${github.url}/repos/octo-org/scv-config/issues/comments/${comment.id}`,
      html_url: `https://github.com/octo-org/scv-config/pull/${issue}#issuecomment-${comment.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(comment.node_id).toMatch(/^IC_/)
    expect(comment.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(comment.updated_at).toBe(comment.created_at)
    expect(github.comments('octo-org', 'scv-config', issue)).toEqual([comment])
  })

  it('reads, updates and deletes a comment by id', async () => {
    const issue = freshIssue()
    const created = (await (
      await call(commentsPath(issue), { method: 'POST', body: { body: 'v1' } })
    ).json()) as Comment
    const itemPath = `/repos/octo-org/scv-config/issues/comments/${created.id}`

    expect(((await (await call(itemPath)).json()) as Comment).body).toBe('v1')

    const updated = await call(itemPath, { method: 'PATCH', body: { body: 'v2' } })
    expect(updated.status).toBe(200)
    expect(((await updated.json()) as Comment).id).toBe(created.id)
    expect(github.comments('octo-org', 'scv-config', issue).map((c) => c.body)).toEqual(['v2'])

    expect((await call(itemPath, { method: 'DELETE' })).status).toBe(204)
    expect((await call(itemPath)).status).toBe(404)
    expect(github.comments('octo-org', 'scv-config', issue)).toEqual([])
  })

  it('does not find a comment through another repository', async () => {
    const issue = freshIssue()
    const created = (await (
      await call(commentsPath(issue), { method: 'POST', body: { body: 'x' } })
    ).json()) as Comment
    expect((await call(`/repos/octo-org/other/issues/comments/${created.id}`)).status).toBe(404)
  })

  it('accepts a body of exactly 65,536 characters, counted as characters, and rejects one more', async () => {
    const issue = freshIssue()
    expect(
      (await call(commentsPath(issue), { method: 'POST', body: { body: 'a'.repeat(65_536) } })).status
    ).toBe(201)
    const emoji = '\u{1F600}'.repeat(65_536)
    expect((await call(commentsPath(issue), { method: 'POST', body: { body: emoji } })).status).toBe(201)

    const tooLong = await call(commentsPath(issue), { method: 'POST', body: { body: 'a'.repeat(65_537) } })
    expect(tooLong.status).toBe(422)
    expect(await tooLong.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', message: 'Body is too long (maximum is 65536 characters)' }]
    })
    const [kept] = github.comments('octo-org', 'scv-config', issue)
    const tooLongUpdate = await call(`/repos/octo-org/scv-config/issues/comments/${kept?.id}`, {
      method: 'PATCH',
      body: { body: 'b'.repeat(65_537) }
    })
    expect(tooLongUpdate.status).toBe(422)
    expect(github.comments('octo-org', 'scv-config', issue)).toHaveLength(2)
  })

  it('rejects a create without a body and malformed JSON', async () => {
    const issue = freshIssue()
    expect((await call(commentsPath(issue), { method: 'POST', body: {} })).status).toBe(422)
    const malformed = await fetch(`${github.url}${commentsPath(issue)}`, {
      method: 'POST',
      headers: { authorization: `token ${github.token}` },
      body: '{not json'
    })
    expect(malformed.status).toBe(400)
    expect(github.comments('octo-org', 'scv-config', issue)).toEqual([])
  })
})

describe('authentication and authorization', () => {
  it('answers 401 Bad credentials for a missing or unknown token', async () => {
    for (const token of [null, 'ghs_unknown']) {
      const response = await call(commentsPath(1), { token })
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ message: 'Bad credentials' })
    }
  })

  it('accepts the Bearer scheme as well as token', async () => {
    const response = await fetch(`${github.url}${commentsPath(1)}`, {
      headers: { authorization: `Bearer ${github.token}` }
    })
    expect(response.status).toBe(200)
  })

  it('lets a read-only token read but answers 403 to every write', async () => {
    const issue = freshIssue()
    github.seedComments('octo-org', 'scv-config', issue, ['seeded'])
    const [seeded] = github.comments('octo-org', 'scv-config', issue)
    const itemPath = `/repos/octo-org/scv-config/issues/comments/${seeded?.id}`
    const readOnly = { token: 'ghs_read_only' }

    expect((await call(commentsPath(issue), readOnly)).status).toBe(200)
    const writes = [
      call(commentsPath(issue), { ...readOnly, method: 'POST', body: { body: 'new' } }),
      call(itemPath, { ...readOnly, method: 'PATCH', body: { body: 'changed' } }),
      call(itemPath, { ...readOnly, method: 'DELETE' })
    ]
    for (const response of await Promise.all(writes)) {
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({
        message: 'Resource not accessible by integration',
        documentation_url: expect.stringContaining('https://docs.github.com/rest/issues/comments#')
      })
    }
    expect(github.comments('octo-org', 'scv-config', issue).map((c) => c.body)).toEqual(['seeded'])
  })

  it('answers 404 Not Found for an unknown route', async () => {
    const response = await call('/repos/octo-org/scv-config/pulls/1/reviews')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ message: 'Not Found' })
  })
})

describe('GitHub Enterprise Server prefix', () => {
  it('serves the same API under /api/v3 with URLs and links that keep the prefix', async () => {
    const issue = freshIssue()
    const created = await call(`/api/v3${commentsPath(issue)}`, { method: 'POST', body: { body: 'ghes' } })
    expect(created.status).toBe(201)
    const comment = (await created.json()) as Comment
    expect(comment.url).toBe(`${github.url}/api/v3/repos/octo-org/scv-config/issues/comments/${comment.id}`)

    github.seedComments(
      'octo-org',
      'scv-config',
      issue,
      Array.from({ length: 40 }, () => 'more')
    )
    const listed = await call(`/api/v3${commentsPath(issue)}`)
    expect(listed.headers.get('link')).toContain(
      `<${github.url}/api/v3${commentsPath(issue)}?page=2>; rel="next"`
    )
    expect(github.comments('octo-org', 'scv-config', issue)[0]?.body).toBe('ghes')
  })
})

describe('Actions OIDC token endpoint', () => {
  const requestToken = (audience: string | null, token = github.idTokenRequestToken) =>
    fetch(audience === null ? github.idTokenRequestUrl : `${github.idTokenRequestUrl}&audience=${audience}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' }
    })

  it('issues a JWT signed by the shared issuer with the requested audience', async () => {
    const response = await requestToken('sts.amazonaws.com')
    expect(response.status).toBe(200)
    const { value } = (await response.json()) as { value: string }
    const claims = issuer.verify(value)
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/scv-config:ref:refs/heads/main',
      repository: 'octo-org/scv-config',
      repository_owner: 'octo-org',
      ref: 'refs/heads/main'
    })
    expect(claims.run_id).toMatch(/^\d+$/)
  })

  it('defaults the audience to the owner URL, like GitHub', async () => {
    const { value } = (await (await requestToken(null)).json()) as { value: string }
    expect(issuer.verify(value).aud).toBe('https://github.com/octo-org')
  })

  it('uses a configured subject and derives the ref from it', async () => {
    github.setOidcSubject('repo:octo-org/scv-config:ref:refs/heads/release')
    try {
      const { value } = (await (await requestToken('sts.amazonaws.com')).json()) as { value: string }
      expect(issuer.verify(value)).toMatchObject({
        sub: 'repo:octo-org/scv-config:ref:refs/heads/release',
        ref: 'refs/heads/release'
      })
    } finally {
      github.setOidcSubject('repo:octo-org/scv-config:ref:refs/heads/main')
    }
  })

  it('answers 401 to a wrong request token', async () => {
    expect((await requestToken('sts.amazonaws.com', 'wrong')).status).toBe(401)
  })

  it('serves core.getIDToken as @actions/core builds the request', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = github.idTokenRequestUrl
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = github.idTokenRequestToken
    // getIDToken masks the token through a workflow command on stdout.
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const core = await import('@actions/core')
      const token = await core.getIDToken('sts.amazonaws.com')
      expect(issuer.verify(token).aud).toBe('sts.amazonaws.com')
    } finally {
      write.mockRestore()
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    }
  })
})

describe('fault injection and request log', () => {
  it('answers the nth matching request with the injected error, then behaves normally', async () => {
    const issue = freshIssue()
    github.addFault({ method: 'GET', pathPattern: /\/issues\/\d+\/comments$/, nth: 2, status: 502 })
    expect((await call(commentsPath(issue))).status).toBe(200)
    const failed = await call(commentsPath(issue))
    expect(failed.status).toBe(502)
    expect(await failed.json()).toMatchObject({ message: 'Bad Gateway' })
    expect((await call(commentsPath(issue))).status).toBe(200)
  })

  it('answers every matching request with a custom body until cleared', async () => {
    const issue = freshIssue()
    github.addFault({ method: 'POST', status: 503, body: { message: 'Service unavailable' } })
    for (let i = 0; i < 2; i++) {
      const response = await call(commentsPath(issue), { method: 'POST', body: { body: 'x' } })
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ message: 'Service unavailable' })
    }
    expect((await call(commentsPath(issue))).status).toBe(200)
    github.clearFaults()
    expect((await call(commentsPath(issue), { method: 'POST', body: { body: 'x' } })).status).toBe(201)
  })

  it('logs method, request target and status of each request', async () => {
    const issue = freshIssue()
    const before = github.log.length
    await call(`${commentsPath(issue)}?per_page=100`)
    await call(commentsPath(issue), { token: 'ghs_unknown' })
    expect(github.log.slice(before)).toEqual([
      { time: expect.any(String), method: 'GET', path: `${commentsPath(issue)}?per_page=100`, status: 200 },
      { time: expect.any(String), method: 'GET', path: commentsPath(issue), status: 401 }
    ])
  })
})

let nextRepo = 1
/** Each issues test works in its own repository. */
const freshRepo = (): string => `issues-${nextRepo++}`
const issuesPath = (repo: string): string => `/repos/octo-org/${repo}/issues`

async function createIssue(repo: string, body: object, token?: string): Promise<Issue> {
  const response = await call(issuesPath(repo), { method: 'POST', body, ...(token ? { token } : {}) })
  expect(response.status).toBe(201)
  return (await response.json()) as Issue
}

async function listed(repo: string, query: string): Promise<number[]> {
  const response = await call(`${issuesPath(repo)}?${query}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as Issue[]).map((issue) => issue.number)
}

describe('issues', () => {
  it('creates an issue with the fields GitHub returns, creating labels it names', async () => {
    const repo = freshRepo()
    const issue = await createIssue(repo, { title: 'Drift', body: 'text', labels: ['scv-external-id'] })
    expect(issue).toMatchObject({
      number: 1,
      state: 'open',
      state_reason: null,
      title: 'Drift',
      body: 'text',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [{ name: 'scv-external-id' }],
      html_url: `https://github.com/octo-org/${repo}/issues/1`,
      url: `${github.url}${issuesPath(repo)}/1`,
      closed_at: null
    })
    expect(github.labels('octo-org', repo).map((label) => label.name)).toEqual(['scv-external-id'])
    const fetched = await call(`${issuesPath(repo)}/1`)
    expect(await fetched.json()).toEqual(issue)
    expect((await call(`${issuesPath(repo)}/2`)).status).toBe(404)
  })

  it('refuses an issue without a title, or with a title over 256 characters (422)', async () => {
    const repo = freshRepo()
    for (const body of [{ body: 'no title' }, { title: 'x'.repeat(257) }]) {
      const response = await call(issuesPath(repo), { method: 'POST', body })
      expect(response.status).toBe(422)
      expect(await response.json()).toMatchObject({ message: 'Validation Failed' })
    }
    expect(github.issues('octo-org', repo)).toEqual([])
  })

  it('shares numbers with pull requests: a number with comments is taken', async () => {
    const repo = freshRepo()
    github.seedComments('octo-org', repo, 1, ['on pull request 1'])
    expect((await createIssue(repo, { title: 't' })).number).toBe(2)
  })

  it('lists by state (open by default), labels (all of them), creator, newest first', async () => {
    const repo = freshRepo()
    await createIssue(repo, { title: 'a', labels: ['x', 'y'] })
    await createIssue(repo, { title: 'b', labels: ['x'] })
    github.seedIssue('octo-org', repo, { title: 'c', labels: ['X'], author: 'mallory' })
    await call(`${issuesPath(repo)}/2`, { method: 'PATCH', body: { state: 'closed' } })
    expect(await listed(repo, '')).toEqual([3, 1])
    expect(await listed(repo, 'state=closed')).toEqual([2])
    expect(await listed(repo, 'state=all&labels=x')).toEqual([3, 2, 1])
    expect(await listed(repo, 'state=all&labels=x,y')).toEqual([1])
    expect(await listed(repo, 'state=all&creator=mallory')).toEqual([3])
    expect(await listed(repo, 'state=all&direction=asc')).toEqual([1, 2, 3])
  })

  it('pages issues with Link headers', async () => {
    const repo = freshRepo()
    for (let i = 0; i < 35; i++) github.seedIssue('octo-org', repo, { title: `i${i}` })
    const first = await call(issuesPath(repo))
    expect(((await first.json()) as Issue[]).length).toBe(30)
    expect(first.headers.get('link')).toContain('rel="next"')
    expect(await listed(repo, 'page=2')).toEqual([5, 4, 3, 2, 1])
  })

  it('closes (completed unless told), reopens (reopened) and edits an issue', async () => {
    const repo = freshRepo()
    const issue = await createIssue(repo, { title: 't', body: 'b' })
    const path = `${issuesPath(repo)}/${issue.number}`
    const patch = async (body: object) =>
      (await (await call(path, { method: 'PATCH', body })).json()) as Issue

    const closed = await patch({ state: 'closed' })
    expect(closed).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_at: expect.any(String)
    })
    const reopened = await patch({ state: 'open', body: 'again', title: 't2' })
    expect(reopened).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      body: 'again',
      title: 't2'
    })
    expect(await patch({ state: 'closed', state_reason: 'not_planned' })).toMatchObject({
      state_reason: 'not_planned'
    })
    for (const body of [{ state: 'shut' }, { state: 'open', state_reason: 'because' }]) {
      expect((await call(path, { method: 'PATCH', body })).status).toBe(422)
    }
  })

  it('takes comments on an issue', async () => {
    const repo = freshRepo()
    const issue = await createIssue(repo, { title: 't' })
    const response = await call(`${issuesPath(repo)}/${issue.number}/comments`, {
      method: 'POST',
      body: { body: 'closing' }
    })
    expect(response.status).toBe(201)
    expect(github.comments('octo-org', repo, issue.number).map((comment) => comment.body)).toEqual([
      'closing'
    ])
  })
})

describe('labels', () => {
  it('answers 404 for a missing label, creates it (201), then 422 already_exists in any case', async () => {
    const repo = freshRepo()
    const labelPath = `/repos/octo-org/${repo}/labels`
    expect((await call(`${labelPath}/scv-external-id`)).status).toBe(404)
    const created = await call(labelPath, {
      method: 'POST',
      body: { name: 'scv-external-id', color: 'D93F0B', description: 'drift' }
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({
      name: 'scv-external-id',
      color: 'd93f0b',
      description: 'drift'
    })
    const again = await call(labelPath, { method: 'POST', body: { name: 'SCV-External-ID' } })
    expect(again.status).toBe(422)
    expect(await again.json()).toMatchObject({
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
    })
    const fetched = await call(`${labelPath}/${encodeURIComponent('SCV-external-id')}`)
    expect(((await fetched.json()) as Label).name).toBe('scv-external-id')
    expect((await call(labelPath, { method: 'POST', body: { name: 'x', color: 'red' } })).status).toBe(422)
  })
})

describe('issue permissions', () => {
  it('answers 403 to issue and label writes of a read-only token', async () => {
    const repo = freshRepo()
    const issue = await createIssue(repo, { title: 't' })
    const readOnly = { token: 'ghs_read_only' }
    const writes = [
      call(issuesPath(repo), { ...readOnly, method: 'POST', body: { title: 'x' } }),
      call(`${issuesPath(repo)}/${issue.number}`, {
        ...readOnly,
        method: 'PATCH',
        body: { state: 'closed' }
      }),
      call(`/repos/octo-org/${repo}/labels`, { ...readOnly, method: 'POST', body: { name: 'l' } })
    ]
    for (const response of await Promise.all(writes)) {
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ message: 'Resource not accessible by integration' })
    }
    expect((await call(`${issuesPath(repo)}/${issue.number}`, readOnly)).status).toBe(200)
  })

  it('lets a token with only pull-requests: write comment on a pull request, but not open issues', async () => {
    github.addScopedToken('ghs_prs_only', { pullRequests: 'write' })
    const repo = freshRepo()
    const token = { token: 'ghs_prs_only' }
    expect(
      (await call(`${issuesPath(repo)}/9/comments`, { ...token, method: 'POST', body: { body: 'x' } })).status
    ).toBe(201)
    expect((await call(issuesPath(repo), { ...token, method: 'POST', body: { title: 'x' } })).status).toBe(
      403
    )
    expect((await call(issuesPath(repo), token)).status).toBe(403)
  })
})

describe('primary rate limit', () => {
  it('counts requests in x-ratelimit headers, answers 403 when none is left, and resets', async () => {
    github.setRateLimit({ remaining: 1, resetInSeconds: 1 })
    try {
      const last = await call(commentsPath(freshIssue()))
      expect(last.status).toBe(200)
      expect(last.headers.get('x-ratelimit-remaining')).toBe('0')
      const limited = await call(commentsPath(freshIssue()))
      expect(limited.status).toBe(403)
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 1)
      expect(await limited.json()).toMatchObject({
        message: expect.stringContaining('API rate limit exceeded')
      })
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect((await call(commentsPath(freshIssue()))).status).toBe(200)
    } finally {
      github.setRateLimit({ remaining: 5000, resetInSeconds: 3600 })
    }
  })
})

interface GraphqlAnswer {
  data?: {
    viewer?: { login: string }
    repository?: {
      issues?: { nodes: Array<{ number: number }>; pageInfo: { endCursor: string | null } }
      issueOrPullRequest?: { comments: { nodes: unknown[] } }
    }
  }
  errors?: Array<{ message: string }>
}

describe('GraphQL', () => {
  const graphql = async (query: string, variables: object = {}) => {
    const response = await call('/graphql', { method: 'POST', body: { query, variables } })
    expect(response.status).toBe(200)
    return (await response.json()) as GraphqlAnswer
  }

  it('refuses a query github.com would refuse, with 200 and errors', async () => {
    const answer = await graphql('{ viewer { login emailAddress } }')
    expect(answer.data).toBeUndefined()
    expect(answer.errors?.[0]?.message).toContain('Cannot query field "emailAddress" on type "User"')
  })

  it("answers the action's issue lookup: labels, states, newest first, bots without [bot], pages", async () => {
    const repo = freshRepo()
    for (let i = 0; i < 3; i++)
      await createIssue(repo, { title: `t${i}`, body: `b${i}`, labels: ['scv-external-id'] })
    github.seedIssue('octo-org', repo, { title: 'mine', body: 'm', author: 'octocat' })
    await call(`${issuesPath(repo)}/2`, { method: 'PATCH', body: { state: 'closed' } })
    const variables = { owner: 'octo-org', repo, labels: ['scv-external-id'], states: ['OPEN'], cursor: null }
    const answer = await graphql(ISSUES_QUERY, variables)
    expect(answer.errors).toBeUndefined()
    expect(answer.data?.viewer).toEqual({ login: 'github-actions[bot]' })
    expect(answer.data?.repository?.issues?.nodes).toEqual([
      {
        number: 3,
        body: 'b2',
        state: 'OPEN',
        url: `https://github.com/octo-org/${repo}/issues/3`,
        author: { login: 'github-actions' }
      },
      {
        number: 1,
        body: 'b0',
        state: 'OPEN',
        url: `https://github.com/octo-org/${repo}/issues/1`,
        author: { login: 'github-actions' }
      }
    ])
    const all = await graphql(ISSUES_QUERY, { owner: 'octo-org', repo })
    expect(all.data?.repository?.issues?.nodes.map((issue) => issue.number)).toEqual([4, 3, 2, 1])
  })

  it('pages connections with cursors and refuses more than 100 or no page size', async () => {
    const repo = freshRepo()
    for (let i = 0; i < 5; i++) github.seedIssue('octo-org', repo, { title: `t${i}` })
    const page = (after: string | null) =>
      graphql(
        'query($after: String) { repository(owner: "octo-org", name: "' +
          repo +
          '") { issues(first: 2, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } } } }',
        { after }
      )
    const first = await page(null)
    expect(first.data?.repository?.issues?.nodes).toEqual([{ number: 1 }, { number: 2 }])
    const second = await page(first.data?.repository?.issues?.pageInfo.endCursor ?? null)
    expect(second.data?.repository?.issues?.nodes).toEqual([{ number: 3 }, { number: 4 }])
    const tooMany = await graphql(
      `{ repository(owner: "octo-org", name: "${repo}") { issues(first: 101) { totalCount } } }`
    )
    expect(tooMany.errors?.[0]?.message).toContain('exceeds the `first` limit of 100 records')
    const none = await graphql(`{ repository(owner: "octo-org", name: "${repo}") { issues { totalCount } } }`)
    expect(none.errors?.[0]?.message).toContain('You must provide a `first` or `last` value')
  })

  it('answers the sticky comment lookup on a pull request and on an issue', async () => {
    const repo = freshRepo()
    github.seedComments('octo-org', repo, 5, ['on the pull request'])
    const issue = await createIssue(repo, { title: 't' })
    github.seedComments('octo-org', repo, issue.number, ['on the issue'], { author: 'octocat' })
    for (const [number, body, login] of [
      [5, 'on the pull request', 'github-actions'],
      [issue.number, 'on the issue', 'octocat']
    ] as const) {
      const answer = await graphql(COMMENTS_QUERY, { owner: 'octo-org', repo, number, cursor: null })
      expect(answer.errors).toBeUndefined()
      expect(answer.data?.repository?.issueOrPullRequest?.comments.nodes).toEqual([
        { databaseId: expect.any(Number), body, isMinimized: false, author: { login } }
      ])
    }
  })
})
