import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const setSecret = jest.fn<(secret: string) => void>()
const info = jest.fn<(line: string) => void>()
const debug = jest.fn<(line: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ setSecret, info, debug }))
const { Secrets, runnerLog } = await import('../../src/action/secrets.js')
const { fingerprint, ID_GENERATED_AT_APPLY } = await import('../../src/domain/external-id.js')

const ID = 'scv/Ext.Id=7@"quoted"'
const token = `<external-id ${fingerprint(ID)}>`

beforeEach(() => {
  setSecret.mockReset()
  info.mockReset()
  debug.mockReset()
})

describe('Secrets', () => {
  it('registers each ID once with the runner, raw, URL-encoded and JSON-escaped', () => {
    const secrets = new Secrets()
    secrets.add(ID, ID)
    secrets.add(ID)
    expect(setSecret.mock.calls.map(([value]) => value)).toEqual([
      ID,
      encodeURIComponent(ID),
      'scv/Ext.Id=7@\\"quoted\\"'
    ])
    expect(secrets.values).toEqual([ID])
  })

  it('redacts every form of every ID added so far', () => {
    const secrets = new Secrets()
    expect(secrets.redact(`raw ${ID}`)).toBe(`raw ${ID}`)
    secrets.add(ID)
    expect(secrets.redact(`raw ${ID}`)).toBe(`raw ${token}`)
    expect(secrets.redact(`url ${encodeURIComponent(ID)}`)).toBe(`url ${token}`)
    expect(secrets.redact(`json ${JSON.stringify(ID)}`)).toBe(`json "${token}"`)
  })

  it('renders the placeholder of a plan with generate-external-id without registering it', () => {
    const secrets = new Secrets()
    secrets.add(ID_GENERATED_AT_APPLY)
    expect(setSecret).not.toHaveBeenCalled()
    expect(secrets.redact(ID_GENERATED_AT_APPLY)).toBe('<external-id generated at apply>')
  })

  it('ignores empty values', () => {
    const secrets = new Secrets()
    secrets.add('')
    expect(setSecret).not.toHaveBeenCalled()
    expect(secrets.values).toEqual([])
  })
})

describe('runnerLog', () => {
  it('redacts every line before @actions/core writes it, at info and debug level', () => {
    const secrets = new Secrets()
    const sink = runnerLog(secrets)
    secrets.add(ID)
    sink.info(`restore-failed (MalformedPolicyDocument: {"sts:ExternalId":${JSON.stringify(ID)}})`)
    sink.debug(`AWS call ${encodeURIComponent(ID)}`)
    expect(info).toHaveBeenCalledWith(
      `restore-failed (MalformedPolicyDocument: {"sts:ExternalId":"${token}"})`
    )
    expect(debug).toHaveBeenCalledWith(`AWS call ${token}`)
  })
})
