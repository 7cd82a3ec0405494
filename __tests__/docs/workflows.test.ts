/**
 * The workflows users copy (docs/workflows) and the project's own CI must use this action only with
 * inputs action.yml declares, and give every required one.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { usesThisAction, workflowsInMarkdown } from './workflow-roles.js'

interface ActionYaml {
  inputs: Record<string, { required?: boolean }>
}
interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on?: unknown
  permissions?: Record<string, string>
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml

/** Problems of one workflow text: unknown inputs, missing required inputs, no step of this action. */
export function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow
  const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? [])
  const ours = steps.filter((step) => usesThisAction(step.uses))
  if (ours.length === 0) return ['no step uses this action']
  const declared = Object.keys(action.inputs)
  const required = declared.filter((name) => action.inputs[name]?.required)
  return ours.flatMap((step) => [
    ...Object.keys(step.with ?? {})
      .filter((name) => !declared.includes(name))
      .map((name) => `unknown input '${name}'`),
    ...required
      .filter((name) => !(name in (step.with ?? {})))
      .map((name) => `missing required input '${name}'`)
  ])
}

const files = [
  ...readdirSync('docs/workflows').map((name) => join('docs/workflows', name)),
  '.github/workflows/ci.yml'
]

describe('workflows', () => {
  it.each(files)('%s uses only declared inputs and gives the required ones', (file) => {
    expect(workflowProblems(readFileSync(file, 'utf8'))).toEqual([])
  })

  it('the four documented workflows exist', () => {
    expect(readdirSync('docs/workflows').sort()).toEqual([
      'drift-check.yml',
      'matrix.yml',
      'pr-gate.yml',
      'rotation.yml'
    ])
  })

  it('a workflow with an unknown or misspelt input is rejected', () => {
    const text = readFileSync('docs/workflows/pr-gate.yml', 'utf8').replace(
      'call-center-api-name:',
      'call-center-name:'
    )
    expect(workflowProblems(text)).toEqual(expect.arrayContaining(["unknown input 'call-center-name'"]))
  })

  it('a workflow without contact-center-type is rejected', () => {
    const text = readFileSync('docs/workflows/drift-check.yml', 'utf8').replace(
      / *contact-center-type:.*\n/,
      ''
    )
    expect(workflowProblems(text)).toEqual(["missing required input 'contact-center-type'"])
  })

  it('every workflow sets least-privilege permissions and the PR gate serialises applies', () => {
    for (const file of files) {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow
      expect(workflow.permissions).toBeDefined()
      expect(workflow.permissions?.contents).toBe('read')
    }
    const gate = parse(readFileSync('docs/workflows/pr-gate.yml', 'utf8')) as Workflow & {
      concurrency?: unknown
    }
    expect(gate.concurrency).toBeDefined()
    expect(JSON.stringify(gate.jobs.apply)).toContain('"environment":"production"')
  })

  it('every workflow with drift-issue: true grants issues: write, and the drift check uses it', () => {
    const usesDriftIssue = (file: string) => {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow
      return (
        Object.values(workflow.jobs).filter((job) =>
          (job.steps ?? []).some(
            (step) => usesThisAction(step.uses) && String(step.with?.['drift-issue']) === 'true'
          )
        ).length > 0
      )
    }
    const grantsIssues = (file: string) => {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow
      const jobs = Object.values(workflow.jobs)
      return jobs.every((job) => (job.permissions ?? workflow.permissions)?.issues === 'write')
    }
    expect(usesDriftIssue('docs/workflows/drift-check.yml')).toBe(true)
    for (const file of files.filter(usesDriftIssue)) expect([file, grantsIssues(file)]).toEqual([file, true])
  })

  it('every workflow that can apply runs its applies in a concurrency group that never cancels them', () => {
    // A cancelled apply must restore within the runner's grace; two applies at once end in a conflict.
    for (const file of files.filter((name) => name.startsWith('docs/'))) {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow & {
        concurrency?: { group?: string; 'cancel-in-progress'?: unknown }
      }
      const modes = Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? [])
          .filter((step) => usesThisAction(step.uses))
          .map((step) => String(step.with?.mode ?? 'plan'))
      )
      if (!modes.some((mode) => /apply|disable/.test(mode))) continue
      expect([file, workflow.concurrency?.group]).toEqual([file, expect.any(String)])
      const cancel = workflow.concurrency?.['cancel-in-progress']
      expect([file, cancel === true || cancel === 'true']).toEqual([file, false])
    }
  })
})

/**
 * The OIDC `sub` GitHub gives a job of each trigger, as the README's table says; a job environment
 * replaces it. Dispatches are taken to run on main.
 */
const REPOSITORY = 'my-org/scv-config'
function subjectOf(event: string, environment: string): string {
  if (environment !== '') return `repo:${REPOSITORY}:environment:${environment}`
  return event === 'pull_request'
    ? `repo:${REPOSITORY}:pull_request`
    : `repo:${REPOSITORY}:ref:refs/heads/main`
}

/** Evaluates the one expression form the docs use: `${{ github.event_name == 'X' && 'A' || 'B' }}`. */
function evaluate(text: string, event: string): string {
  return text.replace(
    /\$\{\{\s*github\.event_name == '(\w+)' && '([^']*)' \|\| '([^']*)'\s*\}\}/g,
    (_, name: string, then: string, otherwise: string) => (name === event ? then : otherwise)
  )
}

/** role name -> trusted sub, from the table of docs/permissions.md. */
function documentedTrust(): Map<string, string> {
  const readmeText = readFileSync('docs/permissions.md', 'utf8')
  const block = readmeText.slice(
    readmeText.indexOf('<!-- oidc-roles:start -->'),
    readmeText.indexOf('<!-- oidc-roles:end -->')
  )
  const rows = block.split('\n').filter((line) => /^\| `/.test(line))
  return new Map(
    rows.map((row) => {
      const cells = row.split('|').map((cell) => cell.trim().replace(/`/g, ''))
      return [cells[1] ?? '', cells[3] ?? '']
    })
  )
}

