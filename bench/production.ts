/**
 * The production path: role-to-assume through GitHub's OIDC token, with the token endpoint, STS and
 * IAM each on an HTTPS host of its own (a test CA trusted through NODE_EXTRA_CA_CERTS), a fixed
 * latency per request and a handshake latency per new connection. configure-aws-credentials does
 * its own OIDC exchange against the same emulators for comparison.
 */
import { rmSync } from 'node:fs'
import { startEmulators, type Emulators } from '../emulator/index.js'
import { runAction, type ActionRun } from '../emulator/runner.js'
import { seedSalesforceAccount } from '../emulator/seed.js'
import { sequentialRoundTrips } from './critical-path.js'
import { timeline } from './phases.js'
import { callCenterNames, EXTERNAL_ID, lastLines, type ApplyMeasurement } from './scenarios.js'

export interface Network {
  latencyMs: number
  handshakeMs: number
}

export interface ProductionMeasurement extends ApplyMeasurement {
  /** Spawn -> the first IAM request's arrival. */
  firstIamMs: number
  /** New connections per host, handshakes included. */
  connections: { github: number; sts: number; iam: number }
  /** GitHub OIDC token requests. */
  tokenRequests: number
}

export interface ReferenceMeasurement {
  /** Spawn -> STS's answer to its AssumeRoleWithWebIdentity leaving the emulator: it holds its credentials. */
  credentialsMs: number
  failure: string | null
}

/** Variables configure-aws-credentials refuses to run without (the runner sets them). */
const RUNNER_VARIABLES = {
  GITHUB_WORKFLOW: 'scv-external-id',
  GITHUB_ACTION: 'configure',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKSPACE: '/tmp'
}
/** Only the OIDC session: no ambient keys. */
const NO_AMBIENT_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']

async function withEmulators<T>(network: Network, body: (emulators: Emulators) => Promise<T>): Promise<T> {
  const emulators = await startEmulators({
    aws: { latencyMs: network.latencyMs },
    github: { oidcLatencyMs: network.latencyMs },
    tls: { handshakeMs: network.handshakeMs }
  })
  try {
    return await body(emulators)
  } finally {
    await emulators.stop()
  }
}

const automationRole = (emulators: Emulators) => `arn:aws:iam::${emulators.aws.accountId}:role/automation`

/** One `mode: apply` + `verify: simulate` of dist/index.js as the automation role's OIDC session. */
export function measureProductionApply(
  scenario: Network & {
    callCenters: number
    node: string
    /** Another build of the action; default dist/. */ script?: string
  }
): Promise<ProductionMeasurement> {
  return withEmulators(scenario, async (emulators) => {
    const callCenters = callCenterNames(scenario.callCenters)
    const roles = seedSalesforceAccount(emulators.aws, 'new-instance', callCenters).length
    const inputs = {
      'contact-center-type': 'new-instance',
      'call-center-api-name': callCenters.join(','),
      'external-id': EXTERNAL_ID,
      'role-to-assume': automationRole(emulators),
      mode: 'apply',
      verify: 'simulate',
      comment: 'never'
    }
    const run = await runAction(emulators, inputs, {
      node: scenario.node,
      unset: NO_AMBIENT_KEYS,
      ...(scenario.script === undefined ? {} : { script: scenario.script })
    })
    rmSync(run.workdir, { recursive: true, force: true })
    return productionMeasurement(emulators, run, roles)
  })
}

function productionMeasurement(emulators: Emulators, run: ActionRun, roles: number): ProductionMeasurement {
  const log = emulators.aws.log
  const result = run.outputs.result ?? null
  const iamStarts = log.filter((entry) => entry.service === 'iam').map((entry) => entry.start)
  const fronts = emulators.fronts
  return {
    roles,
    wallMs: run.exitedAt - run.spawnedAt,
    firstIamMs: Math.min(...iamStarts) - run.spawnedAt,
    calls: log.length,
    roundTrips: sequentialRoundTrips(log),
    tokenRequests: emulators.github.log.filter((entry) => entry.path.startsWith('/_oidc/')).length,
    connections: {
      github: fronts?.github.connections.length ?? 0,
      sts: fronts?.sts.connections.length ?? 0,
      iam: fronts?.iam.connections.length ?? 0
    },
    exitCode: run.exitCode,
    result,
    failure:
      run.exitCode === 0 && result === 'changed'
        ? null
        : `exit ${run.exitCode}, result ${result}: ${lastLines(run.stdout + run.stderr)}`,
    timeline: timeline(log, run.spawnedAt, run.exitedAt)
  }
}

/** One run of configure-aws-credentials with role-to-assume: its own OIDC token and AssumeRoleWithWebIdentity. */
export function measureReferenceCredentials(
  bundle: string,
  scenario: Network & { node: string }
): Promise<ReferenceMeasurement> {
  return withEmulators(scenario, async (emulators) => {
    const inputs = {
      'role-to-assume': automationRole(emulators),
      'aws-region': 'us-east-1',
      // The runner fills the default from its action.yml.
      audience: 'sts.amazonaws.com'
    }
    const run = await runAction(emulators, inputs, {
      node: scenario.node,
      script: bundle,
      env: RUNNER_VARIABLES,
      unset: NO_AMBIENT_KEYS
    })
    rmSync(run.workdir, { recursive: true, force: true })
    const assumed = emulators.aws.log.find(
      (entry) => entry.action === 'AssumeRoleWithWebIdentity' && entry.status === 200
    )
    const failure =
      run.exitCode === 0 && assumed !== undefined ? null : `configure-aws-credentials exit ${run.exitCode}`
    return { credentialsMs: (assumed?.end ?? NaN) - run.spawnedAt, failure }
  })
}
