import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, parseSettings } from '../../src/action/inputs.js'
import { readRunContext } from '../../src/action/run-context.js'
import type { CommentMode, Settings } from '../../src/domain/settings.js'

const dir = mkdtempSync(join(tmpdir(), 'run-context-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let files = 0
function eventFile(payload: unknown): string {
  const path = join(dir, `event-${(files += 1)}.json`)
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return path
}

const baseSettings = parseSettings(
  (name) =>
    ({ 'contact-center-type': 'new-instance', 'call-center-api-name': 'Acme', 'external-id': 'scv-id-0001' })[
      name
    ] ?? ''
)
const settings = (comment: CommentMode, prNumber: number | null = null): Settings => ({
  ...baseSettings,
  comment,
  prNumber
})

const PR_HEAD = '1111111111111111111111111111111111111111'
const PUSH_SHA = '2222222222222222222222222222222222222222'
const prEvent = (number: number) => ({
  action: 'synchronize',
  pull_request: { number, head: { sha: PR_HEAD } }
})

const env = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'acme/scv-config',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_SHA: PUSH_SHA,
  ...overrides
})

function inputErrorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readRunContext: where to comment', () => {
  it.each(['pull_request', 'pull_request_target'])(
    'auto comments on the pull request of a %s event',
    (eventName) => {
      const context = readRunContext(
        settings('auto'),
        env({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventFile(prEvent(17)) })
      )
      expect(context).toMatchObject({ eventName, owner: 'acme', repo: 'scv-config', commentOn: 17 })
    }
  )

  it('auto does not comment on a push', () => {
    const context = readRunContext(
      settings('auto'),
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main' }) })
    )
    expect(context.commentOn).toBeNull()
  })

  it('auto ignores a pull_request field in the payload of another event', () => {
    const context = readRunContext(
      settings('auto'),
      env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: eventFile(prEvent(17)) })
    )
    expect(context.commentOn).toBeNull()
  })

  it('pr-number wins over the pull request of the event', () => {
    const context = readRunContext(
      settings('auto', 99),
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(prEvent(17)) })
    )
    expect(context.commentOn).toBe(99)
  })

  it('pr-number makes a scheduled run comment', () => {
    expect(readRunContext(settings('auto', 5), env({ GITHUB_EVENT_NAME: 'schedule' })).commentOn).toBe(5)
    expect(readRunContext(settings('always', 5), env({ GITHUB_EVENT_NAME: 'schedule' })).commentOn).toBe(5)
  })

  it('always comments on the pull request of the event', () => {
    const context = readRunContext(
      settings('always'),
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(prEvent(3)) })
    )
    expect(context.commentOn).toBe(3)
  })

  it('always without a pull request fails naming comment and the event', () => {
    const error = inputErrorOf(() => readRunContext(settings('always'), env({ GITHUB_EVENT_NAME: 'push' })))
    expect(error.input).toBe('comment')
    expect(error.message).toBe(
      "Input 'comment': 'always' needs a pull request: run on pull_request, or set pr-number (event: 'push')."
    )
  })

  it('always without any event says so', () => {
    const error = inputErrorOf(() => readRunContext(settings('always'), env()))
    expect(error.message).toContain("(event: 'none')")
  })

  it('never does not comment, even on a pull request with pr-number', () => {
    const context = readRunContext(
      settings('never', 4),
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(prEvent(17)) })
    )
    expect(context.commentOn).toBeNull()
  })

  it('a comment without GITHUB_REPOSITORY fails naming comment', () => {
    const error = inputErrorOf(() =>
      readRunContext(settings('auto', 4), { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '1' })
    )
    expect(error.input).toBe('comment')
    expect(error.message).toContain('GITHUB_REPOSITORY is not set')
  })

  it('no comment needs no repository', () => {
    const context = readRunContext(settings('auto'), {})
    expect(context).toEqual({
      eventName: '',
      owner: null,
      repo: null,
      commentOn: null,
      sha: null,
      runUrl: null,
      workflow: null,
      environment: null
    })
  })

  it('names the workflow file and the environment a deployment payload gives', () => {
    const context = readRunContext(
      settings('never'),
      env({
        GITHUB_WORKFLOW_REF: 'octo-org/scv-config/.github/workflows/scv.yml@refs/pull/7/merge',
        GITHUB_EVENT_PATH: eventFile(JSON.stringify({ deployment: { environment: 'production' } }))
      })
    )
    expect(context).toMatchObject({ workflow: '.github/workflows/scv.yml', environment: 'production' })
  })

  it.each([
    ['a missing event file', join(dir, 'does-not-exist.json')],
    ['an event file that is not JSON', eventFile('{"pull_request": ')]
  ])('%s is read as an empty payload', (_name, path) => {
    const context = readRunContext(
      settings('auto'),
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })
    )
    expect(context.commentOn).toBeNull()
    expect(context.sha).toBe(PUSH_SHA)
  })
})

describe('readRunContext: what to link to', () => {
  it('links the run on github.com and takes the head sha of the pull request', () => {
    const context = readRunContext(
      settings('auto'),
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(prEvent(17)) })
    )
    expect(context.runUrl).toBe('https://github.com/acme/scv-config/actions/runs/9876543210')
    expect(context.sha).toBe(PR_HEAD)
  })

  it('takes GITHUB_SHA outside pull requests and the server of GitHub Enterprise', () => {
    const context = readRunContext(
      settings('auto'),
      env({ GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.example.com' })
    )
    expect(context.sha).toBe(PUSH_SHA)
    expect(context.runUrl).toBe('https://github.example.com/acme/scv-config/actions/runs/9876543210')
  })

  it('has no run URL without a run id', () => {
    expect(readRunContext(settings('auto'), env({ GITHUB_RUN_ID: '' })).runUrl).toBeNull()
  })
})
