/**
 * End to end: several Salesforce orgs on the same roles (`external-ids`). The roles accept every
 * org's ID at once; rotating one org's ID (overlap, then replace) never locks the other orgs out.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { fingerprint } from '../../src/domain/external-id.js'
import { assumeAsSalesforce, externalIdsOf, runAction, secretLeaks, type ActionRun } from './harness.js'

const PROD = 'orgs-prod-id-P1x'
const SANDBOX = 'orgs-sandbox-id-S1x'
const SANDBOX_NEXT = 'orgs-sandbox-id-S2y'
const DEV = 'orgs-dev-id-D1z'
const ALL = [PROD, SANDBOX, SANDBOX_NEXT, DEV]
const ROLES = [
  'SCVProvisioningRole',
  'SCVAmazonConnectManagementRole',
  'CC1-ConnectCallRole',
  'CC1-SCVS3Role'
]

let emulators: Emulators
const runs: ActionRun[] = []
beforeEach(async () => {
  emulators = await startEmulators()
  seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
  runs.length = 0
})
afterEach(async () => {
  expect(secretLeaks(emulators, runs, ALL)).toEqual([])
  await emulators.stop()
})

const orgLines = (orgs: Record<string, string>) =>
  Object.entries(orgs)
    .map(([label, id]) => `${label}: ${id}`)
    .join('\n')
async function run(orgs: Record<string, string>, overrides: Record<string, string> = {}) {
  const result = await runAction(emulators, {
    'contact-center-type': 'new-instance',
    'call-center-api-name': 'CC1',
    'external-ids': orgLines(orgs),
    mode: 'apply',
    ...overrides
  })
  runs.push(result)
  return result
}
const acceptedIds = () => ROLES.map((name) => externalIdsOf(emulators.aws.trustPolicy(name))[0])
const arnOf = (name: string) => `arn:aws:iam::${emulators.aws.accountId}:role/${name}`
/** What Salesforce gets on every role with each ID. */
async function answers(ids: Array<string | undefined>): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    ids.map(async (id) => [
      id ?? 'none',
      await Promise.all(ROLES.map((name) => assumeAsSalesforce(emulators, arnOf(name), id)))
    ])
  )
  return Object.fromEntries(entries)
}
const allowed = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, ROLES.map(() => 'allowed')]))
const denied = (ids: Array<string | undefined>) =>
  Object.fromEntries(ids.map((id) => [id ?? 'none', ROLES.map(() => 'AccessDenied')]))

describe('external-ids', () => {
  it('applies two orgs: every role accepts both IDs, tags and outputs name one fingerprint per label', async () => {
    const applied = await run({ prod: PROD, sandbox: SANDBOX })
    expect(applied.exitCode).toBe(0)
    expect(applied.outputs.result).toBe('changed')
    expect(JSON.parse(applied.outputs['external-id-fingerprint'] ?? '')).toEqual({
      prod: fingerprint(PROD),
      sandbox: fingerprint(SANDBOX)
    })
    expect(acceptedIds()).toEqual(ROLES.map(() => [PROD, SANDBOX]))
    for (const name of ROLES) {
      expect(emulators.aws.roleTags(name)).toMatchObject({
        'scv-external-id:fingerprint:prod': fingerprint(PROD),
        'scv-external-id:fingerprint:sandbox': fingerprint(SANDBOX)
      })
    }
    expect(await answers([PROD, SANDBOX, DEV, undefined])).toEqual({
      ...allowed([PROD, SANDBOX]),
      ...denied([DEV, undefined])
    })
    expect(applied.summary).toContain(`prod \`${fingerprint(PROD)}\`, sandbox \`${fingerprint(SANDBOX)}\``)
    expect(applied.stdout).toContain(
      `External IDs prod ${fingerprint(PROD)}, sandbox ${fingerprint(SANDBOX)}`
    )
    const check = await run({ sandbox: SANDBOX, prod: PROD }, { mode: 'check' })
    expect(check.exitCode).toBe(0)
    expect(check.outputs.result).toBe('in-sync')
  })

  it('applies three orgs, checks them in sync, and reports a missing or extra org by label and fingerprint', async () => {
    const three = { prod: PROD, sandbox: SANDBOX, dev: DEV }
    expect((await run(three)).exitCode).toBe(0)
    expect(acceptedIds()).toEqual(ROLES.map(() => [PROD, SANDBOX, DEV]))
    expect(await answers([PROD, SANDBOX, DEV])).toEqual(allowed([PROD, SANDBOX, DEV]))
    expect((await run(three, { mode: 'check' })).outputs.result).toBe('in-sync')

    const missing = await run({ ...three, next: SANDBOX_NEXT }, { mode: 'check' })
    expect(missing.exitCode).toBe(1)
    expect(missing.outputs.result).toBe('drift')
    expect(missing.stdout).toContain(`does not accept next ${fingerprint(SANDBOX_NEXT)}`)

    const extra = await run({ prod: PROD, sandbox: SANDBOX }, { mode: 'check' })
    expect(extra.outputs.result).toBe('drift')
    expect(extra.stdout).toContain(`also accepts ${fingerprint(DEV)}`)
  })

  it("rotates one org's ID with overlap then replace while the other orgs keep working throughout", async () => {
    expect((await run({ prod: PROD, sandbox: SANDBOX, dev: DEV })).exitCode).toBe(0)

    const staged = await run({ prod: PROD, sandbox: SANDBOX_NEXT, dev: DEV }, { rotation: 'overlap' })
    expect(staged.exitCode).toBe(0)
    expect(JSON.parse(staged.outputs.roles ?? '[]').map((role: { change: string }) => role.change)).toEqual(
      ROLES.map(() => 'stage-overlap')
    )
    expect(acceptedIds()).toEqual(ROLES.map(() => [PROD, SANDBOX_NEXT, DEV, SANDBOX]))
    expect(await answers([PROD, DEV, SANDBOX, SANDBOX_NEXT])).toEqual(
      allowed([PROD, DEV, SANDBOX, SANDBOX_NEXT])
    )

    const finished = await run({ prod: PROD, sandbox: SANDBOX_NEXT, dev: DEV })
    expect(finished.exitCode).toBe(0)
    expect(acceptedIds()).toEqual(ROLES.map(() => [PROD, SANDBOX_NEXT, DEV]))
    expect(await answers([PROD, DEV, SANDBOX_NEXT, SANDBOX])).toEqual({
      ...allowed([PROD, DEV, SANDBOX_NEXT]),
      ...denied([SANDBOX])
    })
    expect(
      (await run({ prod: PROD, sandbox: SANDBOX_NEXT, dev: DEV }, { mode: 'check' })).outputs.result
    ).toBe('in-sync')
  })
})
