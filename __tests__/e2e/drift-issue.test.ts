/**
 * End to end: `drift-issue: true` keeps one GitHub issue per key open while scheduled checks find
 * drift, through dist/ against the GitHub emulator (issues, labels, GraphQL validated against
 * GitHub's schema).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount, templateTrustPolicy } from '../../emulator/seed.js'
import { REPO, runAction, secretLeaks, type ActionRun } from './harness.js'

const ID = 'drift-issue-external-id-Zx7'
const MARKER = '<!-- scv-external-id:drift-issue:111122223333/new-instance/ContactCenterA -->'

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['ContactCenterA'])
})
afterEach(async () => {
  await emulators.stop()
})

const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'ContactCenterA',
  'external-id': ID,
  mode: 'check',
  'max-age': '90d',
  'drift-issue': 'true',
  ...overrides
})

const issues = () => emulators.github.issues(REPO.owner, REPO.repo)
const issueComments = (issueNumber: number) => emulators.github.comments(REPO.owner, REPO.repo, issueNumber)
const issueCalls = () => emulators.github.log.filter((entry) => /\/issues|\/labels|graphql/.test(entry.path))
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'))

/** No external ID in any issue title, body or comment, nor anywhere else the harness looks. */
function leaks(runs: ActionRun[]): string[] {
  const texts = issues().flatMap((issue) => [
    issue.title,
    issue.body,
    ...issueComments(issue.number).map((comment) => comment.body)
  ])
  const inIssues = texts.filter((text) => text.includes(ID) || text.includes(encodeURIComponent(ID)))
  return [...secretLeaks(emulators, runs, [ID]), ...inIssues]
}

