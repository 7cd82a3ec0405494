/**
 * End to end: the sticky pull-request comment and the job summary, against the GitHub emulator
 * (reached through GITHUB_API_URL with a GHES-style /api/v3 base path).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { allComments, pullRequestEvent, REPO, runAction, secretLeaks } from './harness.js'

const ID = 'comment-external-id-Hq4'
const PREVIOUS_ID = 'previous-external-id-Lm9'

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
})
afterEach(async () => {
  await emulators.stop()
})

const plan = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'ContactCenterA',
  'external-id': ID,
  mode: 'plan',
  ...overrides
})

const githubWrites = () => emulators.github.log.filter((entry) => entry.method !== 'GET')

describe('pull-request comment', () => {
  it('is created on the first run and updated in place on the next', async () => {
    const first = await runAction(emulators, plan(), { event: pullRequestEvent() })
    expect(first.exitCode).toBe(0)
    const [comment] = allComments(emulators)
    expect(allComments(emulators)).toHaveLength(1)
    expect(first.outputs['comment-url']).toBe(comment?.html_url)
    expect(comment?.body).toContain('Plan: 4 roles to change')
    expect(comment?.body).toMatch(/^<!-- scv-external-id:111122223333\/new-instance\/ContactCenterA -->/)

    const second = await runAction(emulators, plan({ mode: 'apply' }), { event: pullRequestEvent() })
    expect(second.exitCode).toBe(0)
    expect(allComments(emulators)).toHaveLength(1)
    expect(allComments(emulators)[0]?.id).toBe(comment?.id)
    expect(allComments(emulators)[0]?.body).toContain('Applied')
    expect(second.outputs['comment-url']).toBe(comment?.html_url)
  })

  it('finds its comment behind 150 earlier comments', async () => {
    emulators.github.seedComments(
      REPO.owner,
      REPO.repo,
      7,
      Array.from({ length: 150 }, (_, i) => `comment ${i}`)
    )
    await runAction(emulators, plan(), { event: pullRequestEvent() })
    const ours = allComments(emulators).at(-1)
    await runAction(emulators, plan(), { event: pullRequestEvent() })
    expect(allComments(emulators)).toHaveLength(151)
    expect(allComments(emulators).at(-1)?.id).toBe(ours?.id)
    // The second run read past the first page of the lookup to find it.
    const lookups = emulators.github.log.filter((entry) => entry.path === '/api/graphql')
    expect(lookups.length).toBeGreaterThanOrEqual(3)
  })

  it("ignores a marker comment written by someone else; creates the action's own and updates it", async () => {
    const marker = '<!-- scv-external-id:111122223333/new-instance/ContactCenterA -->'
    emulators.github.seedComments(REPO.owner, REPO.repo, 7, [`${marker}\nLooks good, merge it`], {
      author: 'mallory'
    })
    const first = await runAction(emulators, plan(), { event: pullRequestEvent() })
    expect(first.exitCode).toBe(0)
    expect(first.stdout).not.toContain('::warning')
    const second = await runAction(emulators, plan({ mode: 'apply' }), { event: pullRequestEvent() })
    expect(second.exitCode).toBe(0)
    const comments = allComments(emulators)
    expect(comments.map((comment) => comment.user.login)).toEqual(['mallory', 'github-actions[bot]'])
    expect(comments[0]?.body).toBe(`${marker}\nLooks good, merge it`)
    expect(comments[1]?.body).toContain('Applied')
    expect(second.outputs['comment-url']).toBe(comments[1]?.html_url)
    expect(first.outputs['comment-url']).toBe(comments[1]?.html_url)
  })

  it('waits out a secondary rate limit (403 with retry-after) and writes the comment', async () => {
    emulators.github.addFault({
      method: 'POST',
      pathPattern: /\/issues\/7\/comments$/,
      nth: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      }
    })
    const run = await runAction(emulators, plan(), { event: pullRequestEvent() })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/GitHub secondary rate limit on POST .*: retrying in 1 s/)
    expect(run.stdout).not.toContain('::warning')
    expect(allComments(emulators)).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(allComments(emulators)[0]?.html_url)
    const posts = emulators.github.log.filter(
      (entry) => entry.method === 'POST' && entry.path.endsWith('/comments')
    )
    expect(posts.map((entry) => entry.status)).toEqual([403, 201])
    expect(Date.parse(posts[1]?.time ?? '') - Date.parse(posts[0]?.time ?? '')).toBeGreaterThanOrEqual(900)
  })

  it('keeps one comment per call-center set: another key gets its own comment', async () => {
    for (const name of ['ContactCenterB-ConnectCallRole', 'ContactCenterB-SCVS3Role']) {
      emulators.aws.createRole(name, JSON.parse(emulators.aws.trustPolicy('ContactCenterA-SCVS3Role')))
    }
    await runAction(emulators, plan(), { event: pullRequestEvent() })
    await runAction(emulators, plan({ 'call-center-api-name': 'ContactCenterB' }), {
      event: pullRequestEvent()
    })
    await runAction(emulators, plan(), { event: pullRequestEvent() })
    expect(allComments(emulators)).toHaveLength(2)
  })

  it('warns, and does not fail the plan, when the token is read-only (fork pull request)', async () => {
    emulators.github.addReadOnlyToken('ghs_read_only')
    const run = await runAction(emulators, plan({ 'github-token': 'ghs_read_only' }), {
      event: pullRequestEvent()
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('planned')
    expect(run.stdout).toMatch(/::warning title=Pull-request comment not written::.*pull-requests: write/)
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(allComments(emulators)).toHaveLength(0)
  })

  it('writes only the job summary on a push without pr-number', async () => {
    const run = await runAction(emulators, plan())
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('Plan: 4 roles to change')
    expect(emulators.github.log).toHaveLength(0)
  })

  it('comments on pr-number when the event is not a pull request', async () => {
    const run = await runAction(emulators, plan({ 'pr-number': '12' }))
    expect(run.exitCode).toBe(0)
    expect(emulators.github.comments(REPO.owner, REPO.repo, 12)).toHaveLength(1)
  })

  it('never comments with comment: never', async () => {
    await runAction(emulators, plan({ comment: 'never' }), { event: pullRequestEvent() })
    expect(githubWrites()).toHaveLength(0)
  })

  it('shows neither the new nor the previous ID anywhere, only their fingerprints', async () => {
    const runs = [
      await runAction(emulators, plan({ 'external-id': PREVIOUS_ID, mode: 'apply' }), {
        event: pullRequestEvent()
      }),
      await runAction(emulators, plan({ rotation: 'overlap' }), { event: pullRequestEvent() }),
      await runAction(emulators, plan({ rotation: 'overlap', mode: 'apply' }), { event: pullRequestEvent() }),
      await runAction(emulators, plan({ mode: 'check' }), { event: pullRequestEvent() })
    ]
    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0, 1])
    expect(secretLeaks(emulators, runs, [ID, PREVIOUS_ID])).toEqual([])
    const body = allComments(emulators)[0]?.body ?? ''
    expect(runs[1]?.summary).toContain(runs[1]?.outputs['external-id-fingerprint'])
    expect(runs[1]?.summary).toContain(runs[0]?.outputs['external-id-fingerprint'])
    expect(body).toContain('Drift')
  })
})
