/**
 * `.ci/run`'s license check. `dist/` ships the production dependencies to every user of the action,
 * so each of them must carry a license from the allowlist. The policy evaluator's oracle in the tests
 * (`@cloud-copilot/iam-simulate`) is AGPL: it may only be a dev dependency, and none of it may reach
 * `dist/`. Exits 1 and names every offending package.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ALLOWED_LICENSES = ['MIT', 'Apache-2.0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD'] as const

/** Dev-only packages whose license must never be bundled. */
export const DEV_ONLY = ['@cloud-copilot/iam-simulate'] as const

interface LockPackage {
  version?: string
  license?: string
  dev?: boolean
}
export interface Lockfile {
  packages: Record<string, LockPackage>
}
export interface Dist {
  /** dist/index.js and every chunk beside it */
  code: string
  /** dist/licenses.txt, written by ncc --license */
  licenses: string
}

/**
 * Whether an SPDX expression is allowed: `A OR B` needs one allowed side, `A AND B` both
 * (AND binds tighter, parentheses group). Anything unparsable or missing is not allowed.
 */
export function licenseAllowed(expression: string | undefined, allowed: readonly string[]): boolean {
  if (expression === undefined) return false
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? []
  let position = 0
  const next = () => tokens[position++]
  const peek = () => tokens[position]
  const term = (): boolean | null => {
    const token = next()
    if (token === '(') {
      const value = or()
      return next() === ')' ? value : null
    }
    if (token === undefined || /^(AND|OR|\))$/i.test(token)) return null
    return allowed.includes(token.replace(/\+$/, ''))
  }
  const and = (): boolean | null => {
    let value = term()
    while (value !== null && peek()?.toUpperCase() === 'AND') {
      next()
      const right = term()
      value = right === null ? null : value && right
    }
    return value
  }
  const or = (): boolean | null => {
    let value = and()
    while (value !== null && peek()?.toUpperCase() === 'OR') {
      next()
      const right = and()
      value = right === null ? null : value || right
    }
    return value
  }
  const value = or()
  return value === true && position === tokens.length
}

/** The package name of a lockfile key: `node_modules/a/node_modules/@b/c` is `@b/c`. */
export function packageName(lockKey: string): string {
  return lockKey.slice(lockKey.lastIndexOf('node_modules/') + 'node_modules/'.length)
}

/** The licenses of every package in the lockfile, by name (one per installed version). */
function lockedLicenses(
  lock: Lockfile,
  include: (entry: LockPackage) => boolean
): Map<string, Array<string | undefined>> {
  const licenses = new Map<string, Array<string | undefined>>()
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || !include(entry)) continue
    licenses.set(packageName(key), [...(licenses.get(packageName(key)) ?? []), entry.license])
  }
  return licenses
}

/** Every package `npm ci --omit=dev` would install: what `dist/` bundles, less what it tree-shakes. */
export function productionPackages(lock: Lockfile): Map<string, Array<string | undefined>> {
  return lockedLicenses(lock, (entry) => entry.dev !== true)
}

/** Packages that `dist/` itself names: ncc's licenses.txt entries and its concatenated module paths. */
export function packagesNamedInDist(dist: Dist): Set<string> {
  const names = new Set<string>()
  for (const match of dist.licenses.matchAll(
    /(?:^|\n\n)((?:@[\w.-]+\/)?[\w.-]+)\n\(?[\w.+-]+(?: (?:OR|AND) \(?[\w.+-]+\)?)*\)?\n/g
  )) {
    names.add(match[1] as string)
  }
  for (const match of dist.code.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)) {
    names.add(match[1] as string)
  }
  return names
}

export interface LicenseReport {
  problems: string[]
  /** How many production packages carry each license. */
  counts: Map<string, number>
}

/**
 * The bundled packages are the production dependencies plus whatever `dist/` names (ncc also
 * bundles optional requires it finds installed, e.g. debug's supports-color from the dev tree).
 */
export function checkLicenses(
  lock: Lockfile,
  dist: Dist,
  allowed: readonly string[] = ALLOWED_LICENSES
): LicenseReport {
  const locked = lockedLicenses(lock, () => true)
  const bundled = productionPackages(lock)
  for (const name of packagesNamedInDist(dist)) bundled.set(name, locked.get(name) ?? [])
  const problems: string[] = []
  const counts = new Map<string, number>()
  for (const [name, licenses] of bundled) {
    if (licenses.length === 0) problems.push(`${name}: in dist/ but not in package-lock.json`)
    for (const license of new Set(licenses)) {
      counts.set(license ?? 'none', (counts.get(license ?? 'none') ?? 0) + 1)
      if (!licenseAllowed(license, allowed)) {
        problems.push(
          `${name}: license ${license ?? '(none)'} is not in the allowlist (${allowed.join(', ')})`
        )
      }
    }
  }
  for (const name of DEV_ONLY) {
    const entries = Object.entries(lock.packages).filter(([key]) => packageName(key) === name)
    if (entries.some(([, entry]) => entry.dev !== true))
      problems.push(`${name}: must be a dev dependency only`)
    if (dist.code.includes(name) || dist.licenses.includes(name)) problems.push(`${name}: found in dist/`)
  }
  return { problems, counts }
}

/** dist/ as ncc writes it: entry points (in dist/ or a folder of it), their chunks, licenses.txt files. */
export function readDist(directory = 'dist'): Dist {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).map((name) =>
    join(directory, name)
  )
  const read = (suffix: string) =>
    files
      .filter((file) => file.endsWith(suffix))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n\n')
  return { code: read('.js'), licenses: read('licenses.txt') }
}

if (process.argv[1]?.endsWith('check-licenses.ts')) {
  const dist = readDist()
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile
  const { problems, counts } = checkLicenses(lock, dist)
  for (const problem of problems) console.error(`license check: ${problem}`)
  if (problems.length > 0) process.exit(1)
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
  const byLicense = [...counts].map(([license, count]) => `${license} ${count}`).join(', ')
  console.log(
    `licenses: ${total} bundled packages allowed (${byLicense}); ${DEV_ONLY.join(', ')} dev only, absent from dist/`
  )
}
