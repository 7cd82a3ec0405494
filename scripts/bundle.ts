/**
 * `npm run bundle`: dist/ with @vercel/ncc, split into chunks at every dynamic import(). The entry
 * chunk carries only what the first AWS request needs; the build fails when a package that the run
 * loads later (or never) lands in it, or when one package is bundled in two versions.
 *
 * Through ncc's API rather than its CLI for two reasons: packages resolve by their `module` field
 * first, so the AWS SDK's ES modules are bundled (its clients tree-shaken, its credential providers
 * in chunks of their own, as its own `import()`s ask); and licenses.txt lists every chunk's packages
 * (ncc's own license file keeps only some chunks' once the bundle is split). Packages whose
 * `exports` send ncc to their CommonJS build are pointed at their ES build in tsconfig.json `paths`
 * (ncc's only resolver setting), and the build fails if one is missed (commonJsBuilds).
 */
import ncc, { type NccStatsModule } from '@vercel/ncc'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Each entry point of action.yml and its folder; `firstRequest`: the entry chunk is held to NOT_IN_ENTRY. */
const ENTRIES = [
  { source: 'src/index.ts', out: 'dist', firstRequest: true },
  // runs.post: restores the roles of a main step that was killed; it runs rarely and after the work.
  { source: 'src/post.ts', out: 'dist/post', firstRequest: false }
]
const DIST = 'dist'

/** Loaded later or only when needed: none of them may delay the first AWS request. */
export const NOT_IN_ENTRY: Record<string, string> = {
  '@actions/core': 'imports undici at load; loads while the first request is in flight',
  undici:
    'imported by @actions/http-client (whose proxy helper alone the entry uses) for @actions/core and Octokit',
  '@actions/github': 'only a run that writes a pull-request comment needs Octokit',
  'https-proxy-agent': 'only a run behind a proxy needs it',
  '@aws-sdk/client-iam': 'IAM is called after sts:GetCallerIdentity',
  '@aws-sdk/credential-provider-ini': 'shared config files: loaded by the SDK only when needed',
  '@aws-sdk/credential-provider-sso': 'SSO: loaded by the SDK only when a profile uses it',
  '@aws-sdk/nested-clients': 'clients of the credential providers, loaded with them',
  refa: "the guard's automata: loaded with the plan, once the reads are on the wire"
}

export interface BundledPackage {
  /** Path of the package folder, e.g. node_modules/@scope/name (nested folders kept). */
  folder: string
  name: string
}

/** The package a bundled module comes from, or null for the project's own code and webpack's runtime. */
export function packageFolder(moduleName: string): string | null {
  const matches = [...moduleName.matchAll(/node_modules\/(?:@[^/]+\/)?[^/\s]+/g)]
  const last = matches.at(-1)
  return last === undefined
    ? null
    : moduleName.slice(0, (last.index ?? 0) + last[0].length).replace(/^\.\//, '')
}

/** Package folders of the modules, concatenated modules included. */
export function packageFolders(modules: readonly NccStatsModule[]): Set<string> {
  return new Set(
    moduleNames(modules).flatMap((name) => {
      const folder = packageFolder(name)
      return folder === null ? [] : [folder]
    })
  )
}

/** The name of every module, concatenated modules included. */
function moduleNames(modules: readonly NccStatsModule[]): string[] {
  return modules.flatMap((module) => [...moduleNames(module.modules ?? []), module.name ?? ''])
}

/**
 * Packages bundled from their CommonJS build although they ship an ES one. ncc resolves `exports`
 * with the conditions import, node, production, and the AWS SDK's core packages list `node` before
 * `import`: their CommonJS builds evaluate every submodule at load (CBOR, event streams...), where
 * the ES builds let webpack keep what is used. tsconfig.json `paths` points ncc at the ES builds.
 */
export function commonJsBuilds(names: readonly string[], hasEsBuild: (folder: string) => boolean): string[] {
  const folders = new Set(
    names.filter((name) => name.includes('/dist-cjs/')).map((name) => packageFolder(name) ?? name)
  )
  return [...folders]
    .filter(hasEsBuild)
    .map(
      (folder) =>
        `${folder} is bundled from dist-cjs although it has dist-es: add it to paths in tsconfig.json`
    )
}

/** Why the bundle is not acceptable: a package loaded too early, or one package in two versions. */
export function bundleProblems(entry: readonly BundledPackage[], all: readonly BundledPackage[]): string[] {
  const early = entry
    .filter((pkg) => NOT_IN_ENTRY[pkg.name] !== undefined)
    .map((pkg) => `${pkg.name} is in the entry chunk: ${NOT_IN_ENTRY[pkg.name]}`)
  const byName = new Map<string, string[]>()
  for (const pkg of all) byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), pkg.folder])
  const duplicated = [...byName]
    .filter(([, folders]) => folders.length > 1)
    .map(([name, folders]) => `${name} is bundled more than once: ${folders.join(', ')}`)
  return [...early, ...duplicated]
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** One entry per package, as ncc writes them: name, license, the license text. */
export function licenseEntry(name: string, license: string, text: string | null): string {
  return `${name}\n${license}\n${text === null ? '' : `${text.trim()}\n`}`
}

function describePackage(folder: string): BundledPackage & { license: string; text: string | null } {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name: string
    license?: string
  }
  const file = readdirSync(folder).find((entry) => LICENSE_FILE.test(entry))
  return {
    folder,
    name: manifest.name,
    license: manifest.license ?? 'UNKNOWN',
    text: file === undefined ? null : readFileSync(join(folder, file), 'utf8')
  }
}

async function bundle(entry: (typeof ENTRIES)[number]): Promise<void> {
  const { code, assets, stats } = await ncc(join(process.cwd(), entry.source), {
    target: 'es2022',
    mainFields: ['module', 'main'],
    // Mangled names parse faster; ncc keeps class and function names, so errors still name themselves.
    minify: true,
    quiet: true,
    cache: false
  })
  const chunks = stats.toJson({ chunks: true, chunkModules: true, modules: true }).chunks
  const packagesIn = (list: typeof chunks) =>
    [...packageFolders(list.flatMap((chunk) => chunk.modules ?? []))].map(describePackage)
  const all = packagesIn(chunks)
  const entryChunk = entry.firstRequest ? packagesIn(chunks.filter((chunk) => chunk.initial)) : []
  const problems = [
    ...bundleProblems(entryChunk, all),
    ...commonJsBuilds(moduleNames(chunks.flatMap((chunk) => chunk.modules ?? [])), (folder) =>
      existsSync(join(folder, 'dist-es'))
    )
  ]
  if (problems.length > 0)
    throw new Error(`${entry.source}: the bundle is not acceptable:\n${problems.join('\n')}`)

  mkdirSync(entry.out, { recursive: true })
  writeFileSync(join(entry.out, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(entry.out, name)), { recursive: true })
    writeFileSync(join(entry.out, name), asset.source, { mode: asset.permissions ?? 0o644 })
  }
  const licenses = [...new Map(all.map((pkg) => [pkg.name, pkg])).values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pkg) => licenseEntry(pkg.name, pkg.license, pkg.text))
  writeFileSync(join(entry.out, 'licenses.txt'), licenses.join('\n'))
  const files = readdirSync(entry.out).filter((name) => name.endsWith('.js'))
  console.log(`${entry.out}/: ${files.length} JavaScript files, ${all.length} packages (licenses.txt)`)
}

if (process.argv[1]?.endsWith('bundle.ts')) {
  rmSync(DIST, { recursive: true, force: true })
  for (const entry of ENTRIES) await bundle(entry)
}
