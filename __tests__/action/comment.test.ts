import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github.js'
import { createOidcIssuer } from '../../emulator/oidc.js'

type Adapter = typeof import('../../src/action/comment.js')

const OWNER = 'octo-org'
const REPO = 'scv-config'
const originalApiUrl = process.env.GITHUB_API_URL
let github: GitHubEmulator
let adapter: Adapter
let nextIssue = 1

/** GitHub's seconds last 20 ms here, and writes that notify people are not spaced 3 s apart. */
const FAST_PACING = { millisecondsPerSecond: 20, notificationSpacingMs: 0 }

/** @actions/github reads GITHUB_API_URL when it is first imported, so each base URL needs a fresh import. */
async function importAdapterFor(apiUrl: string): Promise<Adapter> {
  jest.resetModules()
  process.env.GITHUB_API_URL = apiUrl
  const adapter = await import('../../src/action/comment.js')
  return {
    ...adapter,
    upsertStickyComment: (token, target, marker, body) =>
      adapter.upsertStickyComment(token, target, marker, body, FAST_PACING)
  }
}

const freshTarget = () => ({ owner: OWNER, repo: REPO, issueNumber: nextIssue++ })
const bodiesOf = (issueNumber: number): string[] =>
  github.comments(OWNER, REPO, issueNumber).map((c) => c.body)

const keyA = { accountId: '111122223333', contactCenterType: 'new-instance', callCenters: ['cc1'] }
const keyB = { accountId: '111122223333', contactCenterType: 'new-instance', callCenters: ['cc1', 'cc2'] }

