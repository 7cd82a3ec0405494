/**
 * `npx tsx scripts/release-notes.ts v1.2.3` prints the CHANGELOG.md section of that version, the
 * release workflow's release notes. Fails when the tag is not a version, when package.json names
 * another version, or when CHANGELOG.md has no such section.
 */
import { readFileSync } from 'node:fs'

export function versionOfTag(tag: string): string {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag)
  if (!match) throw new Error(`'${tag}' is not a release tag: expected v<major>.<minor>.<patch>, e.g. v1.2.3`)
  return match[1] as string
}

/** The body of `## [version] - date` in a Keep a Changelog file, up to the next `## ` heading. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start < 0) throw new Error(`CHANGELOG.md has no '## [${version}]' section`)
  const end = lines.findIndex((line, index) => index > start && /^## |^\[[^\]]+\]: /.test(line))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (body === '') throw new Error(`CHANGELOG.md's '## [${version}]' section is empty`)
  return body
}

if (process.argv[1]?.endsWith('release-notes.ts')) {
  try {
    const version = versionOfTag(process.argv[2] ?? '')
    const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
    if (packageVersion !== version)
      throw new Error(`package.json has version ${packageVersion}, the tag ${version}`)
    console.log(releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
