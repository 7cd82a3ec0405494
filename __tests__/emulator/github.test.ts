import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { startGitHubEmulator, type Comment, type GitHubEmulator } from '../../emulator/github.js'
import { createOidcIssuer } from '../../emulator/oidc.js'

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
