/**
 * GitHub gives no repository secrets to a pull request from a fork, nor to a run Dependabot
 * triggered: an input fed from a secret arrives empty. Say so, instead of "the ID is missing".
 */
import { existsSync, readFileSync } from 'node:fs'
import { InputError, type InputReader } from './inputs.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])
const SECRET_INPUTS = ['external-id', 'external-ids']

/** Why this run has no repository secrets, or null when GitHub gave it them. */
export function secretlessReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GITHUB_ACTOR === 'dependabot[bot]') {
    return 'this run was triggered by Dependabot, and GitHub gives such runs no repository secrets (only Dependabot secrets) and a read-only token'
  }
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return null
  const { head, base } = pullRequestRepositories(env.GITHUB_EVENT_PATH)
  if (head === null || head === (base ?? env.GITHUB_REPOSITORY)) return null
  return `this is a pull request from the fork ${head}, and GitHub gives such runs no secrets, no OIDC token and a read-only token`
}

/**
 * The refusal to report: a missing external ID on a run without secrets becomes an explanation of
 * why it is empty and what to do; any other refusal stays as it is.
 */
export function explainRefusal(
  refused: unknown,
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env
): unknown {
  if (!(refused instanceof InputError) || !SECRET_INPUTS.includes(refused.input)) return refused
  if (SECRET_INPUTS.some((name) => read(name).trim() !== '')) return refused
  const reason = secretlessReason(env)
  if (reason === null) return refused
  return new InputError(
    refused.input,
    `is empty because ${reason}. Skip such runs in the workflow ` +
      "(if: github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'dependabot[bot]', " +
      'as the workflows in docs/workflows do), and plan the change from a branch of this repository instead.'
  )
}

/** full_name of the pull request's head and base repositories, from the event payload. */
function pullRequestRepositories(path: string | undefined): { head: string | null; base: string | null } {
  const payload = readJson(path)
  const pullRequest = field(payload, 'pull_request')
  const fullName = (side: string) => {
    const name = field(field(field(pullRequest, side), 'repo'), 'full_name')
    return typeof name === 'string' ? name : null
  }
  return { head: fullName('head'), base: fullName('base') }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? Object.getOwnPropertyDescriptor(value, name)?.value
    : undefined
}

function readJson(path: string | undefined): unknown {
  if (!path || !existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}
