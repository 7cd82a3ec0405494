import { existsSync, readFileSync } from 'node:fs'
import { InputError } from './inputs.js'
import type { Settings } from '../domain/settings.js'

/** What the workflow run tells about itself: where to comment, and what to link to. */
export interface RunContext {
  eventName: string
  owner: string | null
  repo: string | null
  /** The pull request to comment on; null: no comment. */
  commentOn: number | null
  sha: string | null
  runUrl: string | null
  /** The workflow file (from GITHUB_WORKFLOW_REF), else the workflow's name; null outside a runner. */
  workflow: string | null
  /** The deployment environment, when the event payload names one. */
  environment: string | null
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } }
  deployment?: { environment?: unknown }
  inputs?: { environment?: unknown }
}

/** Reads GITHUB_* variables and the event payload; decides about the comment before any AWS call. */
export function readRunContext(settings: Settings, env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readEvent(env.GITHUB_EVENT_PATH)
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const eventPr = PULL_REQUEST_EVENTS.has(eventName) ? (payload.pull_request?.number ?? null) : null
  const prNumber = settings.prNumber ?? eventPr

  let commentOn: number | null = null
  if (settings.comment === 'always') {
    if (prNumber === null) {
      throw new InputError(
        'comment',
        `'always' needs a pull request: run on pull_request, or set pr-number (event: '${eventName || 'none'}').`
      )
    }
    commentOn = prNumber
  } else if (settings.comment === 'auto') {
    commentOn = prNumber
  }
  if (commentOn !== null && (!owner || !repo)) {
    throw new InputError('comment', 'GITHUB_REPOSITORY is not set, so there is no repository to comment in.')
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    eventName,
    owner: owner || null,
    repo: repo || null,
    commentOn,
    sha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA ?? null,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    workflow: workflowOf(env),
    environment: environmentOf(payload)
  }
}

/** `owner/repo/.github/workflows/x.yml@ref` -> `.github/workflows/x.yml`. */
function workflowOf(env: NodeJS.ProcessEnv): string | null {
  const file = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  return file ?? (env.GITHUB_WORKFLOW || null)
}

/** A deployment event names its environment; a dispatch may pass one as the `environment` input. */
function environmentOf(payload: EventPayload): string | null {
  const named = payload.deployment?.environment ?? payload.inputs?.environment
  return typeof named === 'string' && named !== '' ? named : null
}

function readEvent(path: string | undefined): EventPayload {
  if (!path || !existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch {
    return {}
  }
}
