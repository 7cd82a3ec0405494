/**
 * End to end: what IAM refuses for a reason the document shows is a plan error, and apply writes
 * nothing then; what IAM refuses only for a moment (ConcurrentModification) is retried.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { externalIdsOf, runAction, secretLeaks } from './harness.js'

const ID = 'e2e-refusals-id-Vq81Lm'
const inputs = (overrides: Record<string, string> = {}) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'cc1',
  'external-id': ID,
  mode: 'apply',
  ...overrides
})

let emulators: Emulators
let names: string[]
beforeEach(async () => {
  emulators = await startEmulators()
  names = seedSalesforceAccount(emulators.aws, 'new-instance', ['cc1'])
})
afterEach(async () => {
  await emulators.stop()
})

const answered = (action: string, status: number) =>
  emulators.aws.log.filter((entry) => entry.action === action && entry.status === status)

describe('ConcurrentModification (HTTP 409)', () => {
  it('is retried: the run changes every role and says which write it retried', async () => {
    const [first] = names as [string]
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: first,
      nth: 1,
      error: { code: 'ConcurrentModification', status: 409, message: 'Concurrent modification of the role' }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(answered('UpdateAssumeRolePolicy', 409)).toHaveLength(1)
    for (const name of names) expect(externalIdsOf(emulators.aws.trustPolicy(name))[0]).toEqual([ID])
    expect(run.stdout).toContain(
      `UpdateAssumeRolePolicy ${first}: attempt 1 of 6 failed with ConcurrentModification (HTTP 409); retrying`
    )
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('fails and rolls back when IAM keeps answering it past the bounded attempts', async () => {
    const [first] = names as [string]
    emulators.aws.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: first,
      times: 6,
      error: { code: 'ConcurrentModification', status: 409 }
    })
    const run = await runAction(emulators, inputs())
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('rolled-back')
    expect(answered('UpdateAssumeRolePolicy', 409)).toHaveLength(6)
    for (const name of names) expect(externalIdsOf(emulators.aws.trustPolicy(name))[0]).toBeNull()
  })
})
