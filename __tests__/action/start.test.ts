import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Started } from '../../src/action/started.js'
import type { CallerIdentity } from '../../src/aws/credentials.js'
import type { Settings } from '../../src/domain/settings.js'

/** Of a connection, start.ts reads only whose credentials they are; main gets the whole of it. */
type FakeConnection = { identity: CallerIdentity }
const connect = jest.fn<(settings: Settings) => Promise<FakeConnection>>()
const readAccount =
  jest.fn<(settings: Settings, connection: Promise<unknown>, warm: unknown) => Promise<unknown>>()
const main = jest.fn<(started: Started) => Promise<void>>()

jest.unstable_mockModule('../../src/aws/credentials.js', () => ({ connect }))
jest.unstable_mockModule('../../src/action/read-account.js', () => ({ readAccount }))
// No connection is opened ahead: the unit test talks to no endpoint.
jest.unstable_mockModule('../../src/aws/clients.js', () => ({ warmConnections: () => null }))
jest.unstable_mockModule('../../src/main.js', () => ({ main }))
const { run } = await import('../../src/action/start.js')
const { InputError } = await import('../../src/action/inputs.js')

const INPUTS: Record<string, string> = {
  'INPUT_CONTACT-CENTER-TYPE': 'new-instance',
  'INPUT_CALL-CENTER-API-NAME': 'acme',
  'INPUT_EXTERNAL-ID': 'scv-start-test-id',
  GITHUB_EVENT_NAME: 'push'
}
const saved = { ...process.env }

const connectionFor = (accountId: string): FakeConnection => ({
  identity: { accountId, arn: `arn:aws:sts::${accountId}:assumed-role/ci/run`, partition: 'aws' }
})
const READ = { roles: 'as read' }

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name]
  delete process.env.GITHUB_EVENT_PATH
  Object.assign(process.env, INPUTS)
  for (const mock of [connect, readAccount, main]) mock.mockReset()
  connect.mockResolvedValue(connectionFor('111122223333'))
  readAccount.mockResolvedValue(READ)
  main.mockResolvedValue(undefined)
})
afterEach(() => {
  process.env = { ...saved }
})

/** What run() handed to main. */
function started(): Started {
  expect(main).toHaveBeenCalledTimes(1)
  const [given] = main.mock.calls[0] ?? []
  if (given === undefined) throw new Error('main was not called')
  return given
}

describe('run', () => {
  it('reads the inputs, connects, starts the reads on that connection, then hands everything to main', async () => {
    await run()

    const given = started()
    if ('refused' in given) throw new Error('refused')
    expect(connect).toHaveBeenCalledWith(given.settings)
    expect(given.settings.callCenters).toEqual(['acme'])
    expect(readAccount).toHaveBeenCalledWith(given.settings, given.connection, null)
    await expect(given.connection).resolves.toEqual(connectionFor('111122223333'))
    await expect(given.reading).resolves.toBe(READ)
    expect(given.context.commentOn).toBeNull()
  })

  it('refuses bad inputs before any AWS call and still lets main report them', async () => {
    process.env.INPUT_MODE = 'destroy'

    await run()

    const given = started()
    expect('refused' in given && given.refused).toBeInstanceOf(InputError)
    expect('refused' in given && String(given.refused)).toContain("Input 'mode': 'destroy' is not supported")
    expect(connect).not.toHaveBeenCalled()
    expect(readAccount).not.toHaveBeenCalled()
  })

  it('refuses a comment that needs a pull request the event does not name, before any AWS call', async () => {
    process.env.INPUT_COMMENT = 'always'

    await run()

    const given = started()
    expect('refused' in given && String(given.refused)).toContain("Input 'comment'")
    expect(connect).not.toHaveBeenCalled()
  })

  it('rejects the connection to an account outside allowed-account-ids, so that nothing is read there', async () => {
    process.env['INPUT_ALLOWED-ACCOUNT-IDS'] = '123456789012'

    await run()

    const given = started()
    if ('refused' in given) throw new Error('refused')
    await expect(given.connection).rejects.toThrow(
      "Input 'allowed-account-ids': the credentials are for account 111122223333, which is not allowed (123456789012). Nothing was read or changed."
    )
    // The reads wait on the same connection, so they fail with it.
    expect(readAccount.mock.calls[0]?.[1]).toBe(given.connection)
  })

  it('hands main a failed connection and failed reads without an unhandled rejection', async () => {
    connect.mockRejectedValue(new Error('no credentials'))
    readAccount.mockImplementation(async (_settings, connection) => {
      await connection
      return READ
    })

    await run()

    const given = started()
    if ('refused' in given) throw new Error('refused')
    await expect(given.connection).rejects.toThrow('no credentials')
    await expect(given.reading).rejects.toThrow('no credentials')
  })
})
