/**
 * End to end: the ID a reviewer approved is the ID applied (expected-fingerprint), a staged
 * rotation checked as such, and generate-external-id in a plan, through dist/ against the emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { IAMClient, TagRoleCommand } from '@aws-sdk/client-iam'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import {
  allComments,
  externalIdsOf,
  pullRequestEvent,
  runAction,
  secretLeaks,
  writeCalls
} from './harness.js'

const OLD_ID = 'review-old-id-K3'
const NEW_ID = 'review-new-id-P8'
const ROLES = [
  'SCVProvisioningRole',
  'SCVAmazonConnectManagementRole',
  'CC1-ConnectCallRole',
  'CC1-SCVS3Role'
]

let emulators: Emulators
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
})
afterEach(async () => {
  await emulators.stop()
})

const inputs = (overrides: Record<string, string>) => ({
  'contact-center-type': 'new-instance',
  'call-center-api-name': 'CC1',
  mode: 'apply',
  ...overrides
})
const idsOfRoles = () => ROLES.map((name) => externalIdsOf(emulators.aws.trustPolicy(name))[0])

describe('expected-fingerprint', () => {
  it.each(['plan', 'apply', 'check'])(
    'mode %s with another ID fails before any AWS call, naming both fingerprints',
    async (mode) => {
      const run = await runAction(
        emulators,
        inputs({ mode, 'external-id': NEW_ID, 'expected-fingerprint': fingerprint(OLD_ID) }),
        { event: pullRequestEvent() }
      )
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(
        `::error::Input 'expected-fingerprint': the secret's ID has fingerprint ${fingerprint(NEW_ID)}; the workflow expects ${fingerprint(OLD_ID)}.`
      )
      expect(writeCalls(emulators)).toBe(0)
      expect(emulators.aws.log).toHaveLength(0)
      expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
    }
  )

  it('with the approved ID, applies it', async () => {
    const run = await runAction(
      emulators,
      inputs({
        'external-id': NEW_ID,
        'expected-fingerprint': fingerprint(NEW_ID).toUpperCase().replace('SHA', 'sha')
      })
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    expect(idsOfRoles()).toEqual(ROLES.map(() => [NEW_ID]))
  })
})

describe('check during a staged rotation', () => {
  beforeEach(async () => {
    expect((await runAction(emulators, inputs({ 'external-id': OLD_ID }))).exitCode).toBe(0)
    expect(
      (await runAction(emulators, inputs({ 'external-id': NEW_ID, rotation: 'overlap' }))).exitCode
    ).toBe(0)
    expect(idsOfRoles()).toEqual(ROLES.map(() => [NEW_ID, OLD_ID]))
  })
  const check = (overrides: Record<string, string> = {}) =>
    runAction(emulators, inputs({ 'external-id': NEW_ID, mode: 'check', 'max-age': '30d', ...overrides }))

  it('with rotation: overlap accepts the stage and reports the rotation in progress', async () => {
    const writes = writeCalls(emulators)
    const appliedAt = emulators.aws.roleTags('CC1-SCVS3Role')['scv-external-id:applied-at']
    const run = await check({ rotation: 'overlap' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('in-sync')
    expect(run.stdout).toContain(
      `::warning title=Rotation in progress::Rotation in progress since ${appliedAt}`
    )
    expect(run.stdout).toContain(`keep only ${fingerprint(NEW_ID)}`)
    expect(run.summary).toContain('Rotation in progress since')
    expect(run.stdout).not.toContain('::error')
    expect(writeCalls(emulators)).toBe(writes)
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  })

  it('with rotation: overlap, a stage older than max-age is drift', async () => {
    await tagAll('scv-external-id:applied-at', '2020-01-01T00:00:00.000Z')
    const run = await check({ rotation: 'overlap' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('drift')
    expect(run.stdout).toMatch(
      /::error title=Drift \(too-old\)::CC1-SCVS3Role: the rotation was staged \d+ days ago/
    )
    expect(run.stdout).toContain(`keep only ${fingerprint(NEW_ID)}`)
  })

  it('with rotation: overlap, a role that lost the new ID is drift', async () => {
    await runAction(emulators, inputs({ 'external-id': OLD_ID, 'role-arns': 'SCVS3Role=CC1-SCVS3Role' }))
    const run = await check({ rotation: 'overlap' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error title=Drift \(different-id\)::/)
  })

  it('with rotation: replace and the old secret, the hint keeps the new ID', async () => {
    const run = await check({ 'external-id': OLD_ID })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`To finish the rotation, keep ${fingerprint(NEW_ID)}`)
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  })
})

describe('generate-external-id in a plan', () => {
  it('generates nothing: the plan says a new ID will be generated at apply, the same on every run', async () => {
    const plan = () =>
      runAction(emulators, inputs({ mode: 'plan', 'generate-external-id': 'true' }), {
        event: pullRequestEvent()
      })
    const first = await plan()
    const firstBody = allComments(emulators)[0]?.body ?? ''
    const second = await plan()
    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    expect(first.outputs['external-id']).toBeUndefined()
    expect(first.outputs['external-id-fingerprint']).toBeUndefined()
    expect(first.stdout).not.toContain('::add-mask::')
    const body = allComments(emulators)[0]?.body ?? ''
    expect(body).toContain('a new ID will be generated at apply')
    expect(body).toContain('<external-id generated at apply>')
    expect(body).not.toMatch(/sha256:/)
    const withoutTime = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:]+Z/g, '')
    expect(withoutTime(body)).toBe(withoutTime(firstBody))
    expect(writeCalls(emulators)).toBe(0)
  })
})

async function tagAll(key: string, value: string): Promise<void> {
  const iam = new IAMClient({
    endpoint: emulators.aws.url,
    region: 'us-east-1',
    credentials: emulators.aws.credentials
  })
  for (const name of ROLES)
    await iam.send(new TagRoleCommand({ RoleName: name, Tags: [{ Key: key, Value: value }] }))
  iam.destroy()
}