describe('workflow roles and their documented OIDC trust', () => {
  const docs = readdirSync('docs/workflows').map((name) => join('docs/workflows', name))
  const trust = documentedTrust()

  it('docs/permissions.md documents the roles', () => {
    expect([...trust.keys()].sort()).toEqual(['github-scv-apply', 'github-scv-check', 'github-scv-plan'])
  })

  it.each(docs)('%s assumes, for every trigger, a role that trusts that run', (file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as Workflow & { on: Record<string, unknown> }
    const events = Object.keys(workflow.on)
    let checked = 0
    for (const job of Object.values(workflow.jobs) as Array<{
      if?: string
      environment?: string
      steps?: Step[]
    }>) {
      for (const event of events) {
        if (job.if !== undefined && !job.if.includes(`'${event}'`)) continue
        const environment = evaluate(job.environment ?? '', event)
        for (const step of (job.steps ?? []).filter((s) => usesThisAction(s.uses))) {
          const role =
            evaluate(String(step.with?.['role-to-assume'] ?? ''), event)
              .split('/')
              .pop() ?? ''
          expect({ event, role, sub: trust.get(role) }).toEqual({
            event,
            role,
            sub: subjectOf(event, environment)
          })
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('the drift check runs on a schedule with a role that trusts main, not pull requests', () => {
    const text = readFileSync('docs/workflows/drift-check.yml', 'utf8')
    expect(text).toContain('schedule:')
    expect(trust.get('github-scv-check')).toBe(`repo:${REPOSITORY}:ref:refs/heads/main`)
    expect(text).toContain('role/github-scv-check')
  })
})

type Trigger = { paths?: string[]; 'paths-ignore'?: string[]; branches?: string[] } | null
type Triggers = Record<string, Trigger>

/** Whether a path filter entry matches a path: exact, or a folder pattern ending in /**. */
const pathMatches = (pattern: string, path: string) =>
  pattern === path || (pattern.endsWith('/**') && path.startsWith(pattern.slice(0, -2)))

/** Whether a push or pull request that changes `path` starts the workflow. */
function runsOnChangeOf(triggers: Triggers, path: string): boolean {
  return ['push', 'pull_request'].some((event) => {
    if (!(event in triggers)) return false
    const trigger = triggers[event] ?? {}
    if (trigger.paths !== undefined) return trigger.paths.some((pattern) => pathMatches(pattern, path))
    return !(trigger['paths-ignore'] ?? []).some((pattern) => pathMatches(pattern, path))
  })
}

describe('the workflows users copy', () => {
  const docs = readdirSync('docs/workflows')
  const readmeText = readFileSync('README.md', 'utf8')

  it('the README tells users to copy them under their own names into .github/workflows/', () => {
    expect(readmeText).toContain('under the same name')
    for (const name of docs) expect(readmeText).toContain(`docs/workflows/${name}`)
  })

  it("the README's complete workflow is docs/workflows/pr-gate.yml, as the steps say", () => {
    const [shown, ...more] = workflowsInMarkdown(readmeText)
    expect(more).toEqual([])
    expect(parse(shown ?? '')).toEqual(parse(readFileSync('docs/workflows/pr-gate.yml', 'utf8')))
    expect(readmeText).toContain('to `.github/workflows/pr-gate.yml`')
  })

  it.each(docs)('%s names its place and runs when it changes there', (name) => {
    const text = readFileSync(join('docs/workflows', name), 'utf8')
    const path = `.github/workflows/${name}`
    expect(text).toContain(`Copy to ${path}`)
    const workflow = parse(text) as { on: Triggers }
    expect(runsOnChangeOf(workflow.on, path)).toBe(true)
  })

  it('a workflow whose paths leave out its own file is caught', () => {
    const text = readFileSync('docs/workflows/pr-gate.yml', 'utf8').replaceAll(
      '.github/workflows/pr-gate.yml',
      '.github/workflows/scv-external-id.yml'
    )
    expect(runsOnChangeOf((parse(text) as { on: Triggers }).on, '.github/workflows/pr-gate.yml')).toBe(false)
  })

  it.each(docs)(
    '%s skips pull requests from forks and Dependabot in every job a pull request runs',
    (name) => {
      const workflow = parse(readFileSync(join('docs/workflows', name), 'utf8')) as Workflow & {
        on: Triggers
      }
      if (!('pull_request' in workflow.on)) return
      const jobs = Object.values(workflow.jobs) as Array<{ if?: string }>
      const onPullRequests = jobs.filter(
        (job) =>
          job.if === undefined || !/github\.event_name ==/.test(job.if) || job.if.includes("'pull_request'")
      )
      expect(onPullRequests.length).toBeGreaterThan(0)
      for (const job of onPullRequests) {
        expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository')
        expect(job.if).toContain("github.actor != 'dependabot[bot]'")
      }
    }
  )

  it('the PR gate runs on changes of its own file (a rotation edits the fingerprint in it)', () => {
    const text = readFileSync('docs/workflows/pr-gate.yml', 'utf8')
    const workflow = parse(text) as { on: Triggers; env: Record<string, string> }
    expect(workflow.env.SCV_EXPECTED_FINGERPRINT).toMatch(/^sha256:[0-9a-f]{12}$/)
    expect(workflow.on.pull_request?.paths).toContain('.github/workflows/pr-gate.yml')
    expect(workflow.on.push?.paths).toContain('.github/workflows/pr-gate.yml')
  })
})
