/**
 * docs/iam/: the CloudFormation template and the Terraform configuration that set up the GitHub OIDC
 * provider and the automation roles. Each must be well formed, grant exactly the policies
 * docs/permissions.md shows, let in exactly this repository's jobs (legacy and immutable OIDC sub)
 * and create exactly the roles the shipped workflows assume.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import hcl from 'hcl2-parser'
import { parse, parseDocument, visit } from 'yaml'
import { parsePolicyDocument } from '../../src/policy/document.js'
import { evaluateTrustPolicy } from '../../src/policy/evaluate.js'
import { rolesAssumedByWorkflows } from './workflow-roles.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const ACCOUNT = '123456789012'
const OWNER = 'my-org'
const OWNER_ID = '123456'
const REPOSITORY_NAME = 'scv-config'
const REPOSITORY_ID = '456789'
const REPOSITORY = `${OWNER}/${REPOSITORY_NAME}`
const IMMUTABLE = `${OWNER}@${OWNER_ID}/${REPOSITORY_NAME}@${REPOSITORY_ID}`
const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`

const permissionsPage = readFileSync('docs/permissions.md', 'utf8')

/** The first ```json block after a heading of docs/permissions.md. */
function readmeJson(heading: string): JsonObject {
  const from = permissionsPage.indexOf(`${heading}\n`)
  expect(from).toBeGreaterThanOrEqual(0)
  const block = /```json\n([\s\S]*?)\n```/.exec(permissionsPage.slice(from))
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

type RepositoryField = 'owner' | 'ownerId' | 'name' | 'id'

/** The values a parameter (CloudFormation) or variable (Terraform) for the repository must take or refuse. */
function expectPatterns(accepts: (field: RepositoryField, value: string) => boolean): void {
  const cases: Array<[RepositoryField, string, boolean]> = [
    ['owner', 'my-org', true],
    ['owner', 'Octo-Org-2', true],
    ['owner', 'a', true],
    ['owner', 'my-org@123456', false],
    ['owner', 'my-org/scv-config', false],
    ['owner', 'my org', false],
    ['owner', '', false],
    ['ownerId', '123456', true],
    ['ownerId', '9', true],
    ['ownerId', '12a', false],
    ['ownerId', '-1', false],
    ['ownerId', '1@2', false],
    ['ownerId', '', false],
    ['name', 'scv-config', true],
    ['name', 'scv_config.v2', true],
    ['name', 'scv-config@456789', false],
    ['name', 'my-org/scv-config', false],
    ['name', '', false],
    ['id', '456789', true],
    ['id', '4567 89', false],
    ['id', '*', false],
    ['id', '', false]
  ]
  expect(cases.map(([field, value]) => [field, value, accepts(field, value)])).toEqual(cases)
}

describe('the documented policies (docs/permissions.md)', () => {
  it('are the ones this test compares against: both forms of sub for the apply environment', () => {
    expect(readmeStatement('ScvTrustPolicies')).toBeDefined()
    expect(readmeStatement('OnlyForVerifyAssume')).toBeDefined()
    expect(JSON.stringify(trust)).toContain(PROVIDER_ARN)
    expect(JSON.stringify(trust)).toContain(`repo:${REPOSITORY}:environment:production`)
    expect(JSON.stringify(trust)).toContain(`repo:${IMMUTABLE}:environment:production`)
  })
  it('tell how to find the owner and repository IDs', () => {
    expect(permissionsPage).toContain("gh api repos/my-org/scv-config --jq '.owner.id, .id'")
    expect(permissionsPage).toContain('`GET /repos/OWNER/REPO`')
  })
})

// CloudFormation: a resolver of the intrinsic functions the template uses, for given parameters.
const NO_VALUE = Symbol('AWS::NoValue')
type Resolved = Json | typeof NO_VALUE

interface Template {
  Parameters: Record<
    string,
    { Type: string; Default?: string; AllowedValues?: string[]; AllowedPattern?: string }
  >
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

const REPOSITORY_PARAMETERS = {
  Owner: OWNER,
  OwnerId: OWNER_ID,
  RepositoryName: REPOSITORY_NAME,
  RepositoryId: REPOSITORY_ID
}

function cfnRole(name: string, parameters: Record<string, string> = {}) {
  const { resolve } = resolver({ ...REPOSITORY_PARAMETERS, ...parameters })
  const properties = resolve(template.Resources[name]?.Properties as Json) as JsonObject
  const policies = properties.Policies as Array<{ PolicyDocument: JsonObject }>
  return { trust: properties.AssumeRolePolicyDocument as JsonObject, policy: policies[0]?.PolicyDocument }
}

describe('CloudFormation template (docs/iam/github-oidc-roles.cfn.yaml)', () => {
  it('is a template CloudFormation accepts: known types, no YAML aliases, every reference defined', () => {
    expect(template).toMatchObject({ AWSTemplateFormatVersion: '2010-09-09' })
    const types = Object.values(template.Resources).map((resource) => resource.Type)
    expect(types.sort()).toEqual([
      'AWS::IAM::OIDCProvider',
      'AWS::IAM::Role',
      'AWS::IAM::Role',
      'AWS::IAM::Role'
    ])
    let aliases = 0
    visit(parseDocument(templateText), { Alias: () => void aliases++ })
    expect(aliases).toBe(0)
    for (const parameter of Object.values(template.Parameters)) expect(parameter.Type).toBe('String')
    for (const condition of Object.keys(template.Conditions)) {
      expect(typeof resolver(REPOSITORY_PARAMETERS).condition(condition)).toBe('boolean')
    }
    // Every Ref, Fn::Sub variable, Fn::GetAtt and Condition resolves, for every combination of switches.
    for (const create of ['true', 'false']) {
      for (const verify of ['true', 'false']) {
        const { resolve } = resolver({
          ...REPOSITORY_PARAMETERS,
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

  it.each([
    ['ScvExternalIdPlanRole', 'pull_request'],
    ['ScvExternalIdCheckRole', 'ref:refs/heads/main']
  ])('gives %s iam:GetRole on the same roles and the audit, trusted from %s only', (name, context) => {
    const role = cfnRole(name)
    const readable = {
      ...(readmeStatement('ScvTrustPolicies') as JsonObject),
      Sid: 'ScvTrustPoliciesRead',
      Action: 'iam:GetRole'
    }
    expect(normalised(statements(role.policy as JsonObject) as Json)).toEqual(
      normalised([readable, readmeStatement('OnlyForAudit') as Json])
    )
    expect(normalised(role.trust)).toEqual(
      normalised(withSub(trust, [`repo:${REPOSITORY}:${context}`, `repo:${IMMUTABLE}:${context}`]))
    )
  })

  it('accepts with its AllowedPatterns only owner and repository names without @, and numeric IDs', () => {
    // CloudFormation matches an AllowedPattern against the whole value.
    const accepts = (name: string, value: string) =>
      new RegExp(`^(?:${template.Parameters[name]?.AllowedPattern ?? '(?!)'})$`).test(value)
    const names = { owner: 'Owner', ownerId: 'OwnerId', name: 'RepositoryName', id: 'RepositoryId' }
    expectPatterns((field, value) => accepts(names[field], value))
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
interface HclVariable {
  validation?: Array<{ condition: string }>
}
interface Hcl {
  variable: Record<string, HclVariable[]>
  locals: Array<Record<string, string>>
  data: { aws_iam_policy_document: Record<string, HclPolicyDocument[]> } & Record<string, unknown>
  resource: Record<string, Record<string, Array<Record<string, unknown>>>>
  output: Record<string, unknown[]>
}
const terraformText = readFileSync('docs/iam/github-oidc-roles.tf', 'utf8')
const [terraform, terraformError] = hcl.parseToObject(terraformText) as [Hcl | null, unknown]

const terraformVariable = (name: string) => terraform?.variable[name]?.[0]

/** Substitutes the template expressions with the values of a plan for ACCOUNT in the aws partition. */
function evaluated(text: string): string {
  const values: Record<string, string> = {
    'data.aws_partition.current.partition': 'aws',
    'data.aws_caller_identity.current.account_id': ACCOUNT,
    'var.owner': OWNER,
    'var.owner_id': OWNER_ID,
    'var.repository_name': REPOSITORY_NAME,
    'var.repository_id': REPOSITORY_ID,
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

  it.each([
    ['plan', 'ScvExternalIdPlanRole'],
    ['check', 'ScvExternalIdCheckRole']
  ])('gives the %s role the same as the CloudFormation template', (role, cfnName) => {
    const cfn = cfnRole(cfnName)
    expect(normalised(policyJson('read'))).toEqual(normalised(cfn.policy as Json))
    expect(normalised(policyJson(`${role}_trust`))).toEqual(normalised(cfn.trust))
    const resource = terraform?.resource.aws_iam_role?.[role]?.[0]
    expect(resource?.assume_role_policy).toBe(`\${data.aws_iam_policy_document.${role}_trust.json}`)
    const policy = terraform?.resource.aws_iam_role_policy?.[role]?.[0]
    expect(policy?.policy).toBe('${data.aws_iam_policy_document.read.json}')
  })

  it('accepts with its variable validations only owner and repository names without @, and numeric IDs', () => {
    const accepts = (name: string, value: string) => {
      const variable = terraformVariable(name)
      const pattern = /regex\("(.*)", var\.\w+\)/.exec(variable?.validation?.[0]?.condition ?? '')?.[1]
      return new RegExp((pattern ?? '(?!)').replace(/\\\\/g, '\\')).test(value)
    }
    const names = { owner: 'owner', ownerId: 'owner_id', name: 'repository_name', id: 'repository_id' }
    expectPatterns((field, value) => accepts(names[field], value))
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

// The trust policies as IAM would evaluate them (the action's own evaluator), for GitHub's tokens.
const SUB = 'token.actions.githubusercontent.com:sub'
const AUD = 'token.actions.githubusercontent.com:aud'

function decision(trustPolicy: Json, sub: string, aud = 'sts.amazonaws.com') {
  return evaluateTrustPolicy(parsePolicyDocument(JSON.stringify(trustPolicy)), {
    principal: { type: 'Federated', id: PROVIDER_ARN },
    action: 'sts:AssumeRoleWithWebIdentity',
    context: { [SUB]: sub, [AUD]: aud }
  })
}

const CONTEXTS = {
  plan: 'pull_request',
  check: 'ref:refs/heads/main',
  apply: 'environment:production'
} as const
type RoleKind = keyof typeof CONTEXTS

/** Repositories a token may name: this one (both forms) and look-alikes that must be refused. */
const THIS_REPOSITORY = [`repo:${REPOSITORY}`, `repo:${IMMUTABLE}`]
const OTHER_REPOSITORIES = [
  'repo:other-org/scv-config',
  'repo:my-org/other-repo',
  'repo:my-org/scv-config-fork',
  'repo:My-Org/scv-config',
  `repo:other-org@${OWNER_ID}/${REPOSITORY_NAME}@${REPOSITORY_ID}`,
  `repo:${OWNER}@654321/${REPOSITORY_NAME}@${REPOSITORY_ID}`,
  `repo:${OWNER}@${OWNER_ID}/${REPOSITORY_NAME}@987654`,
  `repo:${OWNER}@${OWNER_ID}/other-repo@${REPOSITORY_ID}`,
  `repo:${OWNER}@${REPOSITORY_ID}/${REPOSITORY_NAME}@${OWNER_ID}`,
  `repo:${OWNER}@${OWNER_ID}/${REPOSITORY_NAME}`,
  `repo:${OWNER}/${REPOSITORY_NAME}@${REPOSITORY_ID}`
]

function trustPolicies(): Array<[string, RoleKind, Json]> {
  return [
    ['CloudFormation', 'plan', cfnRole('ScvExternalIdPlanRole').trust],
    ['CloudFormation', 'check', cfnRole('ScvExternalIdCheckRole').trust],
    ['CloudFormation', 'apply', cfnRole('ScvExternalIdApplyRole').trust],
    ['Terraform', 'plan', policyJson('plan_trust')],
    ['Terraform', 'check', policyJson('check_trust')],
    ['Terraform', 'apply', policyJson('apply_trust')]
  ]
}

describe('trust policies of both templates against GitHub OIDC tokens', () => {
  it.each(trustPolicies())('%s %s role', (_, kind, trustPolicy) => {
    const answers = (repositories: string[], context: string) =>
      repositories.map((repository) => decision(trustPolicy, `${repository}:${context}`))
    expect(answers(THIS_REPOSITORY, CONTEXTS[kind])).toEqual(['allow', 'allow'])
    for (const [other, context] of Object.entries(CONTEXTS)) {
      if (other === kind) continue
      expect(answers(THIS_REPOSITORY, context)).toEqual(['implicit-deny', 'implicit-deny'])
    }
    for (const context of Object.values(CONTEXTS)) {
      expect(new Set(answers(OTHER_REPOSITORIES, context))).toEqual(new Set(['implicit-deny']))
    }
    const suffixed = THIS_REPOSITORY.map((repository) => `${repository}:${CONTEXTS[kind]}:x`)
    expect(suffixed.map((sub) => decision(trustPolicy, sub))).toEqual(['implicit-deny', 'implicit-deny'])
    expect(decision(trustPolicy, `repo:${IMMUTABLE}:${CONTEXTS[kind]}`, 'other-audience')).toBe(
      'implicit-deny'
    )
  })
})

describe('roles of the templates and roles of the shipped workflows', () => {
  const cfnNames = Object.values(template.Resources)
    .flatMap((resource) => resource.Properties.RoleName ?? [])
    .map(String)
    .sort()
  const terraformNames = Object.values(terraform?.resource.aws_iam_role ?? {})
    .map((blocks) => String(blocks[0]?.name))
    .sort()
  const used = rolesAssumedByWorkflows()

  it('every role a workflow assumes exists in both templates', () => {
    expect(used.size).toBeGreaterThan(0)
    for (const [role, files] of used) {
      expect({ role, files, cfn: cfnNames.includes(role), terraform: terraformNames.includes(role) }).toEqual(
        {
          role,
          files,
          cfn: true,
          terraform: true
        }
      )
    }
  })

  it('every role of either template is assumed by a workflow', () => {
    expect(cfnNames.filter((name) => !used.has(name))).toEqual([])
    expect(terraformNames.filter((name) => !used.has(name))).toEqual([])
    expect(cfnNames).toEqual(terraformNames)
  })
})
