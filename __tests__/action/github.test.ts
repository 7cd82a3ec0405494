import { describe, expect, it } from '@jest/globals'
import {
  NOT_ACCESSIBLE,
  describeGitHubFailure,
  gitHubMessage,
  hasField,
  httpStatus,
  sameActor
} from '../../src/action/github.js'

/** An error as Octokit's RequestError carries GitHub's answer. */
function answered(status: number, data: unknown, message = `HttpError ${status}`): Error {
  return Object.assign(new Error(message), { status, response: { status, data } })
}
/** Octokit reports a failure without an answer as status 500 with `response` undefined. */
const unanswered = () =>
  Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { status: 500, response: undefined })

const ISSUES = { may: 'write issues', scope: 'issues: write' }

describe('sameActor', () => {
  it('treats a bot with and without its [bot] suffix as one actor', () => {
    expect(sameActor('github-actions[bot]', 'github-actions')).toBe(true)
    expect(sameActor('github-actions', 'github-actions[bot]')).toBe(true)
    expect(sameActor('octocat', 'octocat')).toBe(true)
  })

  it('tells different actors apart, and strips the suffix only at the end', () => {
    expect(sameActor('octocat', 'github-actions[bot]')).toBe(false)
    expect(sameActor('[bot]x', 'x')).toBe(false)
    expect(sameActor('octocat', 'Octocat')).toBe(false)
  })
})

describe('httpStatus', () => {
  it('is the status GitHub answered', () => {
    expect(httpStatus(answered(404, { message: 'Not Found' }))).toBe(404)
  })

  it('is null when no answer came, whatever status Octokit reports', () => {
    expect(httpStatus(unanswered())).toBeNull()
    expect(httpStatus(new Error('boom'))).toBeNull()
    expect(httpStatus('a string')).toBeNull()
    expect(httpStatus({ status: '403', response: {} })).toBeNull()
  })
})

describe('gitHubMessage', () => {
  it("is GitHub's message with its validation details", () => {
    const error = answered(422, {
      message: 'Validation Failed',
      errors: [{ message: 'body is too long' }, { code: 'invalid' }, { message: 'title is missing' }]
    })
    expect(gitHubMessage(error)).toBe('Validation Failed: body is too long; title is missing')
  })

  it("is GitHub's message alone without details", () => {
    expect(gitHubMessage(answered(404, { message: 'Not Found', errors: 'none' }))).toBe('Not Found')
  })

  it("falls back to the error's own message", () => {
    expect(gitHubMessage(unanswered())).toBe('getaddrinfo ENOTFOUND api.github.com')
    expect(gitHubMessage(answered(502, '<html>Bad gateway</html>', 'Bad gateway'))).toBe('Bad gateway')
  })
})

describe('describeGitHubFailure', () => {
  it('names the permission a 403 "not accessible" lacks, with the note', () => {
    const error = answered(403, { message: NOT_ACCESSIBLE })
    expect(describeGitHubFailure(error, 'No drift issue', { ...ISSUES, note: 'See the README.' })).toBe(
      `No drift issue: the token may not write issues (403 ${NOT_ACCESSIBLE}). Give the job \`permissions: issues: write\`. See the README.`
    )
    expect(describeGitHubFailure(error, 'No drift issue', ISSUES)).toMatch(/`permissions: issues: write`\.$/)
  })

  it('points at the github-token input on a 401', () => {
    expect(describeGitHubFailure(answered(401, { message: 'Bad credentials' }), 'No comment', ISSUES)).toBe(
      'No comment: the GitHub token is invalid or expired (401 Bad credentials). Check the github-token input.'
    )
  })

  it('gives other answers with their status, and failures without an answer as they are', () => {
    const blocked = answered(403, { message: 'You have exceeded a secondary rate limit' })
    expect(describeGitHubFailure(blocked, 'No comment', ISSUES)).toBe(
      'No comment: GitHub answered 403: You have exceeded a secondary rate limit'
    )
    expect(describeGitHubFailure(unanswered(), 'No comment', ISSUES)).toBe(
      'No comment: getaddrinfo ENOTFOUND api.github.com'
    )
  })
})

describe('hasField', () => {
  it('sees a field even when it is undefined, and nothing on non-objects', () => {
    expect(hasField({ response: undefined }, 'response')).toBe(true)
    expect(hasField({}, 'response')).toBe(false)
    expect(hasField(null, 'response')).toBe(false)
    expect(hasField('response', 'length')).toBe(false)
  })
})
