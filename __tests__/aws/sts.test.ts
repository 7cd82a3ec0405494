import { describe, expect, it, jest } from '@jest/globals'
import { AssumeRoleCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import { probeAssumeRole } from '../../src/aws/sts.js'
import { CREDENTIALS } from './iam-fake.js'

const ROLE_ARN = 'arn:aws:iam::111122223333:role/scv/Acme-SCVS3Role'
const EXTERNAL_ID = 'scv-external-id-4f2a9c1e7b3d'
const noWait = async (): Promise<void> => {}

function stsError(code: string, httpStatusCode: number, message = `${code} answered by STS`): Error {
  const error = new STSServiceException({
    name: code,
    $fault: 'client',
    $metadata: { httpStatusCode },
    message
  })
  return Object.assign(error, { Code: code })
}

function mockedSts() {
  const sts = new STSClient({ region: 'us-east-1', credentials: CREDENTIALS })
  return { sts, mock: mockClient(sts) }
}

describe('probeAssumeRole', () => {
  it('sends one AssumeRole with the external ID and answers allowed', async () => {
    const { sts, mock } = mockedSts()
    mock.on(AssumeRoleCommand).resolves({})

    await expect(probeAssumeRole(sts, ROLE_ARN, EXTERNAL_ID)).resolves.toBe('allowed')

    expect(mock.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input)).toEqual([
      {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'scv-external-id-canary',
        DurationSeconds: 900,
        ExternalId: EXTERNAL_ID
      }
    ])
  })

  it('answers AccessDenied at once, without retrying or logging', async () => {
    const { sts, mock } = mockedSts()
    mock.on(AssumeRoleCommand).rejects(stsError('AccessDenied', 403))
    const log = jest.fn<(line: string) => void>()

    await expect(probeAssumeRole(sts, ROLE_ARN, undefined, { sleep: noWait, log })).resolves.toBe(
      'AccessDenied'
    )

    expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(mock.commandCalls(AssumeRoleCommand)[0]?.args[0].input).not.toHaveProperty('ExternalId')
    expect(log).not.toHaveBeenCalled()
  })

  it('retries throttling and logs the attempt under the role, never the external ID', async () => {
    const { sts, mock } = mockedSts()
    mock
      .on(AssumeRoleCommand)
      .rejectsOnce(stsError('Throttling', 400, `Rate exceeded (ExternalId ${EXTERNAL_ID})`))
      .resolves({})
    const log = jest.fn<(line: string) => void>()

    await expect(
      probeAssumeRole(sts, ROLE_ARN, EXTERNAL_ID, { sleep: noWait, log, random: () => 0.5 })
    ).resolves.toBe('allowed')

    expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    expect(log.mock.calls).toEqual([
      [`AssumeRole ${ROLE_ARN}: attempt 1 of 6 failed with Throttling (HTTP 400); retrying in 100 ms.`]
    ])
  })

  it('retries AccessDenied while IAM propagates when the caller says so, and answers the last code', async () => {
    const { sts, mock } = mockedSts()
    mock.on(AssumeRoleCommand).rejects(stsError('AccessDenied', 403))
    const log = jest.fn<(line: string) => void>()

    await expect(
      probeAssumeRole(sts, ROLE_ARN, EXTERNAL_ID, {
        sleep: noWait,
        log,
        maxAttempts: 3,
        retryable: (error) => error instanceof Error && error.name === 'AccessDenied'
      })
    ).resolves.toBe('AccessDenied')

    expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(3)
    expect(log).toHaveBeenLastCalledWith(
      `AssumeRole ${ROLE_ARN}: attempt 3 of 3 failed with AccessDenied (HTTP 403); no attempts left.`
    )
  })
})
