/**
 * End to end: a run that stops before any write still sets `result` (refused or error), and a pull
 * request that GitHub gives no secrets (a fork's, or Dependabot's) is told why its ID is empty.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { REPO, runAction, secretLeaks, writeCalls, type ActionRun } from './harness.js'

const ID = 'stopped-run-external-id-Wq47'
const INPUTS = {
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  'external-id': ID,
  mode: 'apply'
}

const errorLines = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'))

/** A pull_request event whose head is in `head` (a fork when it is not this repository). */
const pullRequestFrom = (head: string) => ({
  name: 'pull_request',
  payload: {
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: '0123456789abcdef0123456789abcdef01234567', repo: { full_name: head } },
      base: { repo: { full_name: `${REPO.owner}/${REPO.repo}` } }
    }
  }
})

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
})
afterEach(async () => {
  await emulators.stop()
})

describe('result on a run that stops before any write', () => {
  it('refused: a bad input, before any AWS call', async () => {
    const run = await runAction(emulators, { ...INPUTS, mode: 'destroy' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('refused')
    expect(emulators.aws.log).toEqual([])
  })

  it('error: AccessDenied on iam:GetRole, with no write', async () => {
    emulators.aws.addFault({
      action: 'GetRole',
      nth: 1,
      error: { code: 'AccessDenied', status: 403, message: 'User is not authorized to perform: iam:GetRole' }
    })
    const run = await runAction(emulators, INPUTS)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('error')
    expect(errorLines(run).join('\n')).toContain('AccessDenied')
    expect(writeCalls(emulators)).toBe(0)
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('error: sts:GetCallerIdentity refused (invalid credentials)', async () => {
    emulators.aws.addFault({
      action: 'GetCallerIdentity',
      nth: 1,
      error: {
        code: 'InvalidClientTokenId',
        status: 403,
        message: 'The security token included in the request is invalid'
      }
    })
    const run = await runAction(emulators, INPUTS)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('error')
  })

  it('keeps the meaning of the results of a run that completes', async () => {
    const run = await runAction(emulators, { ...INPUTS, mode: 'plan', comment: 'never' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('planned')
  })
})

describe('a pull request without the secrets', () => {
  const noId = { ...INPUTS, 'external-id': '', mode: 'plan' }

  it('from a fork: says the ID is empty because of the fork, and what to do, before any AWS call', async () => {
    const run = await runAction(emulators, noId, { event: pullRequestFrom('someone/scv-config') })
    expect(run.exitCode).toBe(1)
    const [error, ...more] = errorLines(run)
    expect(more).toEqual([])
    expect(error).toContain(
      "Input 'external-id': is empty because this is a pull request from the fork someone/scv-config"
    )
    expect(error).toContain("github.actor != 'dependabot[bot]'")
    expect(error).not.toContain('needs the external ID')
    expect(error).not.toContain('pull_request_target')
    expect(run.outputs.result).toBe('refused')
    expect(emulators.aws.log).toEqual([])
  })

  it('from Dependabot: says so', async () => {
    const run = await runAction(emulators, noId, {
      event: pullRequestFrom(`${REPO.owner}/${REPO.repo}`),
      env: { GITHUB_ACTOR: 'dependabot[bot]' }
    })
    expect(errorLines(run).join('\n')).toContain('triggered by Dependabot')
    expect(run.outputs.result).toBe('refused')
  })

  it('from a branch of the repository: the usual message, the secret is simply not set', async () => {
    const run = await runAction(emulators, noId, { event: pullRequestFrom(`${REPO.owner}/${REPO.repo}`) })
    expect(errorLines(run).join('\n')).toContain("mode 'plan' needs the external ID")
  })
})
