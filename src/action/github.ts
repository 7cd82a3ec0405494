/**
 * What every GitHub write of the action shares: one Octokit set up to retry rate limits and 5xx
 * briefly, the token's own identity, and GitHub's errors explained. A GitHub failure never fails a
 * run: callers turn it into a warning.
 */
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { errorMessage } from '../aws/errors.js'

export type Octokit = ReturnType<typeof getOctokit>

export const NOT_ACCESSIBLE = 'Resource not accessible by integration'
/** Retries of one request after a rate limit or a 5xx: a comment is worth a short wait, not a long one. */
const MAX_RETRIES = 2
/** Longer waits than this (seconds) are not worth holding the job for: the write is given up. */
const MAX_RETRY_AFTER = 60
/** Client errors are final; 429 is the throttling plugin's to retry (it honours retry-after). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** How long GitHub's waits last: production waits them out in full; tests shrink them. */
export interface GitHubPacing {
  /** Milliseconds per second of GitHub's retry-after and of the retry plugin's backoff. */
  millisecondsPerSecond: number
  /** Milliseconds between two writes that notify people; absent: Octokit's own spacing (3 s). */
  notificationSpacingMs?: number
}

export const GITHUB_PACING: GitHubPacing = { millisecondsPerSecond: 1000 }

/** Octokit that waits out GitHub's rate limits (retry-after) and retries 5xx with backoff. */
export function githubClient(token: string, pacing: GitHubPacing = GITHUB_PACING): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER
      core.info(
        `GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return retrying
    }
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // A run sends a lookup and a few writes: GitHub's one second between writes is for bursts,
        // and the plugin would count a GraphQL lookup as a write and hold every write a second.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        retryAfterBaseValue: pacing.millisecondsPerSecond,
        ...(pacing.notificationSpacingMs === undefined
          ? {}
          : {
              notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: pacing.notificationSpacingMs })
            })
      },
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retries: MAX_RETRIES,
        retryAfterBaseValue: pacing.millisecondsPerSecond
      }
    },
    retry,
    throttling
  )
}

/** A bot is `name[bot]` to REST and to GraphQL's viewer, but `name` as an author in GraphQL. */
export const sameActor = (a: string, b: string): boolean =>
  a.replace(/\[bot\]$/, '') === b.replace(/\[bot\]$/, '')

/**
 * Why a GitHub write failed, for a warning: `prefix` says what was not written; a 403 "not
 * accessible" names what the token may not do and the workflow permission that allows it.
 */
export function describeGitHubFailure(
  error: unknown,
  prefix: string,
  permission: { may: string; scope: string; note?: string }
): string {
  const status = httpStatus(error)
  const message = gitHubMessage(error)
  if (status === 403 && message.startsWith(NOT_ACCESSIBLE)) {
    const note = permission.note === undefined ? '' : ` ${permission.note}`
    return `${prefix}: the token may not ${permission.may} (403 ${NOT_ACCESSIBLE}). Give the job \`permissions: ${permission.scope}\`.${note}`
  }
  if (status === 401) {
    return `${prefix}: the GitHub token is invalid or expired (401 ${message}). Check the github-token input.`
  }
  return status === null ? `${prefix}: ${message}` : `${prefix}: GitHub answered ${status}: ${message}`
}

/** The status GitHub answered; null when no answer came (Octokit reports network failures as 500). */
export function httpStatus(error: unknown): number | null {
  // A RequestError without an answer still has the field `response`, set to undefined.
  const answered = hasField(error, 'response') && error.response !== undefined
  return answered && hasField(error, 'status') && typeof error.status === 'number' ? error.status : null
}

/** GitHub's own message (with validation details), falling back to the error's message. */
export function gitHubMessage(error: unknown): string {
  const data = hasField(error, 'response') && hasField(error.response, 'data') ? error.response.data : null
  if (!hasField(data, 'message') || typeof data.message !== 'string') return errorMessage(error)
  const errors: unknown[] = hasField(data, 'errors') && Array.isArray(data.errors) ? data.errors : []
  const details = errors.flatMap((detail) =>
    hasField(detail, 'message') && typeof detail.message === 'string' ? [detail.message] : []
  )
  return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message
}

/** Whether `value` is an object with a field `key` (perhaps undefined): Octokit's errors and GitHub's answers are untyped. */
export function hasField<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value
}
