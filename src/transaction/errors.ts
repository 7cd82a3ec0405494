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
