import { describe, expect, it, jest } from '@jest/globals'
import {
  GetRoleCommand,
  ListRolesCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import { mockClient } from 'aws-sdk-client-mock'
import { listRoles, readRole, writeTags, writeTrustPolicy } from '../../src/aws/roles.js'
import { PolicyDocumentError } from '../../src/policy/document.js'
import { NEW_ID, ORIGINAL_POLICY, awsError, iamClient, noSuchEntity, rfc3986, target } from './iam-fake.js'

const ROLE = target('Acme-SCVS3Role')
/** Indented, as the console stores a policy pasted into it: a restore must get these bytes back. */
const STORED_JSON = JSON.stringify(ORIGINAL_POLICY, null, 2)
const noWait = async (): Promise<void> => {}

function mockedIam() {
  const iam = iamClient()
  return { iam, mock: mockClient(iam) }
}

function getRoleAnswer(encodedDocument: string, tags?: Array<{ Key: string; Value: string }>) {
  return {
    Role: {
      RoleName: ROLE.roleName,
      Path: '/',
      Arn: ROLE.arn,
      RoleId: 'AROAEXAMPLEID',
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      AssumeRolePolicyDocument: encodedDocument,
      ...(tags ? { Tags: tags } : {})
    }
  }
}

describe('readRole', () => {
  it('URL-decodes the RFC 3986 document GetRole returns, parses it and keeps the decoded text', async () => {
    const { iam, mock } = mockedIam()
    const encoded = rfc3986(STORED_JSON)
    expect(encoded).toContain('%2A')
    mock.on(GetRoleCommand).resolves(
      getRoleAnswer(encoded, [
        { Key: 'scv-external-id:fingerprint', Value: 'sha256:0123456789ab' },
        { Key: 'team', Value: 'contact-center' }
      ])
    )

    const stored = await readRole(iam, ROLE)

    expect(mock.commandCalls(GetRoleCommand).map((call) => call.args[0].input)).toEqual([
      { RoleName: ROLE.roleName }
    ])
    expect(stored?.target).toBe(ROLE)
    expect(stored?.json).toBe(STORED_JSON)
    expect(stored?.document).toEqual(ORIGINAL_POLICY)
    expect(stored?.tags).toEqual({
      'scv-external-id:fingerprint': 'sha256:0123456789ab',
      team: 'contact-center'
    })
  })

  it('gives an empty tag record for a role without tags', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).resolves(getRoleAnswer(rfc3986(STORED_JSON)))

    expect((await readRole(iam, ROLE))?.tags).toEqual({})
  })

  it('returns null for a role that does not exist', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).rejects(noSuchEntity(ROLE.roleName))

    await expect(readRole(iam, ROLE)).resolves.toBeNull()
    expect(mock.commandCalls(GetRoleCommand)).toHaveLength(1)
  })

  it('rethrows any other error at once with the role name in front, keeping its name and $metadata', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetRole'))

    const error = (await readRole(iam, ROLE).catch((caught: unknown) => caught)) as Error & {
      $metadata: { httpStatusCode: number }
    }

    expect(error.message).toBe(`${ROLE.roleName}: not authorized to perform: iam:GetRole`)
    expect(error.name).toBe('AccessDenied')
    expect(error.$metadata.httpStatusCode).toBe(403)
    expect(mock.commandCalls(GetRoleCommand)).toHaveLength(1)
  })

  it('names the role when the document is not JSON, without quoting the document', async () => {
    const { iam, mock } = mockedIam()
    const truncated = `{"Statement":[{"Effect":"Allow","Condition":{"StringEquals":{"sts:ExternalId":"${NEW_ID}"`
    mock.on(GetRoleCommand).resolves(getRoleAnswer(rfc3986(truncated)))

    const error = await readRole(iam, ROLE).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(PolicyDocumentError)
    expect((error as Error).message).toMatch(
      new RegExp(`^Role ${ROLE.roleName}: The trust policy is not valid JSON`)
    )
    expect((error as Error).message).not.toContain(NEW_ID)
  })

  it('names the role when the document is not valid URL encoding', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).resolves(getRoleAnswer('%7B%22Statement%22%3A%E0%A4%A'))

    await expect(readRole(iam, ROLE)).rejects.toThrow(
      new PolicyDocumentError(`Role ${ROLE.roleName}: The trust policy is not valid URL-encoded text`)
    )
  })

  it('names the role when the JSON is not a policy', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).resolves(getRoleAnswer(rfc3986('{"Version":"2012-10-17","Statement":[]}')))

    await expect(readRole(iam, ROLE)).rejects.toThrow(
      `Role ${ROLE.roleName}: The trust policy Statement list is empty`
    )
  })

  it('retries throttling and returns the role once GetRole answers', async () => {
    const { iam, mock } = mockedIam()
    mock
      .on(GetRoleCommand)
      .rejectsOnce(awsError('Throttling', 400, 'Rate exceeded'))
      .rejectsOnce(awsError('Throttling', 400, 'Rate exceeded'))
      .resolves(getRoleAnswer(rfc3986(STORED_JSON)))
    const sleep = jest.fn(noWait)
    const log = jest.fn<(line: string) => void>()

    const stored = await readRole(iam, ROLE, { sleep, log, random: () => 0.5 })

    expect(stored?.document).toEqual(ORIGINAL_POLICY)
    expect(mock.commandCalls(GetRoleCommand)).toHaveLength(3)
    expect(sleep.mock.calls).toEqual([[100], [200]])
    expect(log.mock.calls.map(([line]) => line)).toEqual([
      `GetRole ${ROLE.roleName}: attempt 1 of 6 failed with Throttling (HTTP 400); retrying in 100 ms.`,
      `GetRole ${ROLE.roleName}: attempt 2 of 6 failed with Throttling (HTTP 400); retrying in 200 ms.`
    ])
  })

  it('gives up on throttling after the default six attempts, naming the role', async () => {
    const { iam, mock } = mockedIam()
    mock.on(GetRoleCommand).rejects(awsError('Throttling', 400, 'Rate exceeded'))

    const log = jest.fn<(line: string) => void>()

    await expect(readRole(iam, ROLE, { sleep: noWait, log })).rejects.toMatchObject({
      name: 'Throttling',
      message: `${ROLE.roleName}: Rate exceeded`
    })
    expect(mock.commandCalls(GetRoleCommand)).toHaveLength(6)
    expect(log).toHaveBeenCalledTimes(6)
    expect(log).toHaveBeenLastCalledWith(
      `GetRole ${ROLE.roleName}: attempt 6 of 6 failed with Throttling (HTTP 400); no attempts left.`
    )
  })
})

