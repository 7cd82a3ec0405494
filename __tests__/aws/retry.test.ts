import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { backoffDelay, errorCode, httpStatus, isRetryable, withRetry } from '../../src/aws/retry.js'

/** An error shaped like the AWS SDK v3 ones: a name and the HTTP status in $metadata. */
const awsError = (name: string, httpStatusCode?: number): Error =>
  Object.assign(new Error(`${name} happened`), {
    name,
    ...(httpStatusCode === undefined ? {} : { $metadata: { httpStatusCode } })
  })
const nodeError = (code: string): Error => Object.assign(new Error(`socket ${code}`), { code })

afterEach(() => {
  jest.restoreAllMocks()
})

describe('isRetryable', () => {
  it.each([
    ['Throttling (400)', awsError('Throttling', 400)],
    ['ThrottlingException', awsError('ThrottlingException', 400)],
    ['TooManyRequestsException', awsError('TooManyRequestsException')],
    ['ServiceUnavailable', awsError('ServiceUnavailable', 503)],
    ['InternalError', awsError('InternalError')],
    ['any 500 by $metadata', awsError('ServiceFailure', 500)],
    ['any 503 by $metadata', awsError('UnknownError', 503)],
    ['HTTP 429 by $metadata', awsError('Unknown', 429)],
    ['ECONNRESET', nodeError('ECONNRESET')],
    ['ETIMEDOUT', nodeError('ETIMEDOUT')],
    ['TimeoutError', awsError('TimeoutError')],
    [
      'a network error as the cause',
      Object.assign(new Error('request failed'), { cause: nodeError('ECONNRESET') })
    ],
    ['a query-protocol Code field', { Code: 'Throttling', message: 'Rate exceeded' }]
  ])('%s is retryable', (_name, error) => {
    expect(isRetryable(error)).toBe(true)
  })

  it.each([
    ['AccessDenied (403)', awsError('AccessDenied', 403)],
    ['MalformedPolicyDocument (400)', awsError('MalformedPolicyDocument', 400)],
    ['NoSuchEntity (404)', awsError('NoSuchEntity', 404)],
    ['LimitExceeded (409)', awsError('LimitExceeded', 409)],
    ['InvalidClientTokenId (403)', awsError('InvalidClientTokenId', 403)],
    ['a plain Error', new Error('boom')],
    [
      'a cause that is not a network error',
      Object.assign(new Error('x'), { cause: awsError('AccessDenied', 403) })
    ],
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Throttling?']
  ])('%s is not retryable', (_name, error) => {
    expect(isRetryable(error)).toBe(false)
  })

  it('does not loop on an error that is its own cause', () => {
    const error: Error & { cause?: unknown } = new Error('self')
    error.cause = error
    expect(isRetryable(error)).toBe(false)
  })
})

describe('errorCode and httpStatus', () => {
  it('prefer Code, then code, then name', () => {
    expect(errorCode({ Code: 'A', code: 'B', name: 'C' })).toBe('A')
    expect(errorCode({ code: 'B', name: 'C' })).toBe('B')
    expect(errorCode({ name: 'C' })).toBe('C')
    expect(errorCode(undefined)).toBe('Error')
  })

  it('read the status from $metadata', () => {
    expect(httpStatus(awsError('X', 409))).toBe(409)
    expect(httpStatus(new Error('x'))).toBeUndefined()
    expect(httpStatus(null)).toBeUndefined()
  })
})

describe('backoffDelay', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 }

  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [4, 800],
    [5, 1000],
    [12, 1000]
  ])('attempt %i: full jitter in [0, %i)', (attempt, ceiling) => {
    expect(backoffDelay(attempt, { ...options, random: () => 0 })).toBe(0)
    expect(backoffDelay(attempt, { ...options, random: () => 0.5 })).toBe(ceiling / 2)
    const highest = backoffDelay(attempt, { ...options, random: () => 0.999999 })
    expect(highest).toBeLessThan(ceiling)
    expect(highest).toBeGreaterThanOrEqual(ceiling - 1)
  })
})

/** An operation that fails with `errors` in turn, then returns 'ok'. */
function failingThen(errors: unknown[]) {
  let calls = 0
  const operation = jest.fn(async () => {
    const error = errors[calls]
    calls += 1
    if (error !== undefined) throw error
    return 'ok'
  })
  return operation
}

function recordingSleep() {
  const delays: number[] = []
  const sleep = async (ms: number): Promise<void> => {
    delays.push(ms)
  }
  return { delays, sleep }
}

const throttled = () => awsError('Throttling', 400)

