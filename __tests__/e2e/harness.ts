import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { Emulators } from '../../emulator/index.js'
import {
  runAction as runStep,
  runPostStep as runPost,
  type ActionRun,
  type RunOptions
} from '../../emulator/runner.js'

export { actionNode, DIST, parseOutputFile, type ActionRun, type RunOptions } from '../../emulator/runner.js'

/**
 * Every run of the suite goes through the leak scan: a run that shows a secret anywhere fails the
 * test that made it, whatever that test asserts itself.
 */
export async function runAction(
  emulators: Emulators,
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const run = await runStep(emulators, inputs, options)
  assertNoLeak(emulators, run, secretsOfInputs(inputs))
  return run
}

/** The post step publishes no comment: its logs and outputs are scanned. */
export async function runPostStep(
  main: ActionRun,
  options: Parameters<typeof runPost>[1] = {}
): Promise<ActionRun> {
  const post = await runPost(main, options)
  assertNoLeak(null, post, [])
  return post
}

/** The IDs a run is given: `external-id`, and each value of `external-ids` (LABEL: value lines). */
function secretsOfInputs(inputs: Record<string, string>): string[] {
  const given = inputs['external-id'] ?? ''
  const orgs = (inputs['external-ids'] ?? '')
    .split('\n')
    .map((line) => line.slice(line.indexOf(':') + 1).trim())
  return [given, ...orgs].filter((value) => value.length >= MIN_SCANNED_LENGTH)
}

/** Shorter values would match by chance (a one-letter ID is refused by the inputs anyway). */
const MIN_SCANNED_LENGTH = 4
const MASK_PREFIX = '::add-mask::'

/** Raw, URL-encoded and JSON-escaped: the forms a secret could take in a line. */
function formsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])]
}

/**
 * Every secret the run registered with the runner (its `::add-mask::` lines) and every ID it was
 * given, in each form, must be absent from every line of stdout (masked lines included: the runner
 * would hide them, other runners would not), stderr, the summary, every output but `external-id`
 * and every pull-request comment.
 */
function assertNoLeak(emulators: Emulators | null, run: ActionRun, given: string[]): void {
  const lines = run.stdout.split('\n')
  const masked = lines
    .filter((line) => line.startsWith(MASK_PREFIX))
    .map((line) => line.slice(MASK_PREFIX.length))
  const secrets = [...new Set([...given, ...masked])].filter((value) => value.length >= MIN_SCANNED_LENGTH)
  const places: Array<[string, string]> = [
    ['stdout', lines.filter((line) => !line.startsWith(MASK_PREFIX)).join('\n')],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs)
      .filter(([name]) => name !== 'external-id')
      .map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...(emulators === null ? [] : allComments(emulators)).map((comment): [string, string] => [
      `comment ${comment.id}`,
      comment.body
    ])
  ]
  const found = places.flatMap(([place, text]) =>
    secrets.flatMap((secret) => (formsOf(secret).some((form) => text.includes(form)) ? [place] : []))
  )
  if (found.length > 0) throw new Error(`A secret leaked into: ${[...new Set(found)].join(', ')}`)
}

/** stdout without the `::add-mask::` lines, which are the one place a secret may appear. */
export function stdoutWithoutMasks(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

/**
 * Every place a secret must never reach: stdout (but masks), stderr, the summary, every output but
 * `external-id`, every pull-request comment, every role tag. Returns the places where one was found.
 */
export function secretLeaks(emulators: Emulators, runs: ActionRun[], secrets: string[]): string[] {
  const places: Array<[string, string]> = []
  runs.forEach((run, index) => {
    places.push([`run ${index} stdout`, stdoutWithoutMasks(run)], [`run ${index} stderr`, run.stderr])
    places.push([`run ${index} summary`, run.summary])
    for (const [name, value] of Object.entries(run.outputs)) {
      if (name !== 'external-id') places.push([`run ${index} output ${name}`, value])
    }
  })
  for (const request of emulators.github.log) places.push([`github request ${request.path}`, request.path])
  for (const name of emulators.aws.roleNames()) {
    places.push([`tags of ${name}`, JSON.stringify(emulators.aws.roleTags(name))])
  }
  for (const comment of allComments(emulators)) places.push([`comment ${comment.id}`, comment.body])
  return places.flatMap(([place, text]) => secrets.filter((secret) => text.includes(secret)).map(() => place))
}

export const REPO = { owner: 'octo-org', repo: 'scv-config' }

export function allComments(emulators: Emulators, issueNumber = 7) {
  return emulators.github.comments(REPO.owner, REPO.repo, issueNumber)
}

export function pullRequestEvent(number = 7): { name: string; payload: object } {
  return {
    name: 'pull_request',
    payload: { pull_request: { number, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } }
  }
}

/** The sts:ExternalId values each statement of a stored policy requires (null: no condition). */
export function externalIdsOf(policyJson: string): Array<string[] | null> {
  const doc = JSON.parse(policyJson) as {
    Statement: Array<{ Condition?: Record<string, Record<string, unknown>> }>
  }
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  return statements.map((statement) => {
    const value = statement.Condition?.StringEquals?.['sts:ExternalId']
    if (value === undefined) return null
    return Array.isArray(value) ? (value as string[]) : [value as string]
  })
}

export function writeCalls(emulators: Emulators): number {
  return emulators.aws.log.filter((entry) =>
    ['UpdateAssumeRolePolicy', 'TagRole', 'UntagRole', 'CreateRole', 'DeleteRole'].includes(entry.action)
  ).length
}

/** Polls until the condition holds (e.g. the emulator log shows a call), or fails after the timeout. */
export async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Salesforce's side: a principal of its account assuming a role, with or without an external ID. */
export const SALESFORCE_PRINCIPAL = 'arn:aws:iam::793525387755:role/ServiceCloudVoice'

/** 'allowed', or the error code STS answered (e.g. AccessDenied) when Salesforce assumes the role. */
export async function assumeAsSalesforce(
  emulators: Emulators,
  roleArn: string,
  externalId?: string
): Promise<string> {
  const sts = new STSClient({
    region: 'us-east-1',
    endpoint: emulators.aws.url,
    credentials: emulators.aws.credentialsFor(SALESFORCE_PRINCIPAL),
    maxAttempts: 1
  })
  try {
    await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'salesforce',
        ...(externalId === undefined ? {} : { ExternalId: externalId })
      })
    )
    return 'allowed'
  } catch (error) {
    return (error as { name?: string }).name ?? String(error)
  } finally {
    sts.destroy()
  }
}
