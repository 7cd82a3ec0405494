/**
 * docs/iam/: the CloudFormation template and the Terraform configuration that set up the GitHub OIDC
 * provider and the automation roles. Each must be well formed and grant exactly the policies the
 * README's "Permissions" section shows.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import hcl from 'hcl2-parser'
import { parse, parseDocument, visit } from 'yaml'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const ACCOUNT = '123456789012'
const REPOSITORY = 'my-org/scv-config'
const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`

const readme = readFileSync('README.md', 'utf8')

/** The first ```json block after a README heading. */
function readmeJson(heading: string): JsonObject {
  const from = readme.indexOf(`${heading}\n`)
  expect(from).toBeGreaterThanOrEqual(0)
  const block = /```json\n([\s\S]*?)\n```/.exec(readme.slice(from))
  return JSON.parse(block?.[1] ?? 'null') as JsonObject
}
const permissions = readmeJson('### Permissions of the automation role')
const trust = readmeJson('### Trust policy of the automation role (GitHub OIDC)')
const statements = (policy: JsonObject) => policy.Statement as JsonObject[]
const readmeStatement = (sid: string) => statements(permissions).find((statement) => statement.Sid === sid)
const withSub = (policy: JsonObject, sub: Json): JsonObject => {
  const copy = structuredClone(policy)
  const condition = (statements(copy)[0]?.Condition as JsonObject).StringEquals as JsonObject
  condition['token.actions.githubusercontent.com:sub'] = sub
  return copy
}

/** IAM treats a one-element list and its element alike. */
function normalised(value: Json): Json {
  if (Array.isArray(value)) return value.length === 1 ? normalised(value[0] as Json) : value.map(normalised)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalised(inner)]))
  }
  return value
}

describe('the README policies', () => {
  it('are the ones this test compares against', () => {
    expect(readmeStatement('ScvTrustPolicies')).toBeDefined()
    expect(readmeStatement('OnlyForVerifyAssume')).toBeDefined()
    expect(JSON.stringify(trust)).toContain(PROVIDER_ARN)
    expect(JSON.stringify(trust)).toContain(`repo:${REPOSITORY}:environment:production`)
  })
})

// CloudFormation: a resolver of the intrinsic functions the template uses, for given parameters.
const NO_VALUE = Symbol('AWS::NoValue')
type Resolved = Json | typeof NO_VALUE

interface Template {
  Parameters: Record<string, { Type: string; Default?: string; AllowedValues?: string[] }>
  Conditions: Record<string, Json>
  Resources: Record<string, { Type: string; Condition?: string; Properties: JsonObject }>
  Outputs: Record<string, { Value: Json }>
}
const templateText = readFileSync('docs/iam/github-oidc-roles.cfn.yaml', 'utf8')
const template = parse(templateText) as Template

function resolver(parameters: Record<string, string>) {
  const values: Record<string, string> = {
    'AWS::AccountId': ACCOUNT,
    'AWS::Partition': 'aws',
    'AWS::Region': 'us-east-1',
    ...Object.fromEntries(
      Object.entries(template.Parameters).flatMap(([name, parameter]) =>
        parameter.Default === undefined ? [] : [[name, parameter.Default]]
      )
    ),
    ...parameters
  }
  const ref = (name: string): Resolved => {
    if (name === 'AWS::NoValue') return NO_VALUE
    if (name in values) return values[name] as string
    const resource = template.Resources[name]
    if (resource?.Type === 'AWS::IAM::OIDCProvider') return PROVIDER_ARN
    throw new Error(`Ref to unknown ${name}`)
  }
  const condition = (name: string): boolean => {
    const definition = template.Conditions[name]
    if (definition === undefined) throw new Error(`unknown condition ${name}`)
    return resolve(definition) === true
  }
  const resolve = (node: Json): Resolved => {
    if (Array.isArray(node)) {
      return node.map(resolve).filter((item): item is Json => item !== NO_VALUE)
    }
    if (node === null || typeof node !== 'object') return node
    const [key, argument] = Object.entries(node)[0] ?? []
    if (Object.keys(node).length === 1 && argument !== undefined) {
      if (key === 'Ref') return ref(argument as string)
      if (key === 'Condition') return condition(argument as string)
      if (key === 'Fn::Equals') {
        const [left, right] = argument as Json[]
        return resolve(left as Json) === resolve(right as Json)
      }
      if (key === 'Fn::Not') return resolve((argument as Json[])[0] as Json) !== true
      if (key === 'Fn::If') {
        const [name, whenTrue, whenFalse] = argument as [string, Json, Json]
        return resolve(condition(name) ? whenTrue : whenFalse)
      }
      if (key === 'Fn::Sub') {
        return (argument as string).replace(/\$\{([\w:]+)\}/g, (_, name: string) => {
          const value = ref(name)
          if (typeof value !== 'string') throw new Error(`Fn::Sub of ${name}`)
          return value
        })
      }
      if (key === 'Fn::GetAtt') {
        const [name, attribute] = argument as [string, string]
        if (!(name in template.Resources)) throw new Error(`GetAtt of unknown ${name}`)
        return `${name}.${attribute}`
      }
      if (key?.startsWith('Fn::')) throw new Error(`unsupported ${key}`)
    }
    const entries = Object.entries(node).map(([name, value]) => [name, resolve(value)] as const)
    return Object.fromEntries(entries.filter(([, value]) => value !== NO_VALUE)) as Json
  }
  return { resolve, condition }
}