describe('withRetry', () => {
  it('returns the result of the first attempt without sleeping', async () => {
    const { delays, sleep } = recordingSleep()
    await expect(withRetry(async () => 42, { sleep })).resolves.toBe(42)
    expect(delays).toEqual([])
  })

  it('retries retryable errors until the operation succeeds', async () => {
    const { delays, sleep } = recordingSleep()
    const operation = failingThen([throttled(), awsError('ServiceUnavailable', 503), nodeError('ECONNRESET')])
    const onRetry = jest.fn()
    await expect(withRetry(operation, { sleep, random: () => 0.5, onRetry })).resolves.toBe('ok')
    expect(operation).toHaveBeenCalledTimes(4)
    expect(delays).toEqual([100, 200, 400])
    expect(onRetry.mock.calls.map(([, attempt, delay]) => [attempt, delay])).toEqual([
      [1, 100],
      [2, 200],
      [3, 400]
    ])
  })

  it.each([
    ['AccessDenied', awsError('AccessDenied', 403)],
    ['MalformedPolicyDocument', awsError('MalformedPolicyDocument', 400)],
    ['NoSuchEntity', awsError('NoSuchEntity', 404)],
    ['LimitExceeded', awsError('LimitExceeded', 409)]
  ])('fails on attempt 1 with %s, without sleeping', async (_name, error) => {
    const { delays, sleep } = recordingSleep()
    const operation = failingThen([error])
    await expect(withRetry(operation, { sleep })).rejects.toBe(error)
    expect(operation).toHaveBeenCalledTimes(1)
    expect(delays).toEqual([])
  })

  it('stops after maxAttempts and rethrows the last error', async () => {
    const { delays, sleep } = recordingSleep()
    const errors = Array.from({ length: 10 }, throttled)
    const operation = failingThen(errors)
    await expect(withRetry(operation, { sleep, maxAttempts: 3 })).rejects.toBe(errors[2])
    expect(operation).toHaveBeenCalledTimes(3)
    expect(delays).toHaveLength(2)
  })

  it('stops at a non-retryable error after retryable ones', async () => {
    const { sleep } = recordingSleep()
    const denied = awsError('AccessDenied', 403)
    const operation = failingThen([throttled(), denied, throttled()])
    await expect(withRetry(operation, { sleep })).rejects.toBe(denied)
    expect(operation).toHaveBeenCalledTimes(2)
  })

  it('asks the given retryable predicate, not the default one', async () => {
    const { sleep } = recordingSleep()
    const denied = awsError('AccessDenied', 403)
    const operation = failingThen([denied, denied])
    await expect(withRetry(operation, { sleep, retryable: (e) => e === denied })).resolves.toBe('ok')
    expect(operation).toHaveBeenCalledTimes(3)
  })

  it('keeps every delay within full jitter of [0, min(cap, base * 2^(n-1)))', async () => {
    const { delays, sleep } = recordingSleep()
    const operation = failingThen(Array.from({ length: 7 }, throttled))
    await withRetry(operation, {
      sleep,
      random: () => 0.999999,
      baseDelayMs: 200,
      maxDelayMs: 3000,
      maxAttempts: 8
    })
    const ceilings = [200, 400, 800, 1600, 3000, 3000, 3000]
    expect(delays).toHaveLength(ceilings.length)
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThan(ceilings[index] as number)
      expect(delay).toBeGreaterThanOrEqual((ceilings[index] as number) - 1)
    })
  })

  it('draws a fresh random number for each delay', async () => {
    const { delays, sleep } = recordingSleep()
    const draws = [0.1, 0.9, 0.3]
    const random = jest.fn(() => draws.shift() ?? 0)
    await withRetry(failingThen([throttled(), throttled(), throttled()]), {
      sleep,
      random,
      baseDelayMs: 1000,
      maxDelayMs: 1000
    })
    expect(delays).toEqual([100, 900, 300])
  })

  it('starts no attempt whose delay would end after the deadline', async () => {
    let clock = 1_000_000
    jest.spyOn(Date, 'now').mockImplementation(() => clock)
    const delays: number[] = []
    const sleep = async (ms: number): Promise<void> => {
      delays.push(ms)
      clock += ms
    }
    const errors = Array.from({ length: 10 }, throttled)
    const operation = failingThen(errors)
    // delays 100, 200, 400 fit in 1000 ms (700 in all); the next one (800) would end at 1500.
    const promise = withRetry(operation, {
      sleep,
      random: () => 0.5,
      baseDelayMs: 200,
      maxDelayMs: 5000,
      maxAttempts: 10,
      deadline: clock + 1000
    })
    await expect(promise).rejects.toBe(errors[3])
    expect(delays).toEqual([100, 200, 400])
    expect(operation).toHaveBeenCalledTimes(4)
  })

  it('with a deadline already past, a retryable error fails at once', async () => {
    const { delays, sleep } = recordingSleep()
    const error = throttled()
    await expect(withRetry(failingThen([error]), { sleep, deadline: Date.now() - 1 })).rejects.toBe(error)
    expect(delays).toEqual([])
  })
})
