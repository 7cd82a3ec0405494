/** Text made safe for GitHub's Markdown: it renders as itself, in tables and code spans too. */

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** Inline code that survives any content: its fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  if (flat === '') return '—'
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced code block's fence: longer than any backtick run inside, and at least three. */
export function codeFence(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1))
}

/** In a table a pipe ends the cell even inside code; GitHub reads `\|` there as a literal pipe. */
export function cellCode(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|')
}

function longestRun(text: string, character: string): number {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === character ? run + 1 : 0
    longest = Math.max(longest, run)
  }
  return longest
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Plain text as Markdown lines that render as the text itself: no HTML, emphasis, links, code, table
 * cell breaks, or block structure (headings, lists, quotes) at a line start.
 */
export function escapeMarkdown(text: string): string[] {
  return text.split(/\r?\n/).map((line) =>
    escapeHtml(line)
      .replace(/[\\`*_[\]~|]/g, '\\$&')
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  )
}
