/**
 * The inputs and outputs tables of docs/reference.md are generated from action.yml, so the two never
 * differ, the example comment of docs/how-it-works.md by the renderer, and each page's table of
 * contents from its headings. `npm run docs` rewrites them and formats the pages with prettier; a
 * test fails when a page is out of date.
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

/** The README and the reference pages it links to, each with the generated blocks it holds. */
export const DOC_PAGES = [
  'README.md',
  'docs/how-it-works.md',
  'docs/permissions.md',
  'docs/reference.md',
  'docs/troubleshooting.md',
  'docs/development.md'
]

const hasBlock = (text: string, name: string) => text.includes(`<!-- ${name}:start -->`)

export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`the page has no ${start} ... ${end} block`)
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

/** A page with each generated block it holds brought up to date. */
export function updatedPage(page: string, actionYml: string): string {
  const tables = renderTables(actionYml)
  const blocks: Array<[string, () => string]> = [
    ['inputs', () => tables.inputs],
    ['outputs', () => tables.outputs],
    ['example', exampleBlock],
    ['drift-issue-example', driftIssueExample]
  ]
  const filled = blocks.reduce(
    (text, [name, content]) => (hasBlock(text, name) ? replaceBlock(text, name, content()) : text),
    page
  )
  return hasBlock(filled, 'toc') ? replaceBlock(filled, 'toc', tableOfContents(filled)) : filled
}

/** What `npm run docs` writes: the updated page, formatted as `npm run format:check` expects. */
export async function formattedPage(path: string, page: string, actionYml: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {}
  return format(updatedPage(page, actionYml), { ...options, filepath: path })
}

if (process.argv[1]?.endsWith('readme-tables.ts')) {
  const actionYml = readFileSync('action.yml', 'utf8')
  for (const path of DOC_PAGES) {
    writeFileSync(path, await formattedPage(path, readFileSync(path, 'utf8'), actionYml))
  }
}
