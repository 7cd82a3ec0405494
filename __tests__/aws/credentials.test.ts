import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  STSServiceException
} from '@aws-sdk/client-sts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import { CREDENTIALS, errorOf } from './iam-fake.js'

const getIDToken = jest.fn<(audience?: string) => Promise<string>>()
const setSecret = jest.fn<(secret: string) => void>()
const info = jest.fn<(message: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ getIDToken, setSecret, info }))
const { installLogSink } = await import('../../src/report/log.js')
// The lines of the layers below action/ reach the runner through the log sink.
installLogSink({ info: (line) => info(line), debug: () => undefined })
const {
  CredentialsError,
  assumeRoleWithOidc,
  callerIdentity,
  connect,
  defaultSessionName,
  oidcClaims,
  sessionIdentity
} = await import('../../src/aws/credentials.js')

const ROLE_ARN = 'arn:aws:iam::111122223333:role/github/scv-external-id-automation'
const REQUEST = { roleArn: ROLE_ARN, audience: 'sts.amazonaws.com', sessionName: 'scv-external-id-infra-42' }
const OIDC_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/token'
}
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.github-oidc-claims.signature'
const ISSUED = {
  AccessKeyId: 'ASIAEXAMPLEKEYID',
  SecretAccessKey: 'issued/secret+access/key',
  SessionToken: 'issued-session-token',
  Expiration: new Date('2030-01-01T00:00:00Z')
}
const SESSION_ARN =
  'arn:aws:sts::111122223333:assumed-role/scv-external-id-automation/scv-external-id-infra-42'
const ASSUMED = { Credentials: ISSUED, AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'AROAEXAMPLE:s' } }

