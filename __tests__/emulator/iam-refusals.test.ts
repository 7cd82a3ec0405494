/**
 * The emulator refuses what IAM refuses on a write although it stored it once: a principal deleted
 * since (shown by its unique ID), a Version older than 2012-10-17, tags outside IAM's rules; and it
 * answers ConcurrentModification (HTTP 409) when a test injects it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateRoleCommand,
  GetRoleCommand,
  IAMClient,
  TagRoleCommand,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import { failure } from './aws-failure.js'
import { createOidcIssuer } from '../../emulator/oidc.js'
import { startAwsEmulator, type AwsEmulator } from '../../emulator/aws/server.js'

const SALESFORCE_ROOT = 'arn:aws:iam::793525387755:root'
let emu: AwsEmulator
let iam: IAMClient

beforeAll(async () => {
  emu = await startAwsEmulator({ issuer: createOidcIssuer() })
  iam = new IAMClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: emu.credentials,
    maxAttempts: 1
  })
})
afterAll(async () => {
  iam.destroy()
  await emu.stop()
})
afterEach(() => emu.clearFaults())

const trusting = (principals: string[], version: string | null = '2012-10-17') =>
  JSON.stringify({
    ...(version === null ? {} : { Version: version }),
    Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }]
  })

const storedPolicy = async (roleName: string): Promise<string> => {
  const { Role } = await iam.send(new GetRoleCommand({ RoleName: roleName }))
  return decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '')
}

let counter = 0
const fresh = (prefix: string) => `${prefix}${++counter}`

describe('a principal deleted after a trust policy named it', () => {
  it('shows in GetRole as its unique ID, and every update of a document holding it is refused', async () => {
    const operator = fresh('Operator')
    const operatorArn = emu.createRole(operator, trusting([SALESFORCE_ROOT]))
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: operator }))
    const uniqueId = Role?.RoleId ?? ''
    expect(uniqueId).toMatch(/^AROA[A-Z0-9]{17}$/)
    const trusted = fresh('Trusted')
    emu.createRole(trusted, trusting([SALESFORCE_ROOT, operatorArn]))

    emu.deleteRole(operator)

    const shown = await storedPolicy(trusted)
    expect(JSON.parse(shown).Statement[0].Principal.AWS).toEqual([SALESFORCE_ROOT, uniqueId])
    expect(shown).not.toContain(operatorArn)
    const error = await failure(
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: trusted, PolicyDocument: shown }))
    )
    expect(error).toEqual({
      code: 'MalformedPolicyDocument',
      status: 400,
      message: `Invalid principal in policy: "AWS":"${uniqueId}"`
    })
    expect(await storedPolicy(trusted)).toBe(shown)
    // Without the stale principal, the update goes through.
    await iam.send(
      new UpdateAssumeRolePolicyCommand({ RoleName: trusted, PolicyDocument: trusting([SALESFORCE_ROOT]) })
    )
    expect(await storedPolicy(trusted)).toBe(trusting([SALESFORCE_ROOT]))
  })

  it('leaves documents that named other principals as they were', async () => {
    const operator = fresh('Operator')
    emu.createRole(operator, trusting([SALESFORCE_ROOT]))
    const other = fresh('Other')
    emu.createRole(other, trusting([SALESFORCE_ROOT]))
    emu.deleteRole(operator)
    expect(await storedPolicy(other)).toBe(trusting([SALESFORCE_ROOT]))
  })
})

describe('the Version rule', () => {
  it.each([
    ['Version 2008-10-17', trusting([SALESFORCE_ROOT], '2008-10-17')],
    ['no Version', trusting([SALESFORCE_ROOT], null)]
  ])('refuses a document with %s on update and on create, keeping the stored one', async (_name, policy) => {
    const name = fresh('Old')
    emu.createRole(name, policy)
    // IAM once stored such documents: GetRole shows them as they are.
    expect(await storedPolicy(name)).toBe(policy)
    const refusal = {
      code: 'MalformedPolicyDocument',
      status: 400,
      message: 'Policy document must be version 2012-10-17 or greater.'
    }
    expect(
      await failure(iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: policy })))
    ).toEqual(refusal)
    expect(
      await failure(
        iam.send(new CreateRoleCommand({ RoleName: fresh('New'), AssumeRolePolicyDocument: policy }))
      )
    ).toEqual(refusal)
    expect(await storedPolicy(name)).toBe(policy)
  })
})

describe('TagRole', () => {
  it.each([
    ['a key with a character outside IAM’s pattern', 'team#1', 'x', 'ValidationError'],
    ['a value with a character outside IAM’s pattern', 'team', 'a,b', 'ValidationError'],
    ['a key in the aws: namespace', 'aws:owner', 'x', 'InvalidInput']
  ])('refuses %s', async (_name, Key, Value, code) => {
    const name = fresh('Tagged')
    emu.createRole(name, trusting([SALESFORCE_ROOT]))
    const error = await failure(iam.send(new TagRoleCommand({ RoleName: name, Tags: [{ Key, Value }] })))
    expect(error).toMatchObject({ code, status: 400 })
    expect(emu.roleTags(name)).toEqual({})
  })

  it('accepts letters of any script, digits, spaces and _.:/=+-@', async () => {
    const name = fresh('Tagged')
    emu.createRole(name, trusting([SALESFORCE_ROOT]))
    await iam.send(
      new TagRoleCommand({ RoleName: name, Tags: [{ Key: 'équipe: a/b=c+d-e@f_g.h', Value: 'Zürich 1' }] })
    )
    expect(emu.roleTags(name)).toEqual({ 'équipe: a/b=c+d-e@f_g.h': 'Zürich 1' })
  })
})

describe('ConcurrentModification', () => {
  it('is answered with HTTP 409 when injected, and the write is not applied', async () => {
    const name = fresh('Racing')
    emu.createRole(name, trusting([SALESFORCE_ROOT]))
    emu.addFault({
      action: 'UpdateAssumeRolePolicy',
      roleName: name,
      nth: 1,
      error: { code: 'ConcurrentModification', status: 409, message: 'Concurrent modification of the role.' }
    })
    const update = () =>
      iam.send(
        new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: trusting(['111122223333']) })
      )
    expect(await failure(update())).toEqual({
      code: 'ConcurrentModification',
      status: 409,
      message: 'Concurrent modification of the role.'
    })
    expect(await storedPolicy(name)).toBe(trusting([SALESFORCE_ROOT]))
    await update()
    expect(JSON.parse(await storedPolicy(name)).Statement[0].Principal.AWS).toEqual([
      'arn:aws:iam::111122223333:root'
    ])
  })
})
