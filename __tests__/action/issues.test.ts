import { describe, expect, it, jest } from '@jest/globals'

jest.unstable_mockModule('@actions/core', () => ({ info: jest.fn(), debug: jest.fn(), warning: jest.fn() }))

const { getOctokit } = await import('@actions/github')
const { DRIFT_LABEL, ISSUES_QUERY, octokitIssueStore } = await import('../../src/action/issues.js')
const { driftIssueMarker } = await import('../../src/report/marker.js')

interface Sent {
  method: string
  path: string
  body: Record<string, unknown>
}
type Answer = { status: number; json: unknown }
type Route = (sent: Sent) => Answer | undefined

/** A real Octokit whose fetch answers from `route`; every request is kept in `sent`. */
function fakeGitHub(route: Route) {
  const sent: Sent[] = []
  const fetch = async (url: string | URL, init: { method?: string; body?: string } = {}) => {
    const request = {
      method: init.method ?? 'GET',
      path: new URL(url).pathname,
      body: init.body === undefined ? {} : JSON.parse(init.body)
    }
    sent.push(request)
    const answer = route(request) ?? {
      status: 500,
      json: { message: `unrouted ${request.method} ${request.path}` }
    }
    return new Response(JSON.stringify(answer.json), {
      status: answer.status,
      headers: { 'content-type': 'application/json' }
    })
  }
  const octokit = getOctokit('token', { request: { fetch, retries: 0 } })
  return { store: octokitIssueStore(octokit, { owner: 'acme', repo: 'voice' }), sent }
}

const ok = (json: unknown): Answer => ({ status: 200, json })
const REST_ISSUE = {
  number: 7,
  state: 'open',
  body: 'text',
  html_url: 'https://github.com/acme/voice/issues/7'
}

