import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, parseSettings } from '../../src/action/inputs.js'
import { explainRefusal, secretlessReason } from '../../src/action/secretless-event.js'

const folder = mkdtempSync(join(tmpdir(), 'secretless-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** An event payload file of a pull request from `head` into `base`. */
function pullRequestEvent(head: string, base: string): string {
  const path = join(folder, `${head.replace('/', '_')}-${base.replace('/', '_')}.json`)
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: { number: 7, head: { repo: { full_name: head } }, base: { repo: { full_name: base } } }
    })
  )
  return path
}

const REPOSITORY = 'my-org/scv-config'
const fork = (event = 'pull_request') => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_ACTOR: 'someone',
  GITHUB_REPOSITORY: REPOSITORY,
  GITHUB_EVENT_PATH: pullRequestEvent('someone/scv-config', REPOSITORY)
})

describe('secretlessReason', () => {
  it.each(['pull_request', 'pull_request_review'])('names the fork of a %s event', (event) => {
    expect(secretlessReason(fork(event))).toContain('pull request from the fork someone/scv-config')
  })

  it('names Dependabot, whatever the event', () => {
    expect(secretlessReason({ GITHUB_ACTOR: 'dependabot[bot]', GITHUB_EVENT_NAME: 'push' })).toContain(
      'Dependabot'
    )
  })

  it.each([
    [
      'a pull request from a branch of the repository',
      { ...fork(), GITHUB_EVENT_PATH: pullRequestEvent(REPOSITORY, REPOSITORY) }
    ],
    ['a push', { GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'someone', GITHUB_REPOSITORY: REPOSITORY }],
    ['pull_request_target, which has the secrets', { ...fork(), GITHUB_EVENT_NAME: 'pull_request_target' }],
    [
      'a pull request event without a payload file',
      { ...fork(), GITHUB_EVENT_PATH: join(folder, 'missing.json') }
    ],
    ['outside a runner', {}]
  ])('is null for %s', (_, env) => {
    expect(secretlessReason(env)).toBeNull()
  })
})

describe('explainRefusal', () => {
  const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''
  const missingId = (values: Record<string, string>) => {
    try {
      parseSettings(inputs(values))
    } catch (error) {
      return error
    }
    throw new Error('expected a refusal')
  }
  const noId = { 'contact-center-type': 'new-instance', 'call-center-api-name': 'Acme', mode: 'plan' }

  it('explains an empty external ID on a fork pull request: why, and what to do', () => {
    const explained = explainRefusal(missingId(noId), inputs(noId), fork())
    expect(explained).toBeInstanceOf(InputError)
    const message = explained instanceof Error ? explained.message : ''
    expect(message).toMatch(/^Input 'external-id': is empty because this is a pull request from the fork/)
    expect(message).toContain("github.actor != 'dependabot[bot]'")
    expect(message).not.toContain('needs the external ID')
    expect(message).not.toContain('pull_request_target')
  })

  it('explains it on a Dependabot run', () => {
    const env = { GITHUB_ACTOR: 'dependabot[bot]', GITHUB_EVENT_NAME: 'pull_request' }
    const explained = explainRefusal(missingId(noId), inputs(noId), env)
    expect(explained instanceof Error ? explained.message : '').toContain('triggered by Dependabot')
  })

  it('leaves the refusal as it is on a run that has its secrets', () => {
    const refused = missingId(noId)
    expect(explainRefusal(refused, inputs(noId), { GITHUB_EVENT_NAME: 'push' })).toBe(refused)
  })

  it('leaves refusals of other inputs, and of a given ID, as they are', () => {
    const badType = { ...noId, 'contact-center-type': 'other', 'external-id': 'given-id-1' }
    const refused = missingId(badType)
    expect(explainRefusal(refused, inputs(badType), fork())).toBe(refused)
    const badId = { ...noId, 'external-id': 'a' }
    const refusedId = missingId(badId)
    expect(explainRefusal(refusedId, inputs(badId), fork())).toBe(refusedId)
  })
})