describe('writeTrustPolicy', () => {
  it('sends exactly the given JSON text, not URL-encoded', async () => {
    const { iam, mock } = mockedIam()
    mock.on(UpdateAssumeRolePolicyCommand).resolves({})

    await writeTrustPolicy(iam, ROLE.roleName, STORED_JSON)

    expect(mock.commandCalls(UpdateAssumeRolePolicyCommand).map((call) => call.args[0].input)).toEqual([
      { RoleName: ROLE.roleName, PolicyDocument: STORED_JSON }
    ])
  })

  it('retries a 5xx answer', async () => {
    const { iam, mock } = mockedIam()
    mock.on(UpdateAssumeRolePolicyCommand).rejectsOnce(awsError('ServiceFailure', 500)).resolves({})

    const log = jest.fn<(line: string) => void>()

    await writeTrustPolicy(iam, ROLE.roleName, STORED_JSON, { sleep: noWait, log, random: () => 0 })

    expect(mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(2)
    expect(log.mock.calls).toEqual([
      [
        `UpdateAssumeRolePolicy ${ROLE.roleName}: attempt 1 of 6 failed with ServiceFailure (HTTP 500); retrying in 0 ms.`
      ]
    ])
  })

  it('does not retry a policy IAM rejects', async () => {
    const { iam, mock } = mockedIam()
    mock.on(UpdateAssumeRolePolicyCommand).rejects(awsError('MalformedPolicyDocument', 400))
    const log = jest.fn<(line: string) => void>()

    await expect(writeTrustPolicy(iam, ROLE.roleName, '{}', { sleep: noWait, log })).rejects.toMatchObject({
      name: 'MalformedPolicyDocument'
    })
    expect(mock.commandCalls(UpdateAssumeRolePolicyCommand)).toHaveLength(1)
    expect(log).not.toHaveBeenCalled()
  })
})

describe('writeTags', () => {
  it('sends one TagRole for the keys with values and one UntagRole for the null keys', async () => {
    const { iam, mock } = mockedIam()
    mock.on(TagRoleCommand).resolves({})
    mock.on(UntagRoleCommand).resolves({})

    await writeTags(iam, ROLE.roleName, {
      'scv-external-id:fingerprint': 'sha256:0123456789ab',
      'scv-external-id:applied-at': null,
      'scv-external-id:note': 'x',
      obsolete: null
    })

    expect(mock.commandCalls(TagRoleCommand).map((call) => call.args[0].input)).toEqual([
      {
        RoleName: ROLE.roleName,
        Tags: [
          { Key: 'scv-external-id:fingerprint', Value: 'sha256:0123456789ab' },
          { Key: 'scv-external-id:note', Value: 'x' }
        ]
      }
    ])
    expect(mock.commandCalls(UntagRoleCommand).map((call) => call.args[0].input)).toEqual([
      { RoleName: ROLE.roleName, TagKeys: ['scv-external-id:applied-at', 'obsolete'] }
    ])
  })

  it('sends no UntagRole when no key is removed', async () => {
    const { iam, mock } = mockedIam()
    mock.on(TagRoleCommand).resolves({})

    await writeTags(iam, ROLE.roleName, { 'scv-external-id:fingerprint': 'sha256:0123456789ab' })

    expect(mock.commandCalls(TagRoleCommand)).toHaveLength(1)
    expect(mock.commandCalls(UntagRoleCommand)).toHaveLength(0)
  })

  it('sends no TagRole when keys are only removed', async () => {
    const { iam, mock } = mockedIam()
    mock.on(UntagRoleCommand).resolves({})

    await writeTags(iam, ROLE.roleName, { 'scv-external-id:fingerprint': null })

    expect(mock.commandCalls(TagRoleCommand)).toHaveLength(0)
    expect(mock.commandCalls(UntagRoleCommand)).toHaveLength(1)
  })

  it('retries a throttled TagRole and UntagRole, naming the call and the role in the log', async () => {
    const { iam, mock } = mockedIam()
    mock
      .on(TagRoleCommand)
      .rejectsOnce(awsError('Throttling', 400, 'Rate exceeded'))
      .resolves({})
    mock.on(UntagRoleCommand).rejectsOnce(awsError('ServiceUnavailable', 503)).resolves({})
    const log = jest.fn<(line: string) => void>()

    await writeTags(
      iam,
      ROLE.roleName,
      { 'scv-external-id:fingerprint': 'sha256:0123456789ab', obsolete: null },
      { sleep: noWait, log, random: () => 0 }
    )

    expect(mock.commandCalls(TagRoleCommand)).toHaveLength(2)
    expect(mock.commandCalls(UntagRoleCommand)).toHaveLength(2)
    expect(log.mock.calls.map(([line]) => line)).toEqual([
      `TagRole ${ROLE.roleName}: attempt 1 of 6 failed with Throttling (HTTP 400); retrying in 0 ms.`,
      `UntagRole ${ROLE.roleName}: attempt 1 of 6 failed with ServiceUnavailable (HTTP 503); retrying in 0 ms.`
    ])
  })

  it('sends nothing for no changes', async () => {
    const { iam, mock } = mockedIam()

    await writeTags(iam, ROLE.roleName, {})

    expect(mock.calls()).toHaveLength(0)
  })
})

describe('listRoles', () => {
  const listed = (name: string, document: string) => ({
    RoleName: name,
    Path: '/',
    Arn: `arn:aws:iam::123456789012:role/${name}`,
    RoleId: `AROA${name.toUpperCase()}`,
    CreateDate: new Date('2024-01-01T00:00:00Z'),
    AssumeRolePolicyDocument: document
  })

  it('follows the Marker while IsTruncated, decoding each document; an unparseable one is kept as null', async () => {
    const { iam, mock } = mockedIam()
    const encoded = rfc3986(JSON.stringify(ORIGINAL_POLICY))
    mock
      .on(ListRolesCommand, {})
      .resolves({ Roles: [listed('a', encoded)], IsTruncated: true, Marker: 'm1' })
      .on(ListRolesCommand, { Marker: 'm1' })
      .resolves({ Roles: [listed('b', rfc3986('{not json'))], IsTruncated: true, Marker: 'm2' })
      .on(ListRolesCommand, { Marker: 'm2' })
      .resolves({ Roles: [listed('c', encoded)], IsTruncated: false })

    const roles = await listRoles(iam)

    expect(mock.commandCalls(ListRolesCommand).map((call) => call.args[0].input)).toEqual([
      {},
      { Marker: 'm1' },
      { Marker: 'm2' }
    ])
    expect(roles).toEqual([
      { arn: 'arn:aws:iam::123456789012:role/a', roleName: 'a', document: ORIGINAL_POLICY },
      { arn: 'arn:aws:iam::123456789012:role/b', roleName: 'b', document: null },
      { arn: 'arn:aws:iam::123456789012:role/c', roleName: 'c', document: ORIGINAL_POLICY }
    ])
  })

  it('retries a throttled page on its own and fails at once on AccessDenied', async () => {
    const { iam, mock } = mockedIam()
    mock
      .on(ListRolesCommand)
      .rejectsOnce(awsError('Throttling', 400, 'Rate exceeded'))
      .resolves({ Roles: [], IsTruncated: false })
    expect(await listRoles(iam, { sleep: noWait, log: () => {} })).toEqual([])
    expect(mock.commandCalls(ListRolesCommand)).toHaveLength(2)

    mock.reset()
    mock
      .on(ListRolesCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:ListRoles'))
    await expect(listRoles(iam, { sleep: noWait, log: () => {} })).rejects.toMatchObject({
      name: 'AccessDenied'
    })
    expect(mock.commandCalls(ListRolesCommand)).toHaveLength(1)
  })
})
