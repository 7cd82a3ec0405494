/**
 * End to end, the way production runs: GitHub's OIDC token, STS and IAM each on an HTTPS host of its
 * own (a test CA the step trusts through NODE_EXTRA_CA_CERTS, a handshake latency per connection).
 * Through OIDC the account comes from AssumeRoleWithWebIdentity's answer (no GetCallerIdentity) and
 * is checked before any IAM request; IAM's connections open while STS answers.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { startEmulators, type Emulators } from '../../emulator/index.js'
import { seedSalesforceAccount } from '../../emulator/seed.js'
import { runAction, secretLeaks } from './harness.js'

const ID = 'production-path-external-id-Qw47'
const LATENCY_MS = 100

let emulators: Emulators
afterEach(async () => {
  await emulators.stop()
})

async function start(tls: boolean): Promise<string[]> {
  emulators = await startEmulators({
    aws: { latencyMs: tls ? LATENCY_MS : 0 },
    github: { oidcLatencyMs: tls ? LATENCY_MS : 0 },
    ...(tls ? { tls: { handshakeMs: LATENCY_MS } } : {})
  })
  return seedSalesforceAccount(emulators.aws, 'new-instance', ['CC1'])
}

const oidcRun = (overrides: Record<string, string> = {}) =>
  runAction(
    emulators,
    {
      'contact-center-type': 'new-instance',
      'call-center-api-name': 'CC1',
      'external-id': ID,
      mode: 'apply',
      'role-to-assume': `arn:aws:iam::${emulators.aws.accountId}:role/automation`,
      ...overrides
    },
    // No ambient credentials: everything runs as the assumed session.
    { unset: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] }
  )

describe.each([
  ['plain HTTP, one host', false],
  ['HTTPS, a host per service', true]
])('through OIDC (%s)', (_case, tls) => {
  it('applies with AssumeRoleWithWebIdentity as the only STS call, and IAM calls only after it', async () => {
    const roles = await start(tls)
    const run = await oidcRun()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('changed')
    const log = [...emulators.aws.log].sort((a, b) => a.start - b.start)
    expect(log.filter((entry) => entry.service === 'sts').map((entry) => entry.action)).toEqual([
      'AssumeRoleWithWebIdentity'
    ])
    const assumed = log[0]
    expect(assumed?.action).toBe('AssumeRoleWithWebIdentity')
    const iam = log.filter((entry) => entry.service === 'iam')
    expect(iam.every((entry) => entry.start >= (assumed?.end ?? Infinity))).toBe(true)
    // 1 + 5N + ListRoles: the OIDC exchange, then read, write, read-back, tag and last read-back per role.
    expect(log).toHaveLength(1 + 5 * roles.length + 1)
    const session = `arn:aws:sts::${emulators.aws.accountId}:assumed-role/automation/scv-external-id-scv-config-4242`
    expect(iam.every((entry) => entry.principal === session)).toBe(true)
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('refuses an account outside allowed-account-ids with zero IAM requests', async () => {
    const roles = await start(tls)
    const before = roles.map((name) => emulators.aws.trustPolicy(name))
    const run = await oidcRun({ 'allowed-account-ids': '999999999999' })

    expect(run.exitCode).toBe(1)
    // The role's ARN names the session's account: refused before the token is even asked for.
    expect(run.stdout).toContain(
      `Input 'role-to-assume': account ${emulators.aws.accountId} is not in allowed-account-ids.`
    )
    expect(emulators.aws.log).toEqual([])
    expect(emulators.github.log.filter((entry) => entry.path.startsWith('/_oidc/'))).toEqual([])
    expect(emulators.fronts?.iam.connections ?? []).toEqual([])
    expect(roles.map((name) => emulators.aws.trustPolicy(name))).toEqual(before)
    expect(secretLeaks(emulators, [run], [ID])).toEqual([])
  })

  it('with an allowed account reads only after AssumeRoleWithWebIdentity has answered', async () => {
    await start(tls)
    const run = await oidcRun({ 'allowed-account-ids': `999999999999, ${emulators.aws.accountId}` })

    expect(run.exitCode).toBe(0)
    const assumed = emulators.aws.log.filter((entry) => entry.action === 'AssumeRoleWithWebIdentity')
    expect(assumed).toHaveLength(1)
    const iamStarts = emulators.aws.log.filter((entry) => entry.service === 'iam').map((entry) => entry.start)
    expect(Math.min(...iamStarts)).toBeGreaterThanOrEqual(assumed[0]?.end ?? Infinity)
  })
})

describe('IAM connections over HTTPS', () => {
  const assumedAt = () =>
    emulators.aws.log.find((entry) => entry.action === 'AssumeRoleWithWebIdentity')?.end ?? 0

  it('open while STS answers, as many as the first reads, and carry those reads', async () => {
    const roles = await start(true)
    const run = await oidcRun({ mode: 'plan' })

    expect(run.exitCode).toBe(0)
    const fronts = emulators.fronts
    const readWave = roles.length + 1 // a GetRole per role and ListRoles
    // All opened before STS answered, and no other: the reads took them, nothing waited for a handshake.
    expect(fronts?.iam.connections).toHaveLength(readWave)
    expect(fronts?.iam.connections.every((at) => at <= assumedAt())).toBe(true)
    // STS's connection opened while GitHub issued the token: one connection each.
    expect(fronts?.sts.connections).toHaveLength(1)
    expect(fronts?.github.connections).toHaveLength(1)
  })

  it("reuse the read wave's connections for the policy writes: no handshake while they are sent", async () => {
    const roles = await start(true)
    const run = await oidcRun()

    expect(run.exitCode).toBe(0)
    const connections = emulators.fronts?.iam.connections ?? []
    expect(connections.filter((at) => at <= assumedAt())).toHaveLength(roles.length + 1)
    const writes = emulators.aws.log.filter((entry) => entry.action === 'UpdateAssumeRolePolicy')
    const firstWrite = Math.min(...writes.map((entry) => entry.start))
    const lastWrite = Math.max(...writes.map((entry) => entry.end))
    // The policy writes go out on connections opened before them: no handshake in the write wave.
    expect(connections.filter((at) => at > firstWrite && at <= lastWrite)).toEqual([])
  })
})
