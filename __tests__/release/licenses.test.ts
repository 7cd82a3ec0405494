import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  ALLOWED_LICENSES,
  checkLicenses,
  licenseAllowed,
  packagesNamedInDist,
  readDist,
  type Lockfile
} from '../../scripts/check-licenses.js'

describe('licenseAllowed', () => {
  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['0BSD', true],
    ['BSD-3-Clause', true],
    ['(MIT OR GPL-3.0)', true],
    ['MIT OR Apache-2.0', true],
    ['MIT AND ISC', true],
    ['MIT AND GPL-2.0', false],
    ['(MIT AND GPL-2.0) OR ISC', true],
    ['AGPL-3.0-or-later', false],
    ['GPL-3.0', false],
    ['BSD-4-Clause', false],
    ['UNLICENSED', false],
    ['SEE LICENSE IN LICENSE.md', false],
    ['MIT OR', false],
    ['(MIT', false],
    ['', false],
    [undefined, false]
  ])('%s: %s', (expression, allowed) => {
    expect(licenseAllowed(expression, ALLOWED_LICENSES)).toBe(allowed)
  })
})

const lock = (packages: Lockfile['packages']): Lockfile => ({ packages: { '': {}, ...packages } })
const noDist = { code: '', licenses: '' }

describe('checkLicenses', () => {
  it('passes the repository: package-lock.json and the committed dist/', () => {
    const dist = readDist()
    expect(dist.code).toContain(readFileSync('dist/index.js', 'utf8'))
    const report = checkLicenses(JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile, dist)
    expect(report.problems).toEqual([])
    expect(report.counts.get('Apache-2.0')).toBeGreaterThan(0)
  })

  it('fails on a production dependency outside the allowlist, also a nested version', () => {
    const report = checkLicenses(
      lock({
        'node_modules/left': { license: 'MIT' },
        'node_modules/left/node_modules/inner': { license: 'GPL-3.0' },
        'node_modules/inner': { license: 'MIT' },
        'node_modules/nolicense': {}
      }),
      noDist
    )
    expect(report.problems).toEqual([
      expect.stringMatching(/^inner: license GPL-3.0 is not in the allowlist/),
      expect.stringMatching(/^nolicense: license \(none\)/)
    ])
  })

  it('ignores dev dependencies unless dist/ names them', () => {
    const packages = lock({ 'node_modules/dev-tool': { license: 'GPL-3.0', dev: true } })
    expect(checkLicenses(packages, noDist).problems).toEqual([])
    const bundled = { code: '// CONCATENATED MODULE: ./node_modules/dev-tool/index.js\n', licenses: '' }
    expect(checkLicenses(packages, bundled).problems).toEqual([
      expect.stringMatching(/^dev-tool: license GPL-3.0/)
    ])
  })

  it('fails on a package in dist/ that the lockfile does not know', () => {
    const dist = { code: '', licenses: 'ghost\nMIT\nThe MIT License\n\nCopyright nobody\n' }
    expect(checkLicenses(lock({}), dist).problems).toEqual(['ghost: in dist/ but not in package-lock.json'])
  })

  it('allows the AGPL oracle only as a dev dependency, and never in dist/', () => {
    const key = 'node_modules/@cloud-copilot/iam-simulate'
    expect(
      checkLicenses(lock({ [key]: { license: 'AGPL-3.0-or-later', dev: true } }), noDist).problems
    ).toEqual([])
    expect(checkLicenses(lock({ [key]: { license: 'AGPL-3.0-or-later' } }), noDist).problems).toEqual([
      expect.stringMatching(/^@cloud-copilot\/iam-simulate: license AGPL-3.0-or-later/),
      '@cloud-copilot/iam-simulate: must be a dev dependency only'
    ])
    const inDist = { code: 'require("@cloud-copilot/iam-simulate")', licenses: '' }
    expect(
      checkLicenses(lock({ [key]: { license: 'AGPL-3.0-or-later', dev: true } }), inDist).problems
    ).toEqual(['@cloud-copilot/iam-simulate: found in dist/'])
  })
})

describe('packagesNamedInDist', () => {
  it('reads ncc licenses.txt entries and concatenated module paths, not license prose', () => {
    const licenses = [
      '@actions/core\nMIT\nThe MIT License (MIT)\n\nCopyright 2019 GitHub',
      'tslib\n0BSD\nCopyright (c) Microsoft Corporation.\n\nPermission to use',
      'dual\n(MIT OR Apache-2.0)\ntext'
    ].join('\n\n')
    const code = '// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js\n'
    expect([...packagesNamedInDist({ code, licenses })].sort()).toEqual([
      '@actions/core',
      '@octokit/core',
      'dual',
      'tslib'
    ])
  })
})