function cfnRole(name: string, parameters: Record<string, string> = {}) {
  const { resolve } = resolver({ Repository: REPOSITORY, ...parameters })
  const properties = resolve(template.Resources[name]?.Properties as Json) as JsonObject
  const policies = properties.Policies as Array<{ PolicyDocument: JsonObject }>
  return { trust: properties.AssumeRolePolicyDocument as JsonObject, policy: policies[0]?.PolicyDocument }
}

describe('CloudFormation template (docs/iam/github-oidc-roles.cfn.yaml)', () => {
  it('is a template CloudFormation accepts: known types, no YAML aliases, every reference defined', () => {
    expect(template).toMatchObject({ AWSTemplateFormatVersion: '2010-09-09' })
    const types = Object.values(template.Resources).map((resource) => resource.Type)
    expect(types.sort()).toEqual(['AWS::IAM::OIDCProvider', 'AWS::IAM::Role', 'AWS::IAM::Role'])
    let aliases = 0
    visit(parseDocument(templateText), { Alias: () => void aliases++ })
    expect(aliases).toBe(0)
    for (const parameter of Object.values(template.Parameters)) expect(parameter.Type).toBe('String')
    for (const condition of Object.keys(template.Conditions)) {
      expect(typeof resolver({ Repository: REPOSITORY }).condition(condition)).toBe('boolean')
    }
    // Every Ref, Fn::Sub variable, Fn::GetAtt and Condition resolves, for every combination of switches.
    for (const create of ['true', 'false']) {
      for (const verify of ['true', 'false']) {
        const { resolve } = resolver({
          Repository: REPOSITORY,
          CreateOidcProvider: create,
          AllowVerifyAssume: verify
        })
        const resolved = JSON.stringify(resolve(template as unknown as Json))
        expect(resolved).not.toMatch(/"(Ref|Fn::[A-Za-z]+)"|\$\{/)
      }
    }
  })

  it('gives the apply role the README permissions policy and trust policy', () => {
    for (const create of ['true', 'false']) {
      const role = cfnRole('ScvExternalIdApplyRole', { CreateOidcProvider: create })
      expect(normalised(role.policy as Json)).toEqual(normalised(permissions))
      expect(normalised(role.trust)).toEqual(normalised(trust))
    }
  })

  it('leaves out the sts:AssumeRole statement when verify: assume is not allowed', () => {
    const role = cfnRole('ScvExternalIdApplyRole', { AllowVerifyAssume: 'false' })
    expect(normalised(statements(role.policy as JsonObject) as Json)).toEqual(
      normalised([readmeStatement('ScvTrustPolicies') as Json, readmeStatement('OnlyForAudit') as Json])
    )
  })

  it('gives the plan role iam:GetRole on the same roles and the audit, trusted from pull requests and the default branch', () => {
    const role = cfnRole('ScvExternalIdPlanRole')
    const readable = {
      ...(readmeStatement('ScvTrustPolicies') as JsonObject),
      Sid: 'ScvTrustPoliciesRead',
      Action: 'iam:GetRole'
    }
    expect(normalised(statements(role.policy as JsonObject) as Json)).toEqual(
      normalised([readable, readmeStatement('OnlyForAudit') as Json])
    )
    expect(normalised(role.trust)).toEqual(
      normalised(
        withSub(trust, [`repo:${REPOSITORY}:pull_request`, `repo:${REPOSITORY}:ref:refs/heads/main`])
      )
    )
  })

  it('names the roles the documented workflows assume', () => {
    const names = Object.values(template.Resources).map((resource) => resource.Properties.RoleName)
    const workflows = ['pr-gate.yml', 'drift-check.yml', 'rotation.yml']
      .map((name) => readFileSync(`docs/workflows/${name}`, 'utf8'))
      .join('\n')
    for (const name of names.filter((name) => name !== undefined))
      expect(workflows).toContain(`:role/${name}`)
  })
})

// Terraform: parsed by HashiCorp's HCL parser; the aws_iam_policy_document blocks turned into JSON.
interface HclStatement {
  sid?: string
  effect: string
  actions: string[]
  resources?: string[]
  principals?: Array<{ type: string; identifiers: string[] }>
  condition?: Array<{ test: string; variable: string; values: string[] }>
}
interface HclPolicyDocument {
  statement?: HclStatement[]
  dynamic?: { statement: Array<{ for_each: string; content: HclStatement[] }> }
}
interface Hcl {
  variable: Record<string, unknown[]>
  locals: Array<Record<string, string>>
  data: { aws_iam_policy_document: Record<string, HclPolicyDocument[]> } & Record<string, unknown>
  resource: Record<string, Record<string, Array<Record<string, unknown>>>>
  output: Record<string, unknown[]>
}
const terraformText = readFileSync('docs/iam/github-oidc-roles.tf', 'utf8')
const [terraform, terraformError] = hcl.parseToObject(terraformText) as [Hcl | null, unknown]

/** Substitutes the template expressions with the values of a plan for ACCOUNT in the aws partition. */
function evaluated(text: string): string {
  const values: Record<string, string> = {
    'data.aws_partition.current.partition': 'aws',
    'data.aws_caller_identity.current.account_id': ACCOUNT,
    'var.repository': REPOSITORY,
    'var.apply_environment': 'production',
    'var.default_branch': 'main'
  }
  for (const [name, value] of Object.entries(terraform?.locals[0] ?? {})) values[`local.${name}`] = value
  let result = text
  for (let round = 0; round < 5 && result.includes('${'); round++) {
    result = result.replace(/\$\{([\w.]+)\}/g, (whole, name: string) => values[name] ?? whole)
  }
  expect(result).not.toContain('${')
  return result
}

function policyJson(name: string, withDynamic = true): JsonObject {
  const document = terraform?.data.aws_iam_policy_document[name]?.[0]
  const hclStatements = [
    ...(document?.statement ?? []),
    ...(withDynamic ? (document?.dynamic?.statement ?? []).flatMap((block) => block.content) : [])
  ]
  return {
    Version: '2012-10-17',
    Statement: hclStatements.map((statement) => {
      const json: JsonObject = {}
      if (statement.sid !== undefined) json.Sid = statement.sid
      json.Effect = statement.effect
      if (statement.principals) {
        json.Principal = Object.fromEntries(
          statement.principals.map((principal) => [principal.type, principal.identifiers.map(evaluated)])
        )
      }
      json.Action = statement.actions
      if (statement.resources) json.Resource = statement.resources.map(evaluated)
      if (statement.condition) {
        const condition: Record<string, JsonObject> = {}
        for (const { test, variable, values } of statement.condition) {
          condition[test] = { ...condition[test], [variable]: values.map(evaluated) }
        }
        json.Condition = condition
      }
      return json
    })
  }
}

describe('Terraform configuration (docs/iam/github-oidc-roles.tf)', () => {
  it('parses as HCL and every variable, local and data reference is defined', () => {
    expect(terraformError).toBeNull()
    expect(terraform).not.toBeNull()
    for (const [, kind, name] of terraformText.matchAll(/\b(var|local)\.(\w+)/g)) {
      if (kind === 'var') expect(Object.keys(terraform?.variable ?? {})).toContain(name)
      else expect(Object.keys(terraform?.locals[0] ?? {})).toContain(name)
    }
    for (const [, name] of terraformText.matchAll(/data\.aws_iam_policy_document\.(\w+)\.json/g)) {
      expect(Object.keys(terraform?.data.aws_iam_policy_document ?? {})).toContain(name)
    }
    for (const [, type, name] of terraformText.matchAll(
      /\b(aws_iam_role|aws_iam_openid_connect_provider)\.(\w+)/g
    )) {
      expect(Object.keys(terraform?.resource[type as string] ?? {})).toContain(name)
    }
    expect(Object.keys(terraform?.resource ?? {}).sort()).toEqual([
      'aws_iam_openid_connect_provider',
      'aws_iam_role',
      'aws_iam_role_policy'
    ])
  })

  it('gives the apply role the README permissions policy and trust policy', () => {
    expect(normalised(policyJson('apply'))).toEqual(normalised(permissions))
    expect(normalised(policyJson('apply_trust'))).toEqual(normalised(trust))
    expect(normalised(policyJson('apply', false))).toEqual(
      normalised({
        Version: '2012-10-17',
        Statement: [readmeStatement('ScvTrustPolicies') as Json, readmeStatement('OnlyForAudit') as Json]
      })
    )
  })

  it('gives the plan role the same as the CloudFormation template', () => {
    const cfn = cfnRole('ScvExternalIdPlanRole')
    expect(normalised(policyJson('plan'))).toEqual(normalised(cfn.policy as Json))
    expect(normalised(policyJson('plan_trust'))).toEqual(normalised(cfn.trust))
  })

  it('names the same roles as the CloudFormation template', () => {
    const roles = terraform?.resource.aws_iam_role ?? {}
    const names = Object.values(roles).map((blocks) => blocks[0]?.name)
    const cfnNames = Object.values(template.Resources).flatMap(
      (resource) => resource.Properties.RoleName ?? []
    )
    expect(names.sort()).toEqual([...cfnNames].sort())
  })
})
