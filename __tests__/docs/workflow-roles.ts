/**
 * The automation roles the shipped workflows assume: docs/workflows/*.yml and the complete workflows
 * the README and docs/*.md show, by the role name at the end of each `role-to-assume`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  jobs?: Record<string, { steps?: Step[] }>
}

export const usesThisAction = (uses: string | undefined) =>
  uses === './' || /(^|\/)scv-external-id-action@/.test(uses ?? '')

/** The workflow files shipped to copy, and the Markdown pages that may show a complete workflow. */
export const workflowFiles = () => readdirSync('docs/workflows').map((name) => join('docs/workflows', name))
export const markdownPages = () => [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name))
]

/** The complete workflows (with `on:` and `jobs:`) in a page's ```yaml blocks. */
export function workflowsInMarkdown(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)\n```/g)]
    .map((match) => match[1] ?? '')
    .filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block))
}

/** Role names in one role-to-assume value: a literal ARN, or the values an `a && 'x' || 'y'` expression gives. */
function roleNames(value: string): string[] {
  const last = value.split(':role/').pop() ?? ''
  if (!last.includes('${{')) return [last.split('/').pop() ?? last]
  return [...last.matchAll(/(?:&&|\|\|)\s*'([\w+=,.@-]+)'/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== '')
}

export function rolesOf(text: string): string[] {
  const workflow = parse(text) as Workflow
  return Object.values(workflow.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .filter((step) => usesThisAction(step.uses))
    .flatMap((step) => roleNames(String(step.with?.['role-to-assume'] ?? '')))
    .filter((name) => name !== '')
}

/** role name -> the files whose workflows assume it. */
export function rolesAssumedByWorkflows(): Map<string, string[]> {
  const sources: Array<[string, string]> = [
    ...workflowFiles().map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
    ...markdownPages().flatMap((file) =>
      workflowsInMarkdown(readFileSync(file, 'utf8')).map((text): [string, string] => [file, text])
    )
  ]
  const used = new Map<string, string[]>()
  for (const [file, text] of sources) {
    for (const role of rolesOf(text)) used.set(role, [...new Set([...(used.get(role) ?? []), file])])
  }
  return used
}
