/**
 * The README's inputs and outputs tables are generated from action.yml, so the two never differ.
 * `npm run docs` rewrites them; a test fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYaml
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, input]) =>
        `| \`${name}\` | ${input.required ? '**required**' : input.default ? `\`${input.default}\`` : "`''`"} | ${cell(input.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`)
  ].join('\n')
  return { inputs, outputs }
}

export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`)
  return `${text.slice(0, from + start.length)}\n\n${content}\n\n${text.slice(to)}`
}

export function updatedReadme(readme: string, actionYml: string): string {
  const tables = renderTables(actionYml)
  return replaceBlock(replaceBlock(readme, 'inputs', tables.inputs), 'outputs', tables.outputs)
}

if (process.argv[1]?.endsWith('readme-tables.ts')) {
  const readme = readFileSync('README.md', 'utf8')
  writeFileSync('README.md', updatedReadme(readme, readFileSync('action.yml', 'utf8')))
}
