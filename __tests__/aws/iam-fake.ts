/**
 * Shared fixtures for the AWS adapter tests: real SDK clients whose `send` is replaced by
 * aws-sdk-client-mock, errors shaped as the SDK throws them, and a small stateful IAM.
 */
import {
  GetRoleCommand,
  IAMClient,
  IAMServiceException,
  NoSuchEntityException,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  type GetRoleCommandInput,
  type TagRoleCommandInput,
  type UntagRoleCommandInput,
  type UpdateAssumeRolePolicyCommandInput
} from '@aws-sdk/client-iam'
import { afterAll } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LogicalRole, RoleTarget } from '../../src/domain/contact-centers.js'
import type { WritePlan } from '../../src/domain/plan-types.js'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import type { TagChanges } from '../../src/domain/tags.js'

export const ACCOUNT = '111122223333'
export const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMIEXAMPLEKEY' }

export function iamClient(): IAMClient {
  return new IAMClient({ region: 'us-east-1', credentials: CREDENTIALS })
}

/**
 * An error as the SDK throws it for IAM's and STS's query protocol: the AWS code in `Code` (and in
 * `name` for codes the SDK does not model) and the HTTP status in `$metadata`.
 */
export function awsError(code: string, httpStatusCode: number, message = `${code} answered by AWS`): Error {
  const error = new IAMServiceException({
    name: code,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode, requestId: 'req-0001' },
    message
  })
  return Object.assign(error, { Code: code })
}

/** The modeled exception: its name is `NoSuchEntityException`, its code `NoSuchEntity`. */
export function noSuchEntity(roleName: string): Error {
  const error = new NoSuchEntityException({
    message: `The role with name ${roleName} cannot be found.`,
    $metadata: { httpStatusCode: 404, requestId: 'req-0002' }
  })
  return Object.assign(error, { Code: 'NoSuchEntity' })
}

/** URL encoding as IAM applies it (RFC 3986): encodeURIComponent leaves !'()* as they are. */
export function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

export function target(roleName: string, logicalRole: LogicalRole = 'SCVS3Role'): RoleTarget {
  return { logicalRole, callCenter: null, roleName, arn: `arn:aws:iam::${ACCOUNT}:role/${roleName}` }
}

const SALESFORCE_STATEMENT: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::793525387755:root' },
  Action: 'sts:AssumeRole'
}
/** A wildcard ARN: IAM returns its `*` as `%2A`. */
const SERVICE_STATEMENT: PolicyStatement = {
  Effect: 'Allow',
  Principal: { Service: 'connect.amazonaws.com' },
  Action: 'sts:AssumeRole',
  Condition: { StringLike: { 'aws:SourceArn': `arn:aws:connect:*:${ACCOUNT}:instance/*` } }
}

/** Salesforce's principal without a condition, beside a service statement. */
export const ORIGINAL_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [SALESFORCE_STATEMENT, SERVICE_STATEMENT]
}

export const NEW_ID = 'scv-New_Ext.Id=7@canary'

/** ORIGINAL_POLICY with the Salesforce statement requiring `externalId`. */
export function policyRequiring(externalId: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { ...SALESFORCE_STATEMENT, Condition: { StringEquals: { 'sts:ExternalId': externalId } } },
      SERVICE_STATEMENT
    ]
  }
}

export function plannedRole(
  role: RoleTarget,
  after: PolicyDocument,
  tagChanges: TagChanges | null = null
): WritePlan {
  return {
    role,
    before: ORIGINAL_POLICY,
    after,
    change: 'add-condition',
    notes: [],
    tagChanges
  }
}

export interface FakeRole {
  /** The trust policy text as stored: GetRole returns it RFC 3986-encoded. */
  json: string
  tags?: Record<string, string>
  path?: string
}

export type IamOperation = 'GetRole' | 'UpdateAssumeRolePolicy' | 'TagRole' | 'UntagRole'

/**
 * A mocked IAMClient that behaves like a tiny IAM: GetRole returns what was last written, writes
 * and tag calls change the state. `failOnce` makes the next matching call fail; a test replaces a
 * command's behaviour for good with `mock.on(Command, input)`.
 */
export function fakeIam(roles: Record<string, FakeRole>) {
  const iam = iamClient()
  const mock = mockClient(iam)
  const state = new Map(
    Object.entries(roles).map(([name, role]) => [name, { ...role, tags: { ...role.tags } }])
  )
  const faults: Array<{ operation: IamOperation; roleName: string; error: Error }> = []
  const failOnce = (operation: IamOperation, roleName: string, error: Error): void => {
    faults.push({ operation, roleName, error })
  }
  const stored = (roleName: string | undefined, operation: IamOperation) => {
    const index = faults.findIndex((fault) => fault.operation === operation && fault.roleName === roleName)
    if (index >= 0) throw faults.splice(index, 1)[0]?.error
    const role = state.get(roleName ?? '')
    if (!role) throw noSuchEntity(roleName ?? '')
    return role
  }
  mock.on(GetRoleCommand).callsFake(async (input: GetRoleCommandInput) => {
    const role = stored(input.RoleName, 'GetRole')
    const path = role.path ?? '/'
    return {
      Role: {
        RoleName: input.RoleName,
        Path: path,
        Arn: `arn:aws:iam::${ACCOUNT}:role${path}${input.RoleName}`,
        RoleId: 'AROAEXAMPLEID',
        CreateDate: new Date('2024-01-01T00:00:00Z'),
        AssumeRolePolicyDocument: rfc3986(role.json),
        Tags: Object.entries(role.tags).map(([Key, Value]) => ({ Key, Value }))
      }
    }
  })
  mock.on(UpdateAssumeRolePolicyCommand).callsFake(async (input: UpdateAssumeRolePolicyCommandInput) => {
    stored(input.RoleName, 'UpdateAssumeRolePolicy').json = input.PolicyDocument ?? ''
    return {}
  })
  mock.on(TagRoleCommand).callsFake(async (input: TagRoleCommandInput) => {
    const role = stored(input.RoleName, 'TagRole')
    for (const tag of input.Tags ?? []) role.tags[tag.Key ?? ''] = tag.Value ?? ''
    return {}
  })
  mock.on(UntagRoleCommand).callsFake(async (input: UntagRoleCommandInput) => {
    const role = stored(input.RoleName, 'UntagRole')
    for (const key of input.TagKeys ?? []) delete role.tags[key]
    return {}
  })
  /** What IAM shows from now on, as if someone (or propagation) changed the role. */
  const setPolicy = (roleName: string, json: string): void => {
    const role = state.get(roleName)
    if (!role) throw new Error(`no role ${roleName} in the fake IAM`)
    role.json = json
  }
  return { iam, mock, state, failOnce, setPolicy }
}

/** The role names of the calls of one command, in the order they were sent. */
export function roleNamesOf(
  mock: ReturnType<typeof fakeIam>['mock'],
  command: Parameters<ReturnType<typeof fakeIam>['mock']['commandCalls']>[0]
): string[] {
  return mock
    .commandCalls(command)
    .map((call) => (call.args[0].input as { RoleName?: string }).RoleName ?? '')
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

const journalDirectories: string[] = []
// Registered in every test file that imports these fixtures: its journals go when it ends.
afterAll(() => {
  for (const directory of journalDirectories.splice(0)) rmSync(directory, { recursive: true, force: true })
})

/** A fresh path for a write journal, in a directory of its own, removed after the test file. */
export function journalFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'scv-journal-'))
  journalDirectories.push(directory)
  return join(directory, 'journal.json')
}