beforeAll(async () => {
  github = await startGitHubEmulator({ issuer: createOidcIssuer() })
  github.addReadOnlyToken('ghs_read_only_token')
  adapter = await importAdapterFor(github.url)
})
afterAll(async () => {
  await github.stop()
  if (originalApiUrl === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = originalApiUrl
})

describe('upsertStickyComment', () => {
  it('creates the comment on the first call and updates the same comment on the second', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)

    const first = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan 1`)
    expect(first.status).toBe('created')
    const [created] = github.comments(OWNER, REPO, target.issueNumber)
    expect(first).toEqual({ status: 'created', id: created?.id, url: created?.html_url })

    const second = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan 2`)
    expect(second).toEqual({ status: 'updated', id: created?.id, url: created?.html_url })
    expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\nplan 2`])
  })

  it('finds the marker behind 150 earlier comments, on the second page of 100', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    const others = Array.from({ length: 150 }, (_, i) => `unrelated ${i}`)
    github.seedComments(OWNER, REPO, target.issueNumber, [...others, `${marker}\nold plan`])
    const markedId = github.comments(OWNER, REPO, target.issueNumber)[150]?.id
    const logStart = github.log.length

    const outcome = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nnew plan`)

    expect(outcome).toMatchObject({ status: 'updated', id: markedId })
    expect(bodiesOf(target.issueNumber)).toEqual([...others, `${marker}\nnew plan`])
    // Two pages of the GraphQL lookup, then the update.
    expect(github.log.slice(logStart).map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'POST /graphql',
      'POST /graphql',
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${markedId}`
    ])
  })

  it("ignores a comment by another user that carries the marker, and writes the action's own", async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.seedComments(OWNER, REPO, target.issueNumber, [`${marker}\nposted by someone`], {
      author: 'mallory'
    })
    const first = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan 1`)
    expect(first.status).toBe('created')
    const second = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan 2`)
    expect(second).toMatchObject({ status: 'updated', id: first.status === 'created' ? first.id : -1 })
    expect(github.comments(OWNER, REPO, target.issueNumber).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${marker}\nposted by someone`],
      ['github-actions[bot]', `${marker}\nplan 2`]
    ])
  })

  it('skips its own comment once it is minimized (hidden) and writes a new one', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.seedComments(OWNER, REPO, target.issueNumber, [`${marker}\nhidden plan`])
    const [hidden] = github.comments(OWNER, REPO, target.issueNumber)
    github.minimizeComment(hidden?.id ?? 0)
    const outcome = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan`)
    expect(outcome.status).toBe('created')
    expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\nhidden plan`, `${marker}\nplan`])
  })

  it("with a personal token, takes that user's comment, not the bot's", async () => {
    github.addUserToken('ghp_octocat', 'octocat')
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.seedComments(OWNER, REPO, target.issueNumber, [`${marker}\nbot plan`])
    github.seedComments(OWNER, REPO, target.issueNumber, [`${marker}\nuser plan`], { author: 'octocat' })
    const outcome = await adapter.upsertStickyComment('ghp_octocat', target, marker, `${marker}\nnew`)
    expect(outcome.status).toBe('updated')
    expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\nbot plan`, `${marker}\nnew`])
  })

  it('waits out a secondary rate limit (retry-after) and writes the comment', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.addFault({
      method: 'POST',
      pathPattern: new RegExp(`/issues/${target.issueNumber}/comments$`),
      nth: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      }
    })
    const started = Date.now()
    try {
      const outcome = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan`)
      expect(outcome.status).toBe('created')
      // retry-after: 1 is one second of GitHub's, 20 ms at this pacing.
      expect(Date.now() - started).toBeGreaterThanOrEqual(FAST_PACING.millisecondsPerSecond)
      expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\nplan`])
    } finally {
      github.clearFaults()
    }
  })

  it('retries a 502 with backoff; a 404 is not retried and becomes a warning', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.addFault({ method: 'POST', pathPattern: /^\/graphql$/, nth: 1, status: 502 })
    try {
      expect((await adapter.upsertStickyComment(github.token, target, marker, `${marker}\n1`)).status).toBe(
        'created'
      )
      github.clearFaults()
      github.addFault({ method: 'PATCH', status: 404 })
      const logStart = github.log.length
      const outcome = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\n2`)
      expect(outcome).toMatchObject({
        status: 'failed',
        warning: expect.stringContaining('GitHub answered 404')
      })
      expect(github.log.slice(logStart).filter((entry) => entry.method === 'PATCH')).toHaveLength(1)
    } finally {
      github.clearFaults()
    }
  })

  it('keeps one comment per key: two keys give two comments, each updated separately', async () => {
    const target = freshTarget()
    const markerA = adapter.commentMarker(keyA)
    const markerB = adapter.commentMarker(keyB)

    expect((await adapter.upsertStickyComment(github.token, target, markerA, `${markerA}\nA1`)).status).toBe(
      'created'
    )
    expect((await adapter.upsertStickyComment(github.token, target, markerB, `${markerB}\nB1`)).status).toBe(
      'created'
    )
    expect((await adapter.upsertStickyComment(github.token, target, markerB, `${markerB}\nB2`)).status).toBe(
      'updated'
    )

    expect(bodiesOf(target.issueNumber)).toEqual([`${markerA}\nA1`, `${markerB}\nB2`])
  })

  it('updates the first of several comments carrying the marker and leaves the others', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.seedComments(OWNER, REPO, target.issueNumber, ['hello', `${marker}\nolder`, `${marker}\nnewer`])
    const firstMarked = github.comments(OWNER, REPO, target.issueNumber)[1]

    const outcome = await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nlatest`)

    expect(outcome).toMatchObject({ status: 'updated', id: firstMarked?.id })
    expect(bodiesOf(target.issueNumber)).toEqual(['hello', `${marker}\nlatest`, `${marker}\nnewer`])
  })

  it('does not take a comment that only quotes the marker inside another HTML comment', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)
    github.seedComments(OWNER, REPO, target.issueNumber, [`<!-- an older note quoting ${marker}`])

    expect((await adapter.upsertStickyComment(github.token, target, marker, `${marker}\nplan`)).status).toBe(
      'created'
    )
  })

  it('adds the marker to a body that lacks it, so the next run finds the comment', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)

    await adapter.upsertStickyComment(github.token, target, marker, 'plan without marker')
    const second = await adapter.upsertStickyComment(github.token, target, marker, 'plan again')

    expect(second.status).toBe('updated')
    expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\nplan again`])
  })

  it('rejects a marker that is not one complete HTML comment', async () => {
    await expect(
      adapter.upsertStickyComment(github.token, freshTarget(), 'scv-external-id:x', 'b')
    ).rejects.toThrow(TypeError)
  })
})

