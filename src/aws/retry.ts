/**
 * One retry policy for the whole action: exponential backoff with full jitter, only for errors
 * that can succeed on a second try. Everything else fails at once, so an AccessDenied is never
 * hammered the way a blanket retry would.
 */
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry'
import { log } from '../report/log.js'

export type Sleep = (ms: number) => Promise<void>
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

interface ErrorShape {
  name?: string
  code?: string
  Code?: string
  $metadata?: { httpStatusCode?: number }
}

function shapeOf(error: unknown): ErrorShape {
  return typeof error === 'object' && error !== null ? error : {}
}

/** The AWS error code (query protocol `Code`), else the Node code, else the error's name. */
export function errorCode(error: unknown): string {
  const e = shapeOf(error)
  return e.Code ?? e.code ?? e.name ?? 'Error'
}

export function httpStatus(error: unknown): number | undefined {
  return shapeOf(error).$metadata?.httpStatusCode
}

/**
 * IAM's answer (HTTP 409) to writes racing on one entity: transient, like throttling. A retried
 * write re-checks the role first (`beforeRetry`), so it never overwrites the racing writer.
 */
export const CONCURRENT_MODIFICATION = 'ConcurrentModification'

export const isConcurrentModification = (error: unknown): boolean =>
  isSdkError(error) && errorCode(error) === CONCURRENT_MODIFICATION

/**
 * The SDK's own classification, as its standard retry strategy applies it: throttling (429 and
 * the throttling codes), transient (timeouts, connection resets and network errors, also as the
 * cause, 500/502/503/504) and any other 5xx; and IAM's ConcurrentModification. Clock skew is left
 * out: the SDK corrects it itself and then marks the error transient, while its clock-skew codes
 * include AccessDeniedException.
 */
export function isRetryable(error: unknown): boolean {
  if (!isSdkError(error)) return false
  return (
    isThrottlingError(error) ||
    isTransientError(error) ||
    isServerError(error) ||
    isConcurrentModification(error)
  )
}

type SdkError = Parameters<typeof isTransientError>[0]

/** What the classifiers read: an Error whose cause, if it has one, is an Error too. */
function isSdkError(error: unknown): error is SdkError {
  return error instanceof Error && (error.cause === undefined || error.cause instanceof Error)
}

export interface RetryOptions {
  /** Total attempts, the first included. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep: Sleep
  random: () => number
  /** Decides whether an error is worth another attempt. */
  retryable: (error: unknown) => boolean
  /** No attempt starts after this time (ms since epoch). */
  deadline?: number
  /** What the log lines call the operation, e.g. `GetRole Acme-SCVS3Role`. */
  label: string
  /** Where the retry lines go; they carry the error's code only, never its message. */
  log: (line: string) => void | Promise<void>
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
  /** Runs after the backoff, before the next attempt; what it throws ends the retries. */
  beforeRetry?: (error: unknown) => Promise<void>
}

const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  sleep: realSleep,
  random: Math.random,
  retryable: isRetryable,
  label: 'AWS call',
  log: (line) => log.info(line)
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): uniform in [0, min(cap, base * 2^n)). */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>
) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(options.random() * ceiling)
}

/** `Throttling (HTTP 400)`: what a log line may say about an error; AWS's message can quote inputs. */
function describeCode(error: unknown): string {
  const status = httpStatus(error)
  return `${errorCode(error)}${status === undefined ? '' : ` (HTTP ${status})`}`
}

export async function withRetry<T>(
  operation: () => Promise<T>,
  overrides: Partial<RetryOptions> = {}
): Promise<T> {
  const options = { ...DEFAULT_RETRY, ...overrides }
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (!options.retryable(error)) throw error
      const failed = `${options.label}: attempt ${attempt} of ${options.maxAttempts} failed with ${describeCode(error)}`
      const delay = backoffDelay(attempt, options)
      if (attempt >= options.maxAttempts) {
        await options.log(`${failed}; no attempts left.`)
        throw error
      }
      if (options.deadline !== undefined && Date.now() + delay > options.deadline) {
        await options.log(`${failed}; giving up: the next attempt would start after the deadline.`)
        throw error
      }
      await options.log(`${failed}; retrying in ${delay} ms.`)
      options.onRetry?.(error, attempt, delay)
      await options.sleep(delay)
      await options.beforeRetry?.(error)
    }
  }
}
