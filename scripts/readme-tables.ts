/**
 * The README's inputs and outputs tables are generated from action.yml, so the two never differ, and
 * its table of contents from its headings. `npm run docs` rewrites them and formats the README with
 * prettier; a test fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { driftIssueExample, exampleBlock } from './readme-example.js'

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

/** `<` and `>` outside code spans as entities: GitHub drops `<name>` in a table as an unknown HTML tag. */
export function escapeHtml(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
}

const cell = (text: string) => escapeHtml(text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' '))

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

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** Headings outside fenced code blocks, with the anchors GitHub gives them (repeats numbered). */
function headings(markdown: string): Array<{ level: number; text: string; anchor: string }> {
  const found: Array<{ level: number; text: string; anchor: string }> = []
  const seen = new Map<string, number>()
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && fence === null) fence = marker
    else if (marker && fence !== null && marker[0] === fence[0] && marker.length >= fence.length) fence = null
    if (fence !== null || marker) continue
    const heading = /^(#{1,6}) +(.+?) *#* *$/.exec(line)
    if (!heading) continue
    const text = heading[2] as string
    const slug = headingSlug(text)
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    found.push({
      level: (heading[1] as string).length,
      text,
      anchor: count === 0 ? slug : `${slug}-${count}`
    })
  }
  return found
}

/** A nested list of links to the ## and ### headings. */
export function tableOfContents(markdown: string): string {
  return headings(markdown)
    .filter((heading) => heading.level === 2 || heading.level === 3)
    .map((heading) => `${heading.level === 3 ? '  ' : ''}- [${heading.text}](#${heading.anchor})`)
    .join('\n')
}

export function updatedReadme(readme: string, actionYml: string): string {
  const tables = renderTables(actionYml)
  const withTables = replaceBlock(replaceBlock(readme, 'inputs', tables.inputs), 'outputs', tables.outputs)
  const withExample = replaceBlock(
    replaceBlock(withTables, 'example', exampleBlock()),
    'drift-issue-example',
    driftIssueExample()
  )
  return replaceBlock(withExample, 'toc', tableOfContents(withExample))
}

/** What `npm run docs` writes: the updated README, formatted as `npm run format:check` expects. */
export async function formattedReadme(readme: string, actionYml: string): Promise<string> {
  const options = (await resolveConfig('README.md')) ?? {}
  return format(updatedReadme(readme, actionYml), { ...options, filepath: 'README.md' })
}

if (process.argv[1]?.endsWith('readme-tables.ts')) {
  const readme = readFileSync('README.md', 'utf8')
  writeFileSync('README.md', await formattedReadme(readme, readFileSync('action.yml', 'utf8')))
}
