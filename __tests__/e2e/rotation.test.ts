/**
 * End to end: generated IDs, the staged rotation (overlap, then replace), drift checks, disable and
 * the role tags, against the local emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { IAMClient, TagRoleCommand } from '@aws-sdk/client-iam'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount, templateTrustPolicy } from '../../emulator/seed.js'
import { mapBounded } from '../../src/aws/bounded.js'
import { externalIdsOf, runAction, secretLeaks, writeCalls } from './harness.js'

const OLD_ID = 'rotation-old-id-A1'
const NEW_ID = 'rotation-new-id-B2'
const ROLES = [
  'SCVProvisioningRole',
  'SCVAmazonConnectManagementRole',
  'CC1-ConnectCallRole',
  'CC1-SCVS3Role'
]

let emulators: Emulators
let originals: Record<string, string>
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
  originals = Object.fromEntries(ROLES.map((name) => [name, emulators.aws.trustPolicy(name)]))
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
const updates = () => emulators.aws.log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy').length

describe('generate-external-id', () => {
  it('applies a new random ID, masks it first and sets it as the external-id output', async () => {
    const run = await runAction(emulators, inputs({ 'generate-external-id': 'true' }))
    expect(run.exitCode).toBe(0)
    const id = run.outputs['external-id'] as string
    expect(id).toMatch(/^[\w+=,.@:/-]{32,1224}$/)
    const firstLine = run.stdout.split('\n').find((line) => line.includes(id))
    expect(firstLine).toBe(`::add-mask::${id}`)
    expect(idsOfRoles()).toEqual(ROLES.map(() => [id]))
    expect(secretLeaks(emulators, [run], [id])).toEqual([])
  })

  it('gives 10 distinct IDs in 10 applies', async () => {
    // One at a time: concurrent applies to the same roles would stop each other as other writers.
    const runs = await mapBounded(Array.from({ length: 10 }), 1, () =>
      runAction(emulators, inputs({ 'generate-external-id': 'TRUE', verify: 'none', comment: 'never' }))
    )
    const ids = runs.map((run) => run.outputs['external-id'])
    expect(runs.every((run) => run.exitCode === 0)).toBe(true)
    expect(new Set(ids).size).toBe(10)
    expect(ids.every((id) => /^[A-Za-z0-9_-]{43}$/.test(id ?? ''))).toBe(true)
  }, 180_000)
})

describe('staged rotation', () => {
  it('overlap accepts old and new, replace finishes with only the new ID; each rerun writes nothing', async () => {
    expect((await runAction(emulators, inputs({ 'external-id': OLD_ID }))).exitCode).toBe(0)

    const staged = await runAction(emulators, inputs({ 'external-id': NEW_ID, rotation: 'overlap' }))
    expect(staged.exitCode).toBe(0)
    expect(JSON.parse(staged.outputs.roles ?? '[]').map((role: { change: string }) => role.change)).toEqual(
      ROLES.map(() => 'stage-overlap')
    )
    expect(idsOfRoles()).toEqual(ROLES.map(() => [NEW_ID, OLD_ID]))
    let writes = writeCalls(emulators)
    const stagedAgain = await runAction(emulators, inputs({ 'external-id': NEW_ID, rotation: 'overlap' }))
    expect(stagedAgain.outputs.result).toBe('no-change')
    expect(writeCalls(emulators)).toBe(writes)
    expect(idsOfRoles()).toEqual(ROLES.map(() => [NEW_ID, OLD_ID]))

    const finished = await runAction(emulators, inputs({ 'external-id': NEW_ID, rotation: 'replace' }))
    expect(finished.exitCode).toBe(0)
    expect(idsOfRoles()).toEqual(ROLES.map(() => [NEW_ID]))
    writes = writeCalls(emulators)
    const finishedAgain = await runAction(emulators, inputs({ 'external-id': NEW_ID, rotation: 'replace' }))
    expect(finishedAgain.outputs.result).toBe('no-change')
    expect(writeCalls(emulators)).toBe(writes)
    expect(secretLeaks(emulators, [staged, stagedAgain, finished, finishedAgain], [OLD_ID, NEW_ID])).toEqual(
      []
    )
  })
})

describe('check', () => {
  const check = (overrides: Record<string, string> = {}) =>
    runAction(emulators, inputs({ 'external-id': NEW_ID, mode: 'check', ...overrides }))

  beforeEach(async () => {
    expect((await runAction(emulators, inputs({ 'external-id': NEW_ID }))).exitCode).toBe(0)
  })

  it('reports in-sync when every role requires exactly the ID', async () => {
    const run = await check({ 'max-age': '90d' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('in-sync')
  })

  const tamper: Array<[string, string, () => Promise<void> | void]> = [
    [
      'missing-condition',
      'no sts:ExternalId condition',
      () => emulators.aws.setTrustPolicy('CC1-SCVS3Role', templateTrustPolicy())
    ],
    ['different-id', 'instead of', () => emulators.aws.setTrustPolicy('CC1-SCVS3Role', withIds([OLD_ID]))],
    [
      'extra-ids',
      'also accepts',
      () => emulators.aws.setTrustPolicy('CC1-SCVS3Role', withIds([NEW_ID, OLD_ID]))
    ],
    ['missing-role', 'does not exist', () => emulators.aws.deleteRole('CC1-SCVS3Role')],
    ['too-old', 'longer than max-age', () => tagAppliedAt('CC1-SCVS3Role', '2020-01-01T00:00:00.000Z')]
  ]
  it.each(tamper)("detects %s after a change behind the action's back", async (kind, detail, change) => {
    await change()
    const writes = writeCalls(emulators)
    const run = await check({ 'max-age': '30d' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('drift')
    expect(run.stdout).toMatch(new RegExp(`::error title=Drift \\(${kind}\\)::CC1-SCVS3Role: .*${detail}`))
    expect(run.stdout.match(/::error title=Drift/g)).toHaveLength(1)
    expect(run.summary).toContain('CC1-SCVS3Role')
    expect(writeCalls(emulators)).toBe(writes)
    expect(secretLeaks(emulators, [run], [NEW_ID, OLD_ID])).toEqual([])
  })
})

describe('disable', () => {
  it('removes exactly the condition and the tags, and warns about the confused deputy', async () => {
    expect((await runAction(emulators, inputs({ 'external-id': NEW_ID }))).exitCode).toBe(0)
    const run = await runAction(emulators, inputs({ mode: 'disable' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('disabled')
    for (const name of ROLES) {
      expect(JSON.parse(emulators.aws.trustPolicy(name))).toEqual(JSON.parse(originals[name] as string))
      expect(emulators.aws.roleTags(name)).toEqual({})
    }
    expect(run.summary).toContain('confused-deputy')
    expect(run.summary).toContain('remove condition')
    const again = await runAction(emulators, inputs({ mode: 'disable' }))
    expect(again.outputs.result).toBe('no-change')
  })
})

describe('tags', () => {
  it('records the fingerprint and the time of application, never the ID, and keeps the time while the ID stays', async () => {
    const started = Date.now()
    const run = await runAction(emulators, inputs({ 'external-id': NEW_ID }))
    for (const name of ROLES) {
      const tags = emulators.aws.roleTags(name)
      expect(tags['scv-external-id:fingerprint']).toBe(run.outputs['external-id-fingerprint'])
      expect(Date.parse(tags['scv-external-id:applied-at'] ?? '')).toBeGreaterThanOrEqual(started - 1000)
      expect(JSON.stringify(tags)).not.toContain(NEW_ID)
    }
    const before = emulators.aws.roleTags('CC1-SCVS3Role')
    emulators.aws.setTrustPolicy('CC1-SCVS3Role', templateTrustPolicy())
    await runAction(emulators, inputs({ 'external-id': NEW_ID }))
    expect(emulators.aws.roleTags('CC1-SCVS3Role')).toEqual(before)
    expect(updates()).toBe(ROLES.length + 1)
  })
})

function withIds(ids: string[]): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::793525387755:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': ids.length === 1 ? ids[0] : ids } }
      },
      {
        Sid: 'AmazonConnectService',
        Effect: 'Allow',
        Principal: { Service: 'connect.amazonaws.com' },
        Action: 'sts:AssumeRole'
      }
    ]
  }
}

async function tagAppliedAt(roleName: string, value: string): Promise<void> {
  const iam = new IAMClient({
    endpoint: emulators.aws.url,
    region: 'us-east-1',
    credentials: emulators.aws.credentials
  })
  await iam.send(
    new TagRoleCommand({ RoleName: roleName, Tags: [{ Key: 'scv-external-id:applied-at', Value: value }] })
  )
  iam.destroy()
}