describe('upsertStickyComment failures', () => {
  it('turns a read-only token into a warning naming pull-requests: write and fork pull requests', async () => {
    const target = freshTarget()
    const marker = adapter.commentMarker(keyA)

    const outcome = await adapter.upsertStickyComment(
      'ghs_read_only_token',
      target,
      marker,
      `${marker}\nplan`
    )

    expect(outcome.status).toBe('failed')
    const warning = outcome.status === 'failed' ? outcome.warning : ''
    expect(warning).toContain('permissions: pull-requests: write')
    expect(warning).toMatch(/fork/)
    expect(warning).not.toContain('ghs_read_only_token')
    expect(bodiesOf(target.issueNumber)).toEqual([])
  })

  it('says the token is invalid on 401', async () => {
    const outcome = await adapter.upsertStickyComment(
      'ghs_revoked',
      freshTarget(),
      adapter.commentMarker(keyA),
      'x'
    )
    expect(outcome).toEqual({ status: 'failed', warning: expect.stringContaining('token is invalid') })
  })

  it("reports other errors with GitHub's status and message", async () => {
    const target = freshTarget()
    github.addFault({ method: 'POST', status: 500, body: { message: 'Server Error' } })
    try {
      const outcome = await adapter.upsertStickyComment(
        github.token,
        target,
        adapter.commentMarker(keyA),
        'x'
      )
      expect(outcome).toEqual({
        status: 'failed',
        warning: expect.stringContaining('GitHub answered 500: Server Error')
      })
    } finally {
      github.clearFaults()
    }
  })

  it("includes GitHub's validation details for a body over 65,536 characters", async () => {
    const outcome = await adapter.upsertStickyComment(
      github.token,
      freshTarget(),
      adapter.commentMarker(keyA),
      'x'.repeat(70_000)
    )
    expect(outcome).toEqual({
      status: 'failed',
      warning: expect.stringContaining(
        '422: Validation Failed: Body is too long (maximum is 65536 characters)'
      )
    })
  })

  it('reports an unreachable API without inventing an HTTP status', async () => {
    const unreachable = await importAdapterFor('http://127.0.0.1:1')
    try {
      const outcome = await unreachable.upsertStickyComment(
        't',
        freshTarget(),
        unreachable.commentMarker(keyA),
        'x'
      )
      expect(outcome.status).toBe('failed')
      expect(outcome.status === 'failed' && outcome.warning).not.toContain('answered')
    } finally {
      process.env.GITHUB_API_URL = github.url
    }
  })
})

describe('GitHub Enterprise Server', () => {
  it('reaches the API under the /api/v3 base taken from GITHUB_API_URL', async () => {
    const ghes = await importAdapterFor(`${github.url}/api/v3`)
    try {
      const target = freshTarget()
      const marker = ghes.commentMarker(keyA)
      const logStart = github.log.length

      expect((await ghes.upsertStickyComment(github.token, target, marker, `${marker}\n1`)).status).toBe(
        'created'
      )
      expect((await ghes.upsertStickyComment(github.token, target, marker, `${marker}\n2`)).status).toBe(
        'updated'
      )

      const paths = github.log.slice(logStart).map((entry) => entry.path)
      expect(paths.length).toBeGreaterThan(0)
      expect(paths.every((path) => path.startsWith('/api/v3/repos/') || path === '/api/graphql')).toBe(true)
      expect(paths).toContain('/api/graphql')
      expect(bodiesOf(target.issueNumber)).toEqual([`${marker}\n2`])
    } finally {
      process.env.GITHUB_API_URL = github.url
    }
  })
})

describe('commentMarker', () => {
  it('is a hidden HTML comment naming account, contact center type and call centers', () => {
    expect(adapter.commentMarker(keyB)).toBe('<!-- scv-external-id:111122223333/new-instance/cc1,cc2 -->')
  })

  it('does not depend on the order or repetition of call centers', () => {
    expect(adapter.commentMarker({ ...keyB, callCenters: ['cc2', 'cc1', 'cc2'] })).toBe(
      adapter.commentMarker(keyB)
    )
  })

  it('gives different markers to different keys, none containing another', () => {
    const markers = [
      adapter.commentMarker(keyA),
      adapter.commentMarker(keyB),
      adapter.commentMarker({ ...keyA, accountId: null }),
      adapter.commentMarker({ ...keyA, contactCenterType: 'xml-import' }),
      adapter.commentMarker({ ...keyA, callCenters: [] }),
      adapter.commentMarker({ ...keyA, callCenters: ['cc1,cc2'] })
    ]
    expect(new Set(markers).size).toBe(markers.length)
    for (const a of markers) {
      for (const b of markers) if (a !== b) expect(b.includes(a)).toBe(false)
    }
  })

  it('keeps names that look like comment syntax from closing the marker early', () => {
    const marker = adapter.commentMarker({ ...keyA, callCenters: ['evil --> <!--'] })
    expect(marker.match(/-->/g)).toHaveLength(1)
    expect(marker.endsWith(' -->')).toBe(true)
  })
})
