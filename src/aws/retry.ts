/**
 * One retry policy for the whole action: exponential backoff with full jitter, only for errors
 * that can succeed on a second try. Everything else fails at once, so an AccessDenied is never
 * hammered the way a blanket retry would.
 */

export type Sleep = (ms: number) => Promise<void>
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException'
])
const TRANSIENT_CODES = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'ServiceUnavailable'
])
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'TimeoutError',
  'AbortError'
])

interface ErrorShape {
  name?: string
  code?: string
  Code?: string
  $metadata?: { httpStatusCode?: number }
  $retryable?: unknown
  cause?: unknown
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as ErrorShape
  return e.Code ?? e.code ?? e.name ?? 'Error'
}

export function httpStatus(error: unknown): number | undefined {
  return ((error ?? {}) as ErrorShape).$metadata?.httpStatusCode
}

/** Throttling, 5xx, connection resets and timeouts: worth another try. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error)
  if (THROTTLING_CODES.has(code) || TRANSIENT_CODES.has(code) || NETWORK_CODES.has(code)) return true
  const status = httpStatus(error)
  if (status !== undefined && status >= 500) return true
  if (status === 429) return true
  const cause = (error as ErrorShape | undefined)?.cause
  return cause !== undefined && cause !== error && NETWORK_CODES.has(errorCode(cause))
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
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  sleep: realSleep,
  random: Math.random,
  retryable: isRetryable
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): uniform in [0, min(cap, base * 2^n)). */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>
) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(options.random() * ceiling)
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
      const delay = backoffDelay(attempt, options)
      const outOfTime = options.deadline !== undefined && Date.now() + delay > options.deadline
      if (attempt >= options.maxAttempts || outOfTime || !options.retryable(error)) throw error
      options.onRetry?.(error, attempt, delay)
      await options.sleep(delay)
    }
  }
}
