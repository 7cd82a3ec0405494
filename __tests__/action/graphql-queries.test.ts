/**
 * Every GraphQL query the action sends is valid against GitHub's published schema: a query
 * github.com would refuse must fail here, not in a user's workflow.
 */
import { describe, expect, it } from '@jest/globals'
import { validate } from '@octokit/graphql-schema'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMENTS_QUERY } from '../../src/action/comment.js'
import { ISSUES_QUERY } from '../../src/action/issues.js'

const QUERIES: Record<string, string> = { COMMENTS_QUERY, ISSUES_QUERY }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

describe('GraphQL queries of the action', () => {
  it.each(Object.entries(QUERIES))('%s validates against GitHub schema', (_name, query) => {
    expect(validate(query).map((error) => error.message)).toEqual([])
  })

  it('every graphql call in src/ sends one of the validated queries', () => {
    const calls = sourceFiles('src')
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\.graphql(?:<[^>]*>)?\(\s*([A-Za-z_]+)/g)].map(
          (match) => `${file}: ${match[1]}`
        )
      )
    expect(calls.length).toBeGreaterThanOrEqual(2)
    for (const call of calls) expect(Object.keys(QUERIES)).toContain(call.split(': ')[1])
  })

  it('rejects a query with a field GitHub does not have (the check is not vacuous)', () => {
    const broken = ISSUES_QUERY.replace('author { login }', 'author { login email }')
    expect(validate(broken).map((error) => error.message)).toEqual([
      expect.stringContaining('Cannot query field "email" on type "Actor".')
    ])
    const wrongArgument = ISSUES_QUERY.replace('states: $states', 'state: $states')
    expect(validate(wrongArgument).map((error) => error.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('Unknown argument "state"')])
    )
  })
})
