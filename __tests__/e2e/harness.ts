import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import type { Emulators } from '../../emulator/index.js'
import type { ActionRun } from '../../emulator/runner.js'

export {
  actionNode,
  DIST,
  parseOutputFile,
  runAction,
  runPostStep,
  type ActionRun,
  type RunOptions
} from '../../emulator/runner.js'

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