function stsError(code: string, httpStatusCode: number, message: string): Error {
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

beforeEach(() => {
  getIDToken.mockReset().mockResolvedValue(ID_TOKEN)
  setSecret.mockReset()
  info.mockReset()
})

describe('assumeRoleWithOidc', () => {
  it.each([
    ['no OIDC variables', {}],
    ['no request token', { ACTIONS_ID_TOKEN_REQUEST_URL: OIDC_ENV.ACTIONS_ID_TOKEN_REQUEST_URL }],
    ['no request URL', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_ENV.ACTIONS_ID_TOKEN_REQUEST_TOKEN }]
  ])('with %s: says to add id-token: write, mentions forks, and calls nothing', async (_case, env) => {
    const { sts, mock } = mockedSts()

    const error = await errorOf(assumeRoleWithOidc(sts, REQUEST, env))

    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set')
    expect(error.message).toContain('`permissions: id-token: write`')
    expect(error.message).toContain('forks')
    expect(error.message).toContain("github.actor != 'dependabot[bot]'")
    expect(error.message).not.toContain('pull_request_target')
    expect(getIDToken).not.toHaveBeenCalled()
    expect(mock.calls()).toHaveLength(0)
  })

  it('exchanges the audience’s OIDC token for credentials and masks token and credentials', async () => {
    const { sts, mock } = mockedSts()
    mock.on(AssumeRoleWithWebIdentityCommand).resolves(ASSUMED)

    const { credentials, identity } = await assumeRoleWithOidc(sts, REQUEST, OIDC_ENV)

    expect(getIDToken).toHaveBeenCalledWith('sts.amazonaws.com')
    expect(mock.commandCalls(AssumeRoleWithWebIdentityCommand).map((call) => call.args[0].input)).toEqual([
      {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'scv-external-id-infra-42',
        WebIdentityToken: ID_TOKEN,
        DurationSeconds: 3600
      }
    ])
    expect(credentials).toEqual({
      accessKeyId: ISSUED.AccessKeyId,
      secretAccessKey: ISSUED.SecretAccessKey,
      sessionToken: ISSUED.SessionToken
    })
    // The session ARN names the account and the caller: nothing else is asked.
    expect(identity).toEqual({ accountId: '111122223333', arn: SESSION_ARN, partition: 'aws' })
    expect(mock.calls()).toHaveLength(1)
    expect(setSecret.mock.calls.map(([secret]) => secret).sort()).toEqual(
      [ID_TOKEN, ISSUED.AccessKeyId, ISSUED.SecretAccessKey, ISSUED.SessionToken].sort()
    )
  })

  it('passes a custom audience to getIDToken', async () => {
    const { sts, mock } = mockedSts()
    mock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: ISSUED })

    await assumeRoleWithOidc(sts, { ...REQUEST, audience: 'sts.amazonaws.com.cn' }, OIDC_ENV)

    expect(getIDToken).toHaveBeenCalledWith('sts.amazonaws.com.cn')
  })

  it('on AccessDenied names the role and the sub claim to check, without retrying', async () => {
    const { sts, mock } = mockedSts()
    mock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))

    const error = await errorOf(assumeRoleWithOidc(sts, REQUEST, OIDC_ENV))

    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toContain(`Could not assume ${ROLE_ARN} through GitHub OIDC`)
    expect(error.message).toContain(
      'AccessDenied (HTTP 403): Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(error.message).toContain("The role's trust policy does not accept this token.")
    expect(error.message).toContain('usually pins token.actions.githubusercontent.com:sub')
    expect(error.message).not.toContain('lack a permission')
    expect(error.message).not.toContain(ID_TOKEN)
    expect(mock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    // The claims block, never the token itself.
    expect(info).toHaveBeenCalledTimes(1)
    expect(info.mock.calls[0]?.[0]).toContain('  sub: (not in the token)')
    expect(info.mock.calls[0]?.[0]).not.toContain(ID_TOKEN)
  })

  it('retries a throttled exchange and logs the retry without the token or the credentials', async () => {
    const { sts, mock } = mockedSts()
    mock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(stsError('Throttling', 400, `Rate exceeded for token ${ID_TOKEN}`))
      .resolves({ Credentials: ISSUED })

    await expect(assumeRoleWithOidc(sts, REQUEST, OIDC_ENV)).resolves.toMatchObject({
      credentials: { accessKeyId: ISSUED.AccessKeyId }
    })

    expect(mock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2)
    const lines = info.mock.calls.map(([line]) => line)
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^AssumeRoleWithWebIdentity ${ROLE_ARN}: attempt 1 of 6 failed with Throttling \\(HTTP 400\\); retrying in \\d+ ms\\.$`
        )
      )
    ])
    for (const secret of [ID_TOKEN, ISSUED.AccessKeyId, ISSUED.SecretAccessKey, ISSUED.SessionToken]) {
      expect(lines.join('\n')).not.toContain(secret)
    }
  })

  it('reports a token GitHub would not issue, without calling STS', async () => {
    const { sts, mock } = mockedSts()
    getIDToken.mockRejectedValue(new Error('Failed to get ID Token. Error message: Unauthorized'))

    const error = await errorOf(assumeRoleWithOidc(sts, REQUEST, OIDC_ENV))

    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toBe(
      'Could not get a GitHub OIDC token: Failed to get ID Token. Error message: Unauthorized'
    )
    expect(mock.calls()).toHaveLength(0)
  })

  it('fails when STS answers without credentials', async () => {
    const { sts, mock } = mockedSts()
    mock
      .on(AssumeRoleWithWebIdentityCommand)
      .resolves({ Credentials: { ...ISSUED, SessionToken: undefined } })

    await expect(assumeRoleWithOidc(sts, REQUEST, OIDC_ENV)).rejects.toThrow(
      new CredentialsError('STS answered AssumeRoleWithWebIdentity without credentials.')
    )
  })
})

describe('sessionIdentity', () => {
  it.each([
    ['aws', SESSION_ARN],
    ['aws-us-gov', 'arn:aws-us-gov:sts::444455556666:assumed-role/ci/run-7'],
    ['aws-cn', 'arn:aws-cn:sts::444455556666:assumed-role/ci/run-7']
  ])('reads the account and the %s partition of an assumed-role session', (partition, arn) => {
    expect(sessionIdentity(arn)).toEqual({ accountId: arn.split(':')[4], arn, partition })
  })

  it.each([
    ['no ARN', undefined],
    ['an empty ARN', ''],
    ['a role, not a session', 'arn:aws:iam::111122223333:role/ci'],
    ['a user', 'arn:aws:iam::111122223333:user/ci'],
    ['a short account', 'arn:aws:sts::11112222333:assumed-role/ci/run'],
    ['no session name', 'arn:aws:sts::111122223333:assumed-role/ci'],
    ['trailing text', `${SESSION_ARN}/more`]
  ])('names no identity for %s', (_case, arn) => {
    expect(sessionIdentity(arn)).toBeNull()
  })
})

describe('connect', () => {
  const settings = {
    awsRegion: 'us-east-1',
    roleToAssume: ROLE_ARN,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'scv-external-id-infra-42'
  }

  it('through OIDC takes the account from AssumeRoleWithWebIdentity and sends no GetCallerIdentity', async () => {
    const mock = mockClient(STSClient)
    mock.on(AssumeRoleWithWebIdentityCommand).resolves(ASSUMED)
    // The warm STS connection goes to a closed local port, not to AWS.
    process.env.AWS_ENDPOINT_URL_STS = 'http://127.0.0.1:9'
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = OIDC_ENV.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = OIDC_ENV.ACTIONS_ID_TOKEN_REQUEST_URL
    try {
      const connection = await connect(settings)

      expect(connection.identity).toEqual({ accountId: '111122223333', arn: SESSION_ARN, partition: 'aws' })
      expect(connection.credentials?.accessKeyId).toBe(ISSUED.AccessKeyId)
      expect(mock.commandCalls(GetCallerIdentityCommand)).toHaveLength(0)

      // An answer without the session's ARN: the credentials are asked who they are.
      mock.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: ISSUED })
      mock.on(GetCallerIdentityCommand).resolves({ Account: '444455556666', Arn: SESSION_ARN })
      expect((await connect(settings)).identity.accountId).toBe('444455556666')
      expect(mock.commandCalls(GetCallerIdentityCommand)).toHaveLength(1)
    } finally {
      delete process.env.AWS_ENDPOINT_URL_STS
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
      mock.restore()
    }
  })

  it('without a role proves the ambient credentials with GetCallerIdentity', async () => {
    const mock = mockClient(STSClient)
    mock.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: SESSION_ARN })
    try {
      const connection = await connect({ ...settings, roleToAssume: null })

      expect(connection.identity.accountId).toBe('111122223333')
      expect(connection.credentials).toBeUndefined()
      expect(mock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0)
    } finally {
      mock.restore()
    }
  })
})

describe('callerIdentity', () => {
  it.each([
    ['aws', 'arn:aws:sts::111122223333:assumed-role/scv-automation/run-42'],
    ['aws-us-gov', 'arn:aws-us-gov:sts::111122223333:assumed-role/scv-automation/run-42'],
    ['aws-cn', 'arn:aws-cn:iam::111122223333:user/ci']
  ])('reads the account and the %s partition from the ARN', async (partition, arn) => {
    const { sts, mock } = mockedSts()
    mock.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: arn, UserId: 'AROAEXAMPLE' })

    await expect(callerIdentity(sts)).resolves.toEqual({ accountId: '111122223333', arn, partition })
  })

  it('says how to provide credentials when there are none that work', async () => {
    const { sts, mock } = mockedSts()
    mock
      .on(GetCallerIdentityCommand)
      .rejects(
        stsError('InvalidClientTokenId', 403, 'The security token included in the request is invalid.')
      )

    const error = await errorOf(callerIdentity(sts))

    expect(error).toBeInstanceOf(CredentialsError)
    expect(error.message).toMatch(
      /^No usable AWS credentials \(sts:GetCallerIdentity failed: InvalidClientTokenId \(HTTP 403\): The security token included in the request is invalid\./
    )
    expect(error.message).toContain('Set role-to-assume, or run aws-actions/configure-aws-credentials')
    expect(mock.calls()).toHaveLength(1)
  })
})

describe('defaultSessionName', () => {
  it('names the repository and the run', () => {
    expect(defaultSessionName({ GITHUB_REPOSITORY: 'acme/scv-infra', GITHUB_RUN_ID: '9876543210' })).toBe(
      'scv-external-id-scv-infra-9876543210'
    )
  })

  it('falls back to local and run outside Actions', () => {
    expect(defaultSessionName({})).toBe('scv-external-id-local-run')
  })

  it('replaces characters STS does not accept in a session name and keeps the ones it does', () => {
    expect(
      defaultSessionName({ GITHUB_REPOSITORY: 'acme/infra~v2 (eu)+a=b,c.d@e', GITHUB_RUN_ID: '7' })
    ).toBe('scv-external-id-infra-v2--eu-+a=b,c.d@e-7')
  })

  it('cuts the name to the 64 characters STS allows', () => {
    const name = defaultSessionName({ GITHUB_REPOSITORY: `acme/${'r'.repeat(80)}`, GITHUB_RUN_ID: '42' })

    expect(name).toHaveLength(64)
    expect(name).toBe(`scv-external-id-${'r'.repeat(48)}`)
  })
})

describe('oidcClaims', () => {
  const jwt = (payload: object) =>
    ['{"alg":"RS256"}', JSON.stringify(payload), 'signature']
      .map((part) => Buffer.from(part).toString('base64url'))
      .join('.')

  it('reads the claims trust policies match and nothing else', () => {
    const claims = oidcClaims(
      jwt({
        sub: 'repo:o/r:environment:production',
        aud: ['sts.amazonaws.com', 'other'],
        repository: 'o/r',
        ref: 'refs/heads/main',
        environment: 'production',
        job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main',
        actor: 'octocat',
        run_id: 12
      })
    )
    expect(claims).toEqual({
      sub: 'repo:o/r:environment:production',
      aud: 'sts.amazonaws.com, other',
      repository: 'o/r',
      ref: 'refs/heads/main',
      environment: 'production',
      job_workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main'
    })
  })

  it('gives nothing for a token that is not a JWT', () => {
    expect(oidcClaims('not-a-jwt')).toEqual({})
    expect(oidcClaims('a.%%%.c')).toEqual({})
  })
})

describe('messages of the action', () => {
  it('never recommend pull_request_target: only the comment code knows the event', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)]
      )
    const mentions = sources('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('pull_request_target'))
        .map((line) => `${file}: ${line.trim()}`)
    )
    expect(mentions).toEqual([
      "src/action/run-context.ts: const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])"
    ])
  })
})
