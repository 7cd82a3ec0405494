import { explainAwsError } from '../aws/errors.js'

/** A role changed between the plan's read and this run's write: someone else is editing it. */
export class ConcurrentModificationError extends Error {
  override name = 'ConcurrentModificationError'
}

/** Writes failed: every failure is named, with AWS's code and what to do about it. */
export class WriteError extends Error {
  override name = 'WriteError'
  constructor(readonly failures: Array<{ roleName: string; error: unknown }>) {
    super(failures.map((failure) => `${failure.roleName}: ${explainAwsError(failure.error)}`).join('\n'))
  }
}

/** IAM does not hold, or does not enforce, what the run wrote. */
export class VerificationError extends Error {
  override name = 'VerificationError'
}

/** After this run's write, IAM holds a trust policy this run never wrote: another writer's. */
export class ConflictError extends Error {
  override name = 'ConflictError'
  constructor(readonly roleNames: readonly string[]) {
    super(
      `${roleNames.join(', ')}: changed by another writer after this run's write. This run does not overwrite that change; find out who else writes these trust policies (a second run, CloudFormation, Salesforce) and rerun.`
    )
  }
}

/** The job was cancelled (SIGINT/SIGTERM): no new write is sent. */
export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(readonly signal: string) {
    super(`Cancelled (${signal}): no new write was sent after it.`)
  }
}
