import { describe, expect, it } from '@jest/globals'
import {
  bundleProblems,
  commonJsBuilds,
  licenseEntry,
  packageFolder,
  packageFolders
} from '../../scripts/bundle.js'

describe('packageFolder', () => {
  it('names the package a module comes from, the innermost one when packages are nested', () => {
    expect(packageFolder('./node_modules/@smithy/core/dist-cjs/index.js')).toBe('node_modules/@smithy/core')
    expect(packageFolder('./node_modules/undici/lib/dispatcher/agent.js')).toBe('node_modules/undici')
    expect(
      packageFolder('./node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js')
    ).toBe('node_modules/@actions/github/node_modules/@actions/http-client')
  })

  it('gives null for the project’s own modules and webpack’s runtime', () => {
    expect(packageFolder('./src/main.ts')).toBeNull()
    expect(packageFolder('webpack/runtime/define property getters')).toBeNull()
  })

  it('reaches into concatenated modules', () => {
    const folders = packageFolders([
      {
        name: './src/index.ts + 3 modules',
        modules: [{ name: './src/start.ts' }, { name: './node_modules/ms/index.js' }]
      },
      { name: './node_modules/ms/index.js' },
      { name: './node_modules/@aws-sdk/client-sts/dist-es/index.js' }
    ])
    expect([...folders].sort()).toEqual(['node_modules/@aws-sdk/client-sts', 'node_modules/ms'])
  })
})

describe('bundleProblems', () => {
  const pkg = (name: string, folder = `node_modules/${name}`) => ({ name, folder })

  it('accepts an entry chunk with only what the first AWS request needs', () => {
    const entry = [pkg('@aws-sdk/client-sts'), pkg('@smithy/core')]
    expect(bundleProblems(entry, [...entry, pkg('undici'), pkg('@actions/core')])).toEqual([])
  })

  it('names each package that would delay the first request, and why it waits', () => {
    const problems = bundleProblems([pkg('undici'), pkg('@actions/github'), pkg('@aws-sdk/client-sts')], [])
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^undici is in the entry chunk: /)
    expect(problems[1]).toContain('pull-request comment')
  })

  it('names a package bundled in two versions', () => {
    const all = [
      pkg('@actions/http-client'),
      pkg('@actions/http-client', 'node_modules/@actions/github/node_modules/@actions/http-client')
    ]
    expect(bundleProblems([], all)).toEqual([
      '@actions/http-client is bundled more than once: node_modules/@actions/http-client, node_modules/@actions/github/node_modules/@actions/http-client'
    ])
  })
})

describe('licenseEntry', () => {
  it('writes name, license and text as ncc does', () => {
    expect(licenseEntry('ms', 'MIT', 'The MIT License\n\n')).toBe('ms\nMIT\nThe MIT License\n')
    expect(licenseEntry('x', 'ISC', null)).toBe('x\nISC\n')
  })
})

describe('commonJsBuilds', () => {
  const esBuilds = new Set(['node_modules/@smithy/core', 'node_modules/@aws-sdk/core'])
  const hasEsBuild = (folder: string) => esBuilds.has(folder)

  it('names each package bundled from dist-cjs that has a dist-es, once', () => {
    const names = [
      './node_modules/@smithy/core/dist-cjs/index.js',
      './node_modules/@smithy/core/dist-cjs/submodules/cbor/index.js',
      './node_modules/@aws-sdk/core/dist-es/submodules/client/index.js'
    ]
    expect(commonJsBuilds(names, hasEsBuild)).toEqual([
      'node_modules/@smithy/core is bundled from dist-cjs although it has dist-es: add it to paths in tsconfig.json'
    ])
  })

  it('accepts ES builds, and CommonJS builds of packages that have no other', () => {
    const names = [
      './node_modules/@aws-sdk/core/dist-es/index.js',
      './node_modules/some-package/dist-cjs/index.js',
      './src/main.ts'
    ]
    expect(commonJsBuilds(names, hasEsBuild)).toEqual([])
  })
})
