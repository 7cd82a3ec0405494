import * as core from '@actions/core'
import { Cancellation } from './action/cancellation.js'
import { givenExternalIds } from './action/inputs.js'
import { STATE_FINISHED, STATE_JOURNAL } from './action/state.js'
import {
  setCommentUrl,
  setFingerprintOutput,
  setGeneratedIdOutput,
  setOutputs,
  setStoppedOutputs
} from './action/outputs.js'
import { preloadCommentCode, publishReport } from './action/publish.js'
import { describeError } from './aws/errors.js'
import { auditRefusal, unmanagedRoleFindings, type AuditResult } from './domain/audit.js'
import { detectDrift, finishHint, stagedRotation } from './domain/drift.js'
import { appliedTimes, cloudFormationStacks } from './domain/tags.js'
import {
  describeIds,
  fingerprintsOf,
  generateExternalId,
  ID_GENERATED_AT_APPLY,
  idsOf,
  shownFingerprint,
  type RequiredIds
} from './domain/external-id.js'
import { planRoles, previousExternalIds, type CurrentRole, type PlanOptions } from './domain/plan.js'
import type { Outcome, Report } from './domain/plan-types.js'
import { trustScope, type Settings } from './domain/settings.js'
import { externalIdValues, hasCanary } from './policy/canary.js'
import type { TrustScope } from './policy/analysis.js'
import { installLogSink } from './report/log.js'
import { runnerLog, Secrets } from './action/secrets.js'
import type { AccountRead } from './action/read-account.js'
import type { Connection, Started, StartedRun } from './action/started.js'
import type { RunContext } from './action/run-context.js'
import { change, type RolesRead } from './transaction/change.js'
import { journalPath } from './transaction/journal.js'

/** A cancelled run gives its report this long before it exits, inside the runner's grace. */
const CANCELLED_PUBLISH_MS = 1_000

/** What main sets up before the run proper, and hands on to it. */
interface RunSetup {
  secrets: Secrets
  cancellation: Cancellation
  journal: string
  /** Called once the outcome's outputs (its result among them) are set. */
  outputsSet: () => void
}

/**
 * (inputs -> credentials, in src/action/start.ts) -> read roles -> plan -> apply -> verify -> report.
 * Every secret is masked as soon as it is known, and every text shown passes the redactor.
 */
export async function main(started: Started): Promise<void> {
  // Masked before anything is logged, and before the inputs are validated: a refused run cannot show them either.
  const secrets = new Secrets()
  secrets.add(...givenExternalIds())
  installLogSink(runnerLog(secrets))
  // Signals are handled from here on; before this, nothing has been written and exiting is right.
  const cancellation = new Cancellation()
  cancellation.listen()
  const journal = journalPath()
  core.saveState(STATE_JOURNAL, journal)
  let resultSet = false
  try {
    if ('refused' in started) throw started.refused
    await run(started, { secrets, cancellation, journal, outputsSet: () => (resultSet = true) })
  } catch (error) {
    // Thrown before the outcome's outputs: nothing was written (a write's failure is an outcome).
    if (!resultSet) setStoppedOutputs(error)
    core.setFailed(secrets.redact(describeError(error)))
  }
  core.saveState(STATE_FINISHED, 'true')
  // Reads or timers of the abandoned verification must not keep a cancelled step alive.
  if (cancellation.stop.aborted) process.exit(1)
}

/** A run whose inputs were accepted: read, run the mode, then report and publish its outcome. */
async function run(started: StartedRun, setup: RunSetup): Promise<void> {
  const { settings, context } = started
  const { secrets, cancellation } = setup
  preloadCommentCode(context)
  const externalIds = chooseExternalIds(settings, secrets)
  // One log group per phase, so that a long run folds into its steps.
  await core.group('AWS credentials', () => logConnection(started.connection))
  // Sent by src/action/start.ts as soon as STS answered, while this module loaded.
  const read = await core.group('Reading the roles', async () => {
    const account = await started.reading
    core.info(`Read ${account.roles.current.length} roles`)
    return account
  })
  maskPreviousIds(read.roles.current, trustScope(settings), secrets)
  const options = planOptions(settings, externalIds)
  // Only audit: fail acts on the audit. Otherwise it reports: the change does not wait for its
  // ListRoles pages (one per 100 roles of the account) and analysis.
  const auditFirst = settings.audit === 'fail' ? await read.audit : null
  const outcome = await core.group(PHASES[settings.mode], () =>
    runMode(settings, options, read, { audit: auditFirst, journal: setup.journal, cancellation })
  )
  const audit = auditFirst ?? (await auditUnlessStopped(read.audit, cancellation.stop))
  const warnings = [...reportAudit(settings, audit), ...outcome.warnings]
  const errors = outcome.errors.map(secrets.redact)
  const report = reportOf(
    { settings, context, read, externalIds, secrets },
    { outcome, audit, warnings, errors }
  )
  setOutputs(outcome, audit)
  setup.outputsSet()
  await publish(report, started, read.roles.current, cancellation.stop)
  if (errors.length > 0) core.setFailed(errors.join('\n'))
  else if (outcome.result === 'drift')
    core.setFailed('Drift detected: see the annotations and the job summary.')
}

