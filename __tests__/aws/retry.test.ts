import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { STSServiceException } from '@aws-sdk/client-sts'
import { awsError } from './iam-fake.js'

const info = jest.fn<(message: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ info }))
const { installLogSink } = await import('../../src/report/log.js')
// The lines of the layers below action/ reach the runner through the log sink.
installLogSink({ info: (line) => info(line), debug: () => undefined })
const { backoffDelay, errorCode, httpStatus, isRetryable, withRetry } = await import('../../src/aws/retry.js')

const nodeError = (code: string): Error => Object.assign(new Error(`socket ${code}`), { code })
/** An SDK error without a code the SDK knows: only its HTTP status or traits can make it retryable. */
const unmodelled = (name: string, $metadata: { httpStatusCode?: number; clockSkewCorrected?: true }): Error =>
  new STSServiceException({ name, $fault: 'client', $metadata })

beforeEach(() => {
  info.mockReset()
})

afterEach(() => {
  jest.restoreAllMocks()
})

describe('isRetryable (the SDK classifiers)', () => {
  it.each([
    ['Throttling (IAM and STS, 400)', awsError('Throttling', 400)],
    ['ThrottlingException', awsError('ThrottlingException', 400)],
    ['TooManyRequestsException', awsError('TooManyRequestsException', 400)],
    ['RequestLimitExceeded', awsError('RequestLimitExceeded', 400)],
    ['PriorRequestNotComplete', awsError('PriorRequestNotComplete', 400)],
    ['any code with HTTP 429', unmodelled('Unknown', { httpStatusCode: 429 })],
    ['ServiceUnavailable (503)', awsError('ServiceUnavailable', 503)],
    ['InternalError (500)', awsError('InternalError', 500)],
    ['ServiceFailure (IAM, 500)', awsError('ServiceFailure', 500)],
    ['a 502', unmodelled('BadGateway', { httpStatusCode: 502 })],
    ['a 504', unmodelled('GatewayTimeout', { httpStatusCode: 504 })],
    ['another 5xx', unmodelled('NotImplemented', { httpStatusCode: 501 })],
    ['RequestTimeout', awsError('RequestTimeout', 400)],
    [
      'the request timeout of the HTTP handler',
      Object.assign(new Error('timed out'), { name: 'TimeoutError' })
    ],
    [
      'an error the SDK corrected the clock skew for',
      unmodelled('SignatureDoesNotMatch', { httpStatusCode: 403, clockSkewCorrected: true })
    ],
    ['ECONNRESET', nodeError('ECONNRESET')],
    ['ECONNREFUSED', nodeError('ECONNREFUSED')],
    ['EPIPE', nodeError('EPIPE')],
    ['ETIMEDOUT', nodeError('ETIMEDOUT')],
    ['ENOTFOUND', nodeError('ENOTFOUND')],
    ['EAI_AGAIN', nodeError('EAI_AGAIN')],
    ['EHOSTUNREACH', nodeError('EHOSTUNREACH')],
    ['a network error as the cause', new Error('request failed', { cause: nodeError('ECONNRESET') })],
    ['ConcurrentModification (IAM, 409)', awsError('ConcurrentModification', 409)]
  ])('%s is retryable', (_name, error) => {
    expect(isRetryable(error)).toBe(true)
  })

  it.each([
    ['AccessDenied (403)', awsError('AccessDenied', 403)],
    [
      'AccessDeniedException (a clock-skew code for the SDK, not corrected)',
      awsError('AccessDeniedException', 400)
    ],
    ['MalformedPolicyDocument (400)', awsError('MalformedPolicyDocument', 400)],
    ['NoSuchEntity (404)', awsError('NoSuchEntity', 404)],
    ['LimitExceeded (IAM quota, 409)', awsError('LimitExceeded', 409)],
    ['InvalidClientTokenId (403)', awsError('InvalidClientTokenId', 403)],
    ['ExpiredToken (400)', awsError('ExpiredToken', 400)],
    ['InvalidIdentityToken (400)', awsError('InvalidIdentityToken', 400)],
    ['an aborted request', Object.assign(new Error('aborted'), { name: 'AbortError' })],
    ['a plain Error', new Error('boom')],
    ['a cause that is not retryable', new Error('x', { cause: awsError('AccessDenied', 403) })],
    ['a cause that is not an Error', new Error('x', { cause: { code: 'ECONNRESET' } })],
    ['an object that is not an Error', { Code: 'Throttling', message: 'Rate exceeded' }],
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
    expect(errorCode(awsError('Throttling', 400))).toBe('Throttling')
    expect(errorCode(undefined)).toBe('Error')
    expect(errorCode('text')).toBe('Error')
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

const throttled = () => awsError('Throttling', 400, 'Rate exceeded')

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

  it('retries ConcurrentModification with the backoff of throttling, checking before each retry', async () => {
    const { delays, sleep } = recordingSleep()
    const racing = awsError('ConcurrentModification', 409, 'Concurrent modification of the role')
    const operation = failingThen([racing, throttled(), racing])
    const beforeRetry = jest.fn(async (_error: unknown) => undefined)
    await expect(withRetry(operation, { sleep, random: () => 0.5, beforeRetry })).resolves.toBe('ok')
    expect(delays).toEqual([100, 200, 400])
    expect(beforeRetry.mock.calls.map(([error]) => error)).toEqual([racing, expect.anything(), racing])
  })

  it('ends the retries with what beforeRetry throws, without another attempt', async () => {
    const { sleep } = recordingSleep()
    const stop = new Error('changed by someone else')
    const operation = failingThen([awsError('ConcurrentModification', 409), throttled()])
    await expect(withRetry(operation, { sleep, beforeRetry: async () => Promise.reject(stop) })).rejects.toBe(
      stop
    )
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('gives up on ConcurrentModification after maxAttempts like any transient error', async () => {
    const { sleep } = recordingSleep()
    const errors = Array.from({ length: 5 }, () => awsError('ConcurrentModification', 409))
    const operation = failingThen(errors)
    await expect(withRetry(operation, { sleep, maxAttempts: 4 })).rejects.toBe(errors[3])
    expect(operation).toHaveBeenCalledTimes(4)
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

describe('withRetry logging', () => {
  it('logs every retry at info level with the attempt, the code and the delay', async () => {
    const { sleep } = recordingSleep()
    const operation = failingThen([throttled(), awsError('ServiceUnavailable', 503), nodeError('ECONNRESET')])
    await withRetry(operation, { sleep, random: () => 0.5, label: 'GetRole Acme-SCVS3Role' })
    expect(info.mock.calls.map(([line]) => line)).toEqual([
      'GetRole Acme-SCVS3Role: attempt 1 of 6 failed with Throttling (HTTP 400); retrying in 100 ms.',
      'GetRole Acme-SCVS3Role: attempt 2 of 6 failed with ServiceUnavailable (HTTP 503); retrying in 200 ms.',
      'GetRole Acme-SCVS3Role: attempt 3 of 6 failed with ECONNRESET; retrying in 400 ms.'
    ])
  })

  it('says when it gives up on a retryable error, and calls the operation an AWS call without a label', async () => {
    const { sleep } = recordingSleep()
    const errors = Array.from({ length: 3 }, throttled)
    await expect(withRetry(failingThen(errors), { sleep, random: () => 0, maxAttempts: 2 })).rejects.toBe(
      errors[1]
    )
    expect(info.mock.calls.map(([line]) => line)).toEqual([
      'AWS call: attempt 1 of 2 failed with Throttling (HTTP 400); retrying in 0 ms.',
      'AWS call: attempt 2 of 2 failed with Throttling (HTTP 400); no attempts left.'
    ])
  })

  it('says when the deadline stops the retries', async () => {
    const { sleep } = recordingSleep()
    const error = throttled()
    await expect(
      withRetry(failingThen([error]), {
        sleep,
        random: () => 0.5,
        deadline: Date.now() - 1,
        label: 'TagRole r'
      })
    ).rejects.toBe(error)
    expect(info.mock.calls.map(([line]) => line)).toEqual([
      'TagRole r: attempt 1 of 6 failed with Throttling (HTTP 400); giving up: the next attempt would start after the deadline.'
    ])
  })

  it('logs nothing for a success or an error that is not retryable', async () => {
    const { sleep } = recordingSleep()
    await withRetry(async () => 'ok', { sleep })
    await expect(withRetry(failingThen([awsError('AccessDenied', 403)]), { sleep })).rejects.toThrow()
    expect(info).not.toHaveBeenCalled()
  })

  it("never writes AWS's message, which can quote what was sent", async () => {
    const { sleep } = recordingSleep()
    const secret = 'scv-external-id-0f8e7d6c5b4a'
    const log = jest.fn<(line: string) => void>()
    await withRetry(failingThen([awsError('Throttling', 400, `Rate exceeded for ExternalId ${secret}`)]), {
      sleep,
      log
    })
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]?.[0]).toContain('Throttling')
    expect(log.mock.calls[0]?.[0]).not.toContain(secret)
    expect(log.mock.calls[0]?.[0]).not.toContain('Rate exceeded')
    expect(info).not.toHaveBeenCalled()
  })
})