describe('labelAvailable', () => {
  it('is true when the label exists, without creating it', async () => {
    const github = fakeGitHub((sent) => (sent.method === 'GET' ? ok({ name: DRIFT_LABEL }) : undefined))
    await expect(github.store.labelAvailable(true)).resolves.toBe(true)
    expect(github.sent.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET /repos/acme/voice/labels/${DRIFT_LABEL}`
    ])
  })

  it('creates a missing label when asked, and only then', async () => {
    const route: Route = (sent) =>
      sent.method === 'GET' ? { status: 404, json: { message: 'Not Found' } } : { status: 201, json: {} }
    const asked = fakeGitHub(route)
    await expect(asked.store.labelAvailable(true)).resolves.toBe(true)
    expect(asked.sent[1]).toMatchObject({
      method: 'POST',
      path: '/repos/acme/voice/labels',
      body: { name: DRIFT_LABEL }
    })

    const notAsked = fakeGitHub(route)
    await expect(notAsked.store.labelAvailable(false)).resolves.toBe(false)
    expect(notAsked.sent).toHaveLength(1)
  })

  it('counts a label another run created meanwhile (422) as there, and a refusal as missing', async () => {
    const racing = fakeGitHub((sent) =>
      sent.method === 'GET'
        ? { status: 404, json: { message: 'Not Found' } }
        : { status: 422, json: { message: 'Validation Failed' } }
    )
    await expect(racing.store.labelAvailable(true)).resolves.toBe(true)
    const refused = fakeGitHub((sent) =>
      sent.method === 'GET'
        ? { status: 404, json: { message: 'Not Found' } }
        : { status: 403, json: { message: 'Resource not accessible by integration' } }
    )
    await expect(refused.store.labelAvailable(true)).resolves.toBe(false)
  })

  it('is false, without creating, when the lookup itself is refused', async () => {
    const github = fakeGitHub(() => ({ status: 403, json: { message: 'Forbidden' } }))
    await expect(github.store.labelAvailable(true)).resolves.toBe(false)
    expect(github.sent).toHaveLength(1)
  })
})

describe('findOwn', () => {
  const MARK = driftIssueMarker({ accountId: '111122223333', contactCenterType: 'Voice', callCenters: [] })
  const node = (number: number, login: string | null, body: string, state = 'OPEN') => ({
    number,
    body,
    state,
    url: `https://github.com/acme/voice/issues/${number}`,
    author: login === null ? null : { login }
  })
  const page = (nodes: unknown[], endCursor: string | null = null) =>
    ok({
      data: {
        viewer: { login: 'github-actions[bot]' },
        repository: { issues: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } } }
      }
    })

  it("finds the newest issue with the marker written by the token's own identity", async () => {
    const github = fakeGitHub(() =>
      page([
        node(9, 'mallory', `copied ${MARK}`),
        node(8, null, MARK),
        null,
        node(6, 'github-actions', `report\n${MARK}`, 'CLOSED'),
        node(5, 'github-actions', MARK)
      ])
    )
    await expect(github.store.findOwn(MARK, 'closed', true)).resolves.toEqual({
      number: 6,
      state: 'closed',
      body: `report\n${MARK}`,
      url: 'https://github.com/acme/voice/issues/6'
    })
    expect(github.sent[0]?.body).toMatchObject({
      query: ISSUES_QUERY,
      variables: { owner: 'acme', repo: 'voice', states: ['CLOSED'], labels: [DRIFT_LABEL], cursor: null }
    })
  })

  it('reads the next page until a match, and without the label filter when unlabelled', async () => {
    const github = fakeGitHub((sent) => {
      const cursor = (sent.body.variables as { cursor: string | null }).cursor
      return cursor === null
        ? page([node(3, 'github-actions', 'other')], 'c1')
        : page([node(2, 'github-actions', MARK)])
    })
    await expect(github.store.findOwn(MARK, 'open', false)).resolves.toMatchObject({
      number: 2,
      state: 'open'
    })
    expect(github.sent.map((sent) => sent.body.variables)).toEqual([
      { owner: 'acme', repo: 'voice', states: ['OPEN'], cursor: null },
      { owner: 'acme', repo: 'voice', states: ['OPEN'], cursor: 'c1' }
    ])
  })

  it('gives up after ten pages, and finds nothing in a repository it cannot see', async () => {
    const endless = fakeGitHub(() => page([node(1, 'someone', MARK)], 'next'))
    await expect(endless.store.findOwn(MARK, 'open', false)).resolves.toBeNull()
    expect(endless.sent).toHaveLength(10)
    const hidden = fakeGitHub(() => ok({ data: { viewer: { login: 'x' }, repository: null } }))
    await expect(hidden.store.findOwn(MARK, 'open', true)).resolves.toBeNull()
  })
})

describe('writes', () => {
  it('creates an issue with the label only when labelled', async () => {
    const github = fakeGitHub(() => ({ status: 201, json: { ...REST_ISSUE, body: null } }))
    const text = { title: 'Drift', body: 'found' }
    await expect(github.store.create(text, true)).resolves.toEqual({
      number: 7,
      state: 'open',
      body: '',
      url: REST_ISSUE.html_url
    })
    await github.store.create(text, false)
    expect(github.sent.map((sent) => sent.body)).toEqual([{ ...text, labels: [DRIFT_LABEL] }, text])
  })

  it('sends a state reason as GitHub spells it', async () => {
    const github = fakeGitHub(() => ok({ ...REST_ISSUE, state: 'closed' }))
    await expect(
      github.store.update(7, { state: 'closed', stateReason: 'completed' })
    ).resolves.toMatchObject({
      state: 'closed'
    })
    await github.store.update(7, { body: 'new' })
    expect(github.sent).toEqual([
      {
        method: 'PATCH',
        path: '/repos/acme/voice/issues/7',
        body: { state: 'closed', state_reason: 'completed' }
      },
      { method: 'PATCH', path: '/repos/acme/voice/issues/7', body: { body: 'new' } }
    ])
  })

  it('comments on the issue', async () => {
    const github = fakeGitHub(() => ({ status: 201, json: {} }))
    await github.store.comment(7, 'still drifting')
    expect(github.sent).toEqual([
      { method: 'POST', path: '/repos/acme/voice/issues/7/comments', body: { body: 'still drifting' } }
    ])
  })
})