/**
 * The one step of the run that depends on its mode: check, refuse (audit: fail found a reason) or
 * change (plan, apply, disable).
 */
export async function runMode(
  settings: Settings,
  options: PlanOptions,
  read: Pick<AccountRead, 'aws' | 'roles'>,
  run: { audit: AuditResult | null; journal: string; cancellation: Cancellation }
): Promise<Outcome> {
  const refusal = run.audit === null ? null : auditRefusal(settings.audit, run.audit)
  if (options.mode === 'check') return checkDrift(settings, options, read.roles, run.audit)
  if (refusal !== null) return refuse(options, read.roles, refusal)
  return change(settings, options, read.aws, read.roles, {
    journalPath: run.journal,
    stop: run.cancellation.stop,
    writing: () => run.cancellation.beginWrites()
  })
}

/** What the summary, the comment and the drift issue show of the run; every text already redacted. */
function reportOf(
  run: {
    settings: Settings
    context: RunContext
    read: AccountRead
    externalIds: RequiredIds | null
    secrets: Secrets
  },
  shown: { outcome: Outcome; audit: AuditResult; warnings: string[]; errors: string[] }
): Report {
  const { settings, context, read, externalIds } = run
  const { identity } = read.aws
  return {
    result: shown.outcome.result,
    mode: settings.mode,
    accountId: identity.accountId,
    contactCenterType: settings.contactCenterType,
    callCenters: settings.callCenters,
    fingerprint: externalIds === null ? null : shownFingerprints(externalIds),
    rotation: settings.rotation,
    callerArn: identity.arn,
    roles: shown.outcome.plans,
    stacks: cloudFormationStacks(read.roles.current),
    drift: shown.outcome.drift,
    audit: shown.audit,
    warnings: shown.warnings,
    errors: shown.errors,
    secrets: [...run.secrets.values],
    run: {
      sha: context.sha,
      runUrl: context.runUrl,
      time: new Date(),
      workflow: context.workflow,
      environment: context.environment
    }
  }
}

/** The job summary and the pull-request comment, then the drift issue of a check. */
async function publish(
  report: Report,
  started: StartedRun,
  current: readonly CurrentRole[],
  stop: AbortSignal
): Promise<void> {
  const { settings, context } = started
  const publishing = core.group('Job summary and pull-request comment', () =>
    publishReport(report, context, settings.githubToken)
  )
  const commentUrl = stop.aborted
    ? await Promise.race([publishing, timeout(CANCELLED_PUBLISH_MS)])
    : await publishing
  if (commentUrl) setCommentUrl(commentUrl)
  await keepDriftIssueOf(settings, report, context, current, stop)
}

/** drift-issue: a check keeps its issue open or closes it; other runs make no issue call. */
async function keepDriftIssueOf(
  settings: Settings,
  report: Report,
  context: RunContext,
  current: readonly CurrentRole[],
  stop: AbortSignal
): Promise<void> {
  if (settings.mode !== 'check' || !settings.driftIssue || stop.aborted) return
  // Octokit is loaded only for a check that keeps the issue.
  const { keepDriftIssue } = await import('./action/drift-issue.js')
  await core.group('Drift issue', () => keepDriftIssue(report, settings, context, appliedTimes(current)))
}

const timeout = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref())

const PHASES: Record<Settings['mode'], string> = {
  plan: 'Plan',
  apply: 'Apply: back up, write, read back, verify, tag',
  check: 'Drift check',
  disable: 'Disable: back up, write, read back, verify, untag'
}

/** As the report shows them: a plan with generate-external-id has no fingerprint yet. */
function shownFingerprints(required: RequiredIds): string | Record<string, string> {
  return required.kind === 'single' ? shownFingerprint(required.id) : fingerprintsOf(required)
}

/** Every mode but disable has an ID by now: the inputs refuse a run without one. */
function planOptions(settings: Settings, externalIds: RequiredIds | null): PlanOptions {
  const common = {
    rotation: settings.rotation,
    scope: trustScope(settings),
    maxPolicySize: settings.maxPolicySize,
    now: new Date()
  }
  if (settings.mode === 'disable') return { ...common, mode: 'disable', externalIds: null }
  if (externalIds === null) throw new Error(`mode ${settings.mode} needs an external ID`)
  return { ...common, mode: settings.mode, externalIds }
}

/**
 * The ID(s) of the run: given (already masked) or generated here and masked first. A plan only
 * shows where a generated ID would go: a throwaway ID would change on every run.
 */
