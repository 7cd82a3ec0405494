/** An error answered the way AWS answers it: an error code, an HTTP status and a message. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = code
  }

  /** AWS marks client faults "Sender" and service faults "Receiver". */
  get type(): 'Sender' | 'Receiver' {
    return this.status >= 500 ? 'Receiver' : 'Sender'
  }
}

export const validationError = (message: string): AwsError => new AwsError('ValidationError', 400, message)

export const malformedPolicy = (message: string): AwsError =>
  new AwsError('MalformedPolicyDocument', 400, message)

export const noSuchRole = (roleName: string): AwsError =>
  new AwsError('NoSuchEntity', 404, `The role with name ${roleName} cannot be found.`)

/** The message a failed constraint gets, without echoing the value (it may be a secret). */
export const constraintError = (member: string, constraint: string): AwsError =>
  validationError(
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: ${constraint}`
  )
