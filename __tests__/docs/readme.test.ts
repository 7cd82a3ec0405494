import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { renderTables, updatedPage } from '../../scripts/readme-tables.js'

const readme = readFileSync('README.md', 'utf8')
const reference = readFileSync('docs/reference.md', 'utf8')
const howItWorks = readFileSync('docs/how-it-works.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')

describe('README and the pages it links to', () => {
  it.each([
    ['docs/reference.md', reference, 'inputs'],
    ['docs/reference.md', reference, 'outputs'],
    ['docs/how-it-works.md', howItWorks, 'example'],
    ['docs/how-it-works.md', howItWorks, 'drift-issue-example']
  ])(
    '%s has the %s block exactly as action.yml declares it or the renderer writes it (npm run docs)',
    (_path, page, block) => {
      expect(page).toContain(`<!-- ${block}:start -->`)
      // Prettier aligns the table columns; the cells are what must match.
      const cells = (text: string) => text.replace(/ *\| */g, '|').replace(/\|-+/g, '|-')
      expect(cells(page)).toBe(cells(updatedPage(page, actionYml)))
    }
  )

  it('lists every input and output of action.yml', () => {
    const action = parse(actionYml) as { inputs: object; outputs: object }
    const tables = renderTables(actionYml)
    for (const name of Object.keys(action.inputs)) expect(tables.inputs).toContain(`| \`${name}\` |`)
    for (const name of Object.keys(action.outputs)) expect(tables.outputs).toContain(`| \`${name}\` |`)
  })

  it('shows a rendered example comment with the merge line and a collapsed identical change', () => {
    const example = howItWorks.slice(
      howItWorks.indexOf('<!-- example:start -->'),
      howItWorks.indexOf('<!-- example:end -->')
    )
    expect(example).toContain('**Merging applies external ID `sha256:')
    expect(example).toContain('the same change on 2 roles')
    expect(example).not.toContain('readme-example-')
  })

  it('shows a rendered drift issue with the roles, the rotation steps and no raw ID', () => {
    const example = howItWorks.slice(
      howItWorks.indexOf('<!-- drift-issue-example:start -->'),
      howItWorks.indexOf('<!-- drift-issue-example:end -->')
    )
    expect(example).toMatch(/\| `ACME_Support-SCVS3Role` +\| missing condition +\|/)
    expect(example).toContain('Configure External ID')
    expect(example).toContain('**External ID to keep:** `sha256:')
    expect(example).not.toContain('readme-example-')
    expect(readFileSync('docs/permissions.md', 'utf8')).toContain('issues: write # only for drift-issue')
  })

  it('gives the two newcomer commands', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm test')
  })

  it('opens with numbered steps and shows one complete workflow within its first 400 words', () => {
    const firstWords = readme.split(/\s+/).slice(0, 400).join(' ')
    expect(firstWords).toMatch(/\n?1\. \*\*Deploy the automation roles\*\*/)
    expect(firstWords).toMatch(/2\. \*\*Store the external ID\*\*/)
    expect(firstWords).toMatch(/3\. \*\*Copy this workflow\*\*/)
    const workflowEnd = readme.indexOf('```\n', readme.indexOf('```yaml\nname:') + 1)
    expect(readme.slice(0, workflowEnd).split(/\s+/).length).toBeLessThanOrEqual(400)
    const workflow = parse(readme.slice(readme.indexOf('```yaml\nname:') + 8, workflowEnd)) as object
    expect(Object.keys(workflow)).toEqual(expect.arrayContaining(['on', 'permissions', 'jobs']))
  })
})

describe('action.yml', () => {
  const action = parse(actionYml) as {
    runs: { using: string; main: string; post?: string; 'post-if'?: string }
    inputs: Record<string, { default?: string; required?: boolean }>
    outputs: Record<string, { description: string }>
  }
  it('runs on node24 from dist/index.js, with the restoring post step from dist/post/index.js always', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
  })
  it('declares every result value, in action.yml and in docs/reference.md', () => {
    const results = [
      'planned',
      'no-change',
      'changed',
      'in-sync',
      'drift',
      'disabled',
      'rolled-back',
      'rollback-failed',
      'conflict',
      'refused',
      'error'
    ]
    const described = action.outputs.result?.description ?? ''
    const readmeRow = reference.split('\n').find((line) => line.startsWith('| `result`')) ?? ''
    for (const result of results) {
      expect(described).toMatch(new RegExp(`(^|[ ,])${result}[ ,.]`))
      expect(readmeRow).toMatch(new RegExp(`(^|[ ,])${result}[ ,.]`))
    }
  })
  it('declares the v1 contract: kebab-case inputs, the github.token default', () => {
    expect(Object.keys(action.inputs)).toHaveLength(25)
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'backup-file',
        'changed-roles',
        'comment-url',
        'external-id',
        'external-id-fingerprint',
        'result',
        'roles',
        'unmanaged-roles'
      ].sort()
    )
    for (const name of Object.keys(action.inputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(action.inputs['contact-center-type']?.required).toBe(true)
  })

  it('declares the v1.1 additions with their defaults', () => {
    for (const name of ['external-ids', 'extra-roles']) {
      expect(action.inputs[name]).toMatchObject({ required: false, default: '' })
    }
    expect(action.inputs.audit).toMatchObject({ required: false, default: 'warn' })
    expect(action.outputs).toHaveProperty('unmanaged-roles')
  })

  it('declares the v1.2 aws-region default: empty, the region of the environment', () => {
    expect(action.inputs['aws-region']).toMatchObject({ required: false, default: '' })
    expect(action.outputs.result?.description).toContain('Set on every run')
  })
})