describe('drift issue', () => {
  it('opens one issue, updates it, closes it once in sync, and reopens it when drift returns', async () => {
    const first = await runAction(emulators, inputs())
    expect([first.exitCode, first.outputs.result]).toEqual([1, 'drift'])
    expect(issues()).toHaveLength(1)
    const [issue] = issues()
    expect(issue).toMatchObject({ state: 'open', user: { login: 'github-actions[bot]' } })
    expect(issue?.labels.map((label) => label.name)).toEqual(['scv-external-id'])
    expect(issue?.title).toBe('SCV external ID drift: account 111122223333, new-instance, ContactCenterA')
    expect(issue?.body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(issue?.body).toContain(`**External ID to keep:** \`${first.outputs['external-id-fingerprint']}\``)
    expect(issue?.body).toContain('| `SCVProvisioningRole` | missing condition |')
    expect(issue?.body).toContain('Configure External ID')
    expect(first.stdout).toContain(
      `Drift issue created: https://github.com/octo-org/scv-config/issues/${issue?.number}`
    )

    const second = await runAction(emulators, inputs())
    expect([second.exitCode, second.outputs.result]).toEqual([1, 'drift'])
    expect(issues()).toHaveLength(1)
    expect(issues()[0]?.number).toBe(issue?.number)
    expect(second.stdout).toContain('Drift issue updated')

    const apply = await runAction(emulators, inputs({ mode: 'apply' }))
    expect(apply.outputs.result).toBe('changed')
    expect(issues()[0]?.state).toBe('open')
    const inSync = await runAction(emulators, inputs())
    expect([inSync.exitCode, inSync.outputs.result]).toEqual([0, 'in-sync'])
    expect(issues()).toHaveLength(1)
    expect(issues()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(issueComments(issue?.number ?? 0).map((comment) => comment.body)).toEqual([
      expect.stringContaining('found every role in sync')
    ])

    // A CloudFormation stack update puts the template's trust policy back.
    emulators.aws.setTrustPolicy('ContactCenterA-SCVS3Role', templateTrustPolicy())
    const again = await runAction(emulators, inputs())
    expect([again.exitCode, again.outputs.result]).toEqual([1, 'drift'])
    expect(issues()).toHaveLength(1)
    expect(issues()[0]).toMatchObject({ number: issue?.number, state: 'open', state_reason: 'reopened' })
    expect(issues()[0]?.body).toContain('| `ContactCenterA-SCVS3Role` | missing condition |')
    expect(again.stdout).toContain('Drift issue reopened')

    const runs = [first, second, apply, inSync, again]
    expect(runs.flatMap(warnings)).toEqual([])
    expect(leaks(runs)).toEqual([])
  })

  it('leaves an issue someone else wrote with the marker untouched and keeps its own', async () => {
    const foreign = emulators.github.seedIssue(REPO.owner, REPO.repo, {
      title: 'Please look',
      body: `${MARKER}\nI copied the marker`,
      labels: ['scv-external-id'],
      author: 'mallory'
    })
    await runAction(emulators, inputs())
    await runAction(emulators, inputs())
    await runAction(emulators, inputs({ mode: 'apply' }))
    const inSync = await runAction(emulators, inputs())
    expect(inSync.outputs.result).toBe('in-sync')
    const [theirs, ours] = issues()
    expect(issues()).toHaveLength(2)
    expect(theirs).toEqual(foreign)
    expect(issueComments(foreign.number)).toEqual([])
    expect(ours).toMatchObject({ state: 'closed', user: { login: 'github-actions[bot]' } })
    const writes = emulators.github.log.filter(
      (entry) => entry.method !== 'GET' && entry.path.includes(`/issues/${foreign.number}`)
    )
    expect(writes).toEqual([])
  })

  it('turns a refused issue creation (403) into a warning; the result and exit code stay', async () => {
    const without = await runAction(emulators, inputs({ 'drift-issue': 'false' }))
    emulators.github.addFault({
      method: 'POST',
      pathPattern: /\/repos\/octo-org\/scv-config\/issues$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' }
    })
    const refused = await runAction(emulators, inputs())
    expect([refused.exitCode, refused.outputs.result]).toEqual([without.exitCode, without.outputs.result])
    expect(refused.outputs.result).toBe('drift')
    expect(warnings(refused)).toEqual([
      expect.stringMatching(
        /^::warning title=Drift issue not written::Could not write the drift issue in octo-org\/scv-config: .*permissions: issues: write/
      )
    ])
    expect(issues()).toHaveLength(0)
    expect(leaks([refused])).toEqual([])
  })

  it('writes the issue without the label when the token may not create labels', async () => {
    emulators.github.addFault({ method: 'POST', pathPattern: /\/labels$/, status: 403 })
    const run = await runAction(emulators, inputs())
    expect(run.outputs.result).toBe('drift')
    expect(issues()).toHaveLength(1)
    expect(issues()[0]?.labels).toEqual([])
    expect(run.stdout).toContain('could not be created')
    expect(warnings(run)).toEqual([])
    // Found again among the open issues, without the label.
    await runAction(emulators, inputs())
    expect(issues()).toHaveLength(1)
  })

  it('warns, without changing the result, when the job lacks issues: write', async () => {
    emulators.github.addScopedToken('ghs_no_issues', { pullRequests: 'write' })
    const run = await runAction(emulators, inputs({ 'github-token': 'ghs_no_issues' }))
    expect([run.exitCode, run.outputs.result]).toEqual([1, 'drift'])
    expect(warnings(run).join('\n')).toContain('permissions: issues: write')
    expect(issues()).toHaveLength(0)
  })

  it('waits out a secondary rate limit on the issue and writes it', async () => {
    emulators.github.addFault({
      method: 'POST',
      pathPattern: /\/issues$/,
      nth: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    })
    const run = await runAction(emulators, inputs())
    expect(run.stdout).toMatch(/GitHub secondary rate limit on POST .*: retrying in 1 s/)
    expect(issues()).toHaveLength(1)
    expect(warnings(run)).toEqual([])
  })

  it('waits for the primary rate limit to reset and writes the issue', async () => {
    // Label lookup and creation and the two lookups pass; the issue itself meets the limit.
    emulators.github.setRateLimit({ remaining: 4, resetInSeconds: 6 })
    const run = await runAction(emulators, inputs())
    expect(run.outputs.result).toBe('drift')
    expect(run.stdout).toMatch(
      /GitHub rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues: retrying in \d+ s/
    )
    expect(issues()).toHaveLength(1)
    expect(warnings(run)).toEqual([])
  })

  it('makes no issue call with drift-issue: false, nor outside check mode', async () => {
    await runAction(emulators, inputs({ 'drift-issue': 'false' }))
    await runAction(emulators, inputs({ mode: 'plan' }))
    await runAction(emulators, inputs({ mode: 'apply' }))
    expect(issueCalls()).toEqual([])
  })

  it('leaves the issue alone when the check finds nothing open in sync', async () => {
    await runAction(emulators, inputs({ mode: 'apply' }))
    const run = await runAction(emulators, inputs())
    expect(run.outputs.result).toBe('in-sync')
    expect(issues()).toHaveLength(0)
    expect(
      emulators.github.log.filter((entry) => entry.method !== 'GET' && !entry.path.includes('graphql'))
    ).toEqual([])
  })
})
