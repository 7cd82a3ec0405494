/**
 * The README and the pages it links to, as `npm run docs` leaves them: tables from action.yml, the
 * tables of contents from the headings, prettier-formatted; tables GitHub renders as written; and
 * every relative link and anchor leads somewhere.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import {
  DOC_PAGES,
  escapeHtml,
  formattedPage,
  headingSlug,
  tableOfContents
} from '../../scripts/readme-tables.js'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')
const pages = new Map(DOC_PAGES.map((path) => [path, readFileSync(path, 'utf8')]))
const allPages = [...pages.values()].join('\n')
const page = (path: string) => pages.get(path) ?? ''

describe('npm run docs', () => {
  it.each(DOC_PAGES)('leaves %s exactly as it is: up to date and prettier-formatted', async (path) => {
    expect(await formattedPage(path, page(path), actionYml)).toBe(page(path))
  })
})

describe('links', () => {
  /** Relative links outside code: [text](path#anchor), resolved from the page's folder. */
  const links = (path: string) =>
    [
      ...page(path)
        .replace(/```[\s\S]*?```/g, '')
        .matchAll(/\]\(([^)\s]+)\)/g)
    ]
      .map((match) => match[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target))
  const anchorsOf = (markdown: string) =>
    new Set(
      tableOfContents(markdown.replace(/^#### /gm, '### '))
        .split('\n')
        .map((line) => /\(#([^)]+)\)/.exec(line)?.[1] ?? '')
    )

  it.each(DOC_PAGES)('of %s lead to files and headings that exist', (path) => {
    const broken = links(path).filter((target) => {
      const [file, anchor] = target.split('#')
      const resolved = file === '' ? path : normalize(join(dirname(path), file ?? ''))
      if (!existsSync(resolved)) return true
      if (anchor === undefined) return false
      return !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)
    })
    expect(broken).toEqual([])
  })

  it('the README links to every reference page', () => {
    for (const path of DOC_PAGES.slice(1)) expect(readme).toContain(`](${path})`)
  })
})

describe('table of contents', () => {
  it('links every ## and ### heading outside code blocks, in order', () => {
    expect(tableOfContents(page('docs/troubleshooting.md'))).toContain(
      '- [Troubleshooting](#troubleshooting)'
    )
    expect(tableOfContents(page('docs/troubleshooting.md'))).toContain(
      '- [Proxies and GitHub Enterprise Server](#proxies-and-github-enterprise-server)'
    )
    const toc = tableOfContents(page('docs/how-it-works.md'))
    expect(toc).toContain('  - [Verification (`verify`)](#verification-verify)')
    // The example comment's "### Plan: ..." heading is inside a fenced block.
    expect(toc).not.toContain('Plan:')
    for (const path of DOC_PAGES) expect(page(path)).toContain('<!-- toc:start -->')
  })

  it.each([
    ['Try it (two commands)', 'try-it-two-commands'],
    ['Verification (`verify`)', 'verification-verify'],
    ['Trust policy of the automation role (GitHub OIDC)', 'trust-policy-of-the-automation-role-github-oidc'],
    ['Set-up with CloudFormation or Terraform', 'set-up-with-cloudformation-or-terraform'],
    ['Proxies and GitHub Enterprise Server', 'proxies-and-github-enterprise-server']
  ])('slug of %s is #%s, as GitHub makes it', (heading, slug) => {
    expect(headingSlug(heading)).toBe(slug)
  })

  it('numbers repeated headings as GitHub does', () => {
    const toc = tableOfContents('## Usage\n\n## Usage\n\n```\n## Not a heading\n```\n')
    expect(toc).toBe('- [Usage](#usage)\n- [Usage](#usage-1)')
  })
})

describe('tables', () => {
  const tableRows = allPages.split('\n').filter((line) => line.startsWith('|'))
  it('have no raw <name> outside code spans (GitHub would drop it as an HTML tag)', () => {
    const outsideCode = tableRows.map((row) => row.replace(/`[^`]*`/g, ''))
    expect(outsideCode.filter((row) => /<[A-Za-z/!]/.test(row))).toEqual([])
  })
  it('escapes < and > outside code spans only', () => {
    expect(escapeHtml('Each gives <name>-ConnectCallRole and `<name>-SCVS3Role`')).toBe(
      'Each gives &lt;name&gt;-ConnectCallRole and `<name>-SCVS3Role`'
    )
  })
  it('the role table shows each logical role beside its role name', () => {
    const row = (logical: string) => tableRows.find((line) => line.startsWith(`| ${logical} `)) ?? ''
    expect(row('SCVProvisioningRole')).toContain('`SCVProvisioningRole`')
    expect(row('AmazonConnectManagementRole')).toContain('`SCVAmazonConnectManagementRole`')
    expect(row('UpdateCredentialRole')).toContain('`SCVUpdateCredentialRole`')
    expect(row('InstanceRecordingRole')).toContain('`<cc>-ConnectCallRole`')
    expect(row('SCVS3Role')).toContain('`<cc>-SCVS3Role`')
  })
})

describe('README first questions', () => {
  it.each([
    ['README.md', '## Versioning'],
    ['README.md', '## Try it (two commands)'],
    ['README.md', '## Quick start'],
    ['docs/troubleshooting.md', '## Troubleshooting'],
    ['docs/troubleshooting.md', '## Proxies and GitHub Enterprise Server'],
    ['docs/permissions.md', '### Set-up with CloudFormation or Terraform'],
    ['docs/permissions.md', '## Pull requests from forks and Dependabot'],
    ['docs/development.md', '### Debugging locally'],
    ['docs/how-it-works.md', '### Trust policies the action changes, and those it refuses']
  ])('%s has %s', (path, heading) => {
    expect(page(path)).toContain(`\n${heading}\n`)
  })
  it('explains why the fork section does not use pull_request_target', () => {
    const section = page('docs/permissions.md').slice(
      page('docs/permissions.md').indexOf('## Pull requests from forks and Dependabot')
    )
    expect(section).toContain('pull_request_target')
    expect(section).toContain("base branch's")
    expect(section).toContain('pwn request')
  })
  it('recommends pinning to a full commit SHA with the version in a comment', () => {
    expect(readme).toMatch(/scv-external-id-action@[0-9a-f]{40} # v\d+\.\d+\.\d+/)
  })
  it.each(['AccessDenied', 'NoSuchEntity', 'LimitExceeded', 'CloudFormation update', 'cancelled'])(
    'troubleshooting covers %s',
    (topic) => {
      const troubleshooting = page('docs/troubleshooting.md')
      const section = troubleshooting.slice(
        troubleshooting.indexOf('## Troubleshooting'),
        troubleshooting.indexOf('## Proxies')
      )
      expect(section).toContain(topic)
    }
  )
  it('documents ACTION_NODE_BINARY and the emulator options', () => {
    expect(page('docs/development.md')).toContain('ACTION_NODE_BINARY')
    expect(page('docs/development.md')).toContain('npm run emulator -- --help')
  })
})
