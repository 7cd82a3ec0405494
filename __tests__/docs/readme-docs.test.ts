/**
 * The README as `npm run docs` leaves it: tables from action.yml, the table of contents from the
 * headings, prettier-formatted; and tables GitHub renders as written.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { escapeHtml, formattedReadme, headingSlug, tableOfContents } from '../../scripts/readme-tables.js'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')

describe('npm run docs', () => {
  it('leaves README.md exactly as it is: up to date and prettier-formatted', async () => {
    expect(await formattedReadme(readme, actionYml)).toBe(readme)
  })
})

describe('table of contents', () => {
  it('links every ## and ### heading outside code blocks, in order', () => {
    const toc = tableOfContents(readme)
    expect(toc).toContain('- [Troubleshooting](#troubleshooting)')
    expect(toc).toContain('  - [Verification (`verify`)](#verification-verify)')
    expect(toc).toContain('- [Proxies and GitHub Enterprise Server](#proxies-and-github-enterprise-server)')
    // The example comment's "### Plan: ..." heading is inside a fenced block.
    expect(toc).not.toContain('Plan:')
    expect(readme).toContain('<!-- toc:start -->')
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
  const tableRows = readme.split('\n').filter((line) => line.startsWith('|'))
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
    '## Versioning',
    '## Troubleshooting',
    '## Proxies and GitHub Enterprise Server',
    '### Set-up with CloudFormation or Terraform',
    '### Debugging locally'
  ])('has %s', (heading) => {
    expect(readme).toContain(`\n${heading}\n`)
  })
  it('recommends pinning to a full commit SHA with the version in a comment', () => {
    expect(readme).toMatch(/scv-external-id-action@[0-9a-f]{40} # v\d+\.\d+\.\d+/)
  })
  it.each(['AccessDenied', 'NoSuchEntity', 'LimitExceeded', 'CloudFormation update', 'cancelled'])(
    'troubleshooting covers %s',
    (topic) => {
      const section = readme.slice(readme.indexOf('## Troubleshooting'), readme.indexOf('## Proxies'))
      expect(section).toContain(topic)
    }
  )
  it('documents ACTION_NODE_BINARY and the emulator options', () => {
    expect(readme).toContain('ACTION_NODE_BINARY')
    expect(readme).toContain('npm run emulator -- --help')
  })
})