function chooseExternalIds(settings: Settings, secrets: Secrets): RequiredIds | null {
  const input = settings.externalId
  let required: RequiredIds
  switch (input.kind) {
    case 'none':
      return null
    case 'generate': {
      if (settings.mode === 'plan') {
        core.info('External ID: a new one will be generated at apply')
        return { kind: 'single', id: ID_GENERATED_AT_APPLY }
      }
      const id = generateExternalId()
      secrets.add(id)
      setGeneratedIdOutput(id)
      required = { kind: 'single', id }
      break
    }
    case 'given':
      required = { kind: 'single', id: input.id }
      break
    case 'orgs':
      required = { kind: 'orgs', orgs: input.orgs }
      break
  }
  secrets.add(...idsOf(required))
  setFingerprintOutput(fingerprintsOf(required))
  const generated = input.kind === 'generate' ? ' (generated)' : ''
  core.info(`External ID${required.kind === 'orgs' ? 's' : ''} ${describeIds(required)}${generated}`)
  return required
}

/** Logged once main is loaded; the credentials were checked in src/action/start.ts. */
async function logConnection(connection: Promise<Connection>): Promise<void> {
  const { identity } = await connection
  core.info(`AWS account ${identity.accountId} as ${identity.arn}`)
}

/** The IDs the roles accept today are as secret as the new one, and so is a leftover canary's. */
function maskPreviousIds(current: CurrentRole[], scope: TrustScope, secrets: Secrets): void {
  const canaryIds = current.flatMap((role) =>
    role.document !== null && hasCanary(role.document) ? externalIdValues(role.document) : []
  )
  secrets.add(...previousExternalIds(current, scope), ...canaryIds)
}

/**
 * mode: check — read only; every difference is an error annotation on its role. `audit` is given
 * with audit: fail, whose findings drift too; null otherwise.
 */
function checkDrift(
  settings: Settings,
  options: PlanOptions & { externalIds: RequiredIds },
  roles: RolesRead,
  audit: AuditResult | null
): Outcome {
  const driftOptions = {
    externalIds: options.externalIds,
    rotation: settings.rotation,
    scope: options.scope,
    maxAgeSeconds: settings.maxAgeSeconds,
    now: options.now
  }
  const drift = [
    ...detectDrift(roles.current, driftOptions),
    ...(audit === null ? [] : unmanagedRoleFindings(audit))
  ]
  for (const finding of drift) {
    core.error(`${finding.role.roleName}: ${finding.detail}`, { title: `Drift (${finding.kind})` })
  }
  const warnings: string[] = []
  const stage = settings.rotation === 'overlap' ? stagedRotation(roles.current, driftOptions) : null
  if (stage !== null) {
    const since = stage.since === null ? 'an unknown time' : stage.since.toISOString()
    warnings.push(
      `Rotation in progress since ${since}: the roles accept ${stage.keep} and still ${stage.others.join(', ')}; ${finishHint(stage.keep, describeIds(options.externalIds))}`
    )
  }
  for (const warning of warnings) core.warning(warning, { title: 'Rotation in progress' })
  if (drift.length === 0 && stage === null)
    core.info(`All ${roles.current.length} roles require exactly the external ID`)
  const plans = planRoles(roles.current, options)
  return {
    result: drift.length > 0 ? 'drift' : 'in-sync',
    plans,
    changedRoles: [],
    drift,
    warnings,
    errors: audit?.status === 'unavailable' ? [`audit: fail: ${audit.reason}`] : [],
    backupFile: null
  }
}

/** audit: fail found a reason to stop: the plan is shown, nothing is written. */
function refuse(options: PlanOptions, roles: RolesRead, reason: string): Outcome {
  return {
    result: 'refused',
    plans: planRoles(roles.current, options),
    changedRoles: [],
    drift: [],
    warnings: [],
    errors: [reason],
    backupFile: null
  }
}

/** A cancelled run does not wait for the audit's last ListRoles pages; one that settled is kept. */
function auditUnlessStopped(audit: Promise<AuditResult>, stop: AbortSignal): Promise<AuditResult> {
  const stopped: AuditResult = {
    status: 'unavailable',
    reason: `The run was cancelled (${String(stop.reason)}) before the audit had listed every role.`
  }
  return new Promise((resolve) => {
    void audit.then(resolve)
    // Queued after the audit's own reaction: an audit already settled wins.
    if (stop.aborted) queueMicrotask(() => resolve(stopped))
    else stop.addEventListener('abort', () => resolve(stopped), { once: true })
  })
}

/**
 * The audit's line in the log, and a warning annotation per role found; one when the audit could
 * not run (with fail, that is an error instead). Returns the warnings for the report.
 */
function reportAudit(settings: Settings, audit: AuditResult): string[] {
  if (audit.status === 'done')
    core.info(
      `Audit: ${audit.listed} roles in the account, ${audit.roles.length} open to Salesforce outside this run`
    )
  if (audit.status === 'unavailable') {
    if (settings.audit === 'fail') return []
    core.warning(audit.reason, { title: 'Audit not run' })
    return [audit.reason]
  }
  if (audit.status === 'done') {
    for (const role of audit.roles) {
      core.warning(
        `${role.arn}: Salesforce's account can assume this role without an external ID, and this run does not manage it. Add it to extra-roles to require the ID.`,
        { title: 'Role open to Salesforce without an external ID' }
      )
    }
  }
  return []
}
