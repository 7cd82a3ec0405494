/**
 * An independent IAM simulator (@cloud-copilot/iam-simulate) set up to evaluate a trust policy on
 * its own, and deterministic random trust policies and sts:AssumeRole requests to feed it.
 */
export { seededRandom } from '../../emulator/seeded-random.js'
import { runSimulation } from '@cloud-copilot/iam-simulate'
import type { PolicyDocument, PolicyStatement } from '../../src/policy/document.js'
import type { AssumeRoleRequest, Decision } from '../../src/policy/evaluate.js'

export const ROLE_ACCOUNT = '111122223333'
export const SALESFORCE = '793525387755'
export const OTHER = '444455556666'
/** An organization generated policies name, and requests sometimes come from. */
export const ORG = 'o-scvtest0001'

/**
 * The trust policy as the resource policy of a role in ROLE_ACCOUNT, called across accounts by a
 * principal whose identity policy allows everything, so the trust policy alone decides. iam-simulate
 * derives no context keys, so aws:PrincipalArn and aws:PrincipalAccount are given as AWS sets them.
 */
export async function simulate(doc: PolicyDocument, request: AssumeRoleRequest): Promise<Decision | string> {
  const context: Record<string, string | string[]> = { ...request.context }
  if (request.principal.type === 'AWS') {
    // A role session's path is not in its ARN: the request names it in aws:PrincipalArn when it has one.
    context['aws:PrincipalArn'] =
      request.context?.['aws:PrincipalArn'] ?? principalArnOf(request.principal.id)
    context['aws:PrincipalAccount'] = request.principal.id.split(':')[4] ?? ''
  }
  if (request.externalId !== undefined) context['sts:ExternalId'] = request.externalId
  const response = await runSimulation(
    {
      request: {
        principal: request.principal.id,
        action: request.action ?? 'sts:AssumeRole',
        resource: { resource: `arn:aws:iam::${ROLE_ACCOUNT}:role/SCVS3Role`, accountId: ROLE_ACCOUNT },
        contextVariables: context
      },
      identityPolicies: request.principal.type === 'AWS' ? [{ name: 'caller', policy: allowEverything }] : [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: doc
    },
    {}
  )
  if (response.resultType === 'error') return `error: ${JSON.stringify(response.errors)}`
  const decisions: Record<string, Decision> = {
    Allowed: 'allow',
    ImplicitlyDenied: 'implicit-deny',
    ExplicitlyDenied: 'explicit-deny'
  }
  return decisions[response.overallResult] ?? response.overallResult
}

const allowEverything = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

/** aws:PrincipalArn of a role session is its role (IAM user guide, global condition keys). */
export function principalArnOf(arn: string): string {
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(arn)
  return session ? `arn:${session[1]}:iam::${session[2]}:role/${session[3]}` : arn
}

export class Generator {
  constructor(readonly random: () => number) {}

  chance(probability: number): boolean {
    return this.random() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T
  }

  some<T>(items: readonly T[], max: number): T[] {
    const count = 1 + Math.floor(this.random() * max)
    return [...new Set(Array.from({ length: count }, () => this.pick(items)))]
  }
}

const AWS_PRINCIPALS = [
  `arn:aws:iam::${SALESFORCE}:root`,
  SALESFORCE,
  `arn:aws:iam::${SALESFORCE}:role/SCVRole`,
  `arn:aws:iam::${SALESFORCE}:role/service-role/SCVRole`,
  `arn:aws:iam::${OTHER}:root`,
  `arn:aws:iam::${OTHER}:user/alice`
]
const SERVICES = ['connect.amazonaws.com', 'lambda.amazonaws.com']
const ACTIONS = [
  'sts:AssumeRole',
  'sts:*',
  '*',
  'sts:Assume*',
  'STS:assumerole',
  'sts:AssumeRol?',
  'sts:TagSession',
  'sts:AssumeRoleWithWebIdentity'
]
const POLICY_IDS = ['ext-A1', 'ext-b2', 'EXT-A1', 'ext-*', 'ext-?1']
const REQUEST_IDS = ['ext-A1', 'ext-b2', 'EXT-A1', 'ext-x1', 'ext-11', 'other']
const STRING_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike'
]
const ARN_OPERATORS = ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike']
/** Wildcards in every ARN field, `?` runs, paths: the patterns that hide a Salesforce caller. */
const ARN_PATTERNS = [
  `arn:aws:iam::${SALESFORCE}:role/*`,
  'arn:aws:iam::*:role/SCV?ole',
  `arn:aws:iam::${OTHER}:user/alice`,
  `arn:aws:iam::${SALESFORCE}:role/SCVRole`,
  'arn:aws:iam::*:role/SCV*',
  'arn:aws:iam::????????????:role/*',
  'arn:*:iam::793525387*:*',
  'arn:aws:*::*:root',
  'arn:aws:iam:*:*:user/*',
  'arn:aws:iam::*:role/service-role/*'
]
/** Account patterns for aws:PrincipalAccount: literal, `?` runs and `*`. */
const ACCOUNT_PATTERNS = [SALESFORCE, OTHER, '7935253877??', '79352538775?', '4444*', '*']

type Condition = { operator: string; key: string; values: unknown }

export const REQUEST_PRINCIPALS: AssumeRoleRequest['principal'][] = [
  { type: 'AWS', id: `arn:aws:iam::${SALESFORCE}:role/SCVRole` },
  { type: 'AWS', id: `arn:aws:sts::${SALESFORCE}:assumed-role/SCVRole/voice-session` },
  { type: 'AWS', id: `arn:aws:iam::${SALESFORCE}:role/Other` },
  { type: 'AWS', id: `arn:aws:iam::${OTHER}:user/alice` },
  { type: 'AWS', id: `arn:aws:iam::${OTHER}:user/bob` },
  { type: 'Service', id: 'connect.amazonaws.com' },
  { type: 'Service', id: 'lambda.amazonaws.com' }
]

export function randomPolicy(g: Generator): PolicyDocument {
  const count = g.pick([1, 1, 2, 2, 3, 4])
  const statements = Array.from({ length: count }, () => {
    const shape = g.random()
    if (shape < 0.15) return pinningDeny(g)
    if (shape < 0.3) return narrowedWildcard(g)
    if (shape < 0.45) return salesforceAllow(g)
    return randomStatement(g)
  })
  return { Version: '2012-10-17', Statement: statements }
}

const SALESFORCE_PRINCIPALS = [
  `arn:aws:iam::${SALESFORCE}:root`,
  SALESFORCE,
  `arn:aws:iam::${SALESFORCE}:role/SCVRole`
]

/** The shape Salesforce's templates create, with or without an ID condition. */
function salesforceAllow(g: Generator): PolicyStatement {
  const statement: PolicyStatement = {
    Effect: 'Allow',
    Principal: { AWS: oneOrList(g, SALESFORCE_PRINCIPALS) },
    Action: g.pick(['sts:AssumeRole', ['sts:AssumeRole', 'sts:TagSession'], 'sts:*'])
  }
  if (g.chance(0.6)) {
    statement.Condition = {
      [g.pick(['StringEquals', 'StringEquals', 'StringEqualsIfExists', 'StringLike'])]: {
        'sts:ExternalId': oneOrList(g, POLICY_IDS)
      }
    }
  }
  return statement
}

/** A Deny that pins the accepted IDs: everyone (or Salesforce) without one of them is denied. */
function pinningDeny(g: Generator): PolicyStatement {
  const statement: PolicyStatement = {
    Effect: 'Deny',
    Principal: g.chance(0.5) ? { AWS: g.pick(SALESFORCE_PRINCIPALS) } : g.pick([{ AWS: '*' }, '*'] as const),
    Action: 'sts:AssumeRole',
    Condition: {
      [g.pick(['StringNotEquals', 'StringNotEquals', 'StringNotEqualsIfExists', 'StringNotLike'])]: {
        'sts:ExternalId': oneOrList(g, POLICY_IDS)
      }
    }
  }
  if (g.chance(0.25) && statement.Condition !== undefined) {
    ;(statement.Condition[g.pick(['StringEquals', 'StringLike'])] ??= {})['aws:PrincipalOrgID'] = g.pick([
      'o-customer1',
      ORG,
      'o-*'
    ])
  }
  if (g.chance(0.15)) statement.Condition = { Null: { 'sts:ExternalId': 'true' } }
  if (g.chance(0.2)) {
    delete statement.Principal
    statement.NotPrincipal = { AWS: g.pick(AWS_PRINCIPALS) }
  }
  return statement
}

/** `Principal: "*"` narrowed to accounts, ARNs or organizations by conditions. */
function narrowedWildcard(g: Generator): PolicyStatement {
  const narrowing = g.pick([
    () => ({ [g.pick(ARN_OPERATORS)]: { 'aws:PrincipalArn': oneOrList(g, ARN_PATTERNS) } }),
    () => ({ StringLike: { 'aws:PrincipalArn': oneOrList(g, ARN_PATTERNS) } }),
    () => ({
      [g.pick(['StringEquals', 'StringNotEquals', 'StringEqualsIfExists'])]: {
        'aws:PrincipalAccount': oneOrList(g, [SALESFORCE, OTHER])
      }
    }),
    () => ({
      [g.pick(['StringLike', 'StringNotLike'])]: { 'aws:PrincipalAccount': oneOrList(g, ACCOUNT_PATTERNS) }
    }),
    // A pattern that admits Salesforce, with a hole carved out by a negation.
    () => ({
      [g.pick(['ArnLike', 'StringLike'])]: { 'aws:PrincipalArn': g.pick(ARN_PATTERNS) },
      [g.pick(['ArnNotLike', 'StringNotLike'])]: { 'aws:PrincipalArn': g.pick(ARN_PATTERNS) }
    }),
    () => ({
      [g.pick(['StringEquals', 'StringLike', 'StringNotEquals'])]: {
        'aws:PrincipalOrgID': oneOrList(g, ['o-customer1', 'o-*', ORG])
      }
    })
  ])()
  const condition: Record<string, Record<string, string | string[]>> = narrowing
  if (g.chance(0.4)) {
    ;(condition[g.pick(['StringEquals', 'StringLike'])] ??= {})['sts:ExternalId'] = oneOrList(g, POLICY_IDS)
  }
  return {
    Effect: g.chance(0.85) ? 'Allow' : 'Deny',
    Principal: g.chance(0.5) ? '*' : { AWS: '*' },
    Action: g.pick(['sts:AssumeRole', 'sts:*']),
    Condition: condition
  }
}

function randomStatement(g: Generator): PolicyStatement {
  const effect = g.chance(0.75) ? 'Allow' : 'Deny'
  const statement: PolicyStatement = { Effect: effect }
  if (effect === 'Deny' && g.chance(0.2)) statement.NotPrincipal = randomPrincipalObject(g)
  else statement.Principal = g.chance(0.1) ? '*' : randomPrincipalObject(g)
  if (g.chance(0.1)) statement.NotAction = g.pick(['sts:TagSession', 'sts:AssumeRole', 'iam:*'])
  else statement.Action = g.chance(0.7) ? g.pick(ACTIONS) : g.some(ACTIONS, 2)
  const conditions = Array.from({ length: g.pick([0, 1, 1, 2, 2, 3]) }, () => randomCondition(g))
  if (conditions.length > 0) {
    statement.Condition = {}
    for (const { operator, key, values } of conditions) {
      ;(statement.Condition[operator] ??= {})[key] = values as string
    }
  }
  return statement
}

function randomPrincipalObject(g: Generator): Record<string, string | string[]> {
  const principal: Record<string, string | string[]> = {}
  if (g.chance(0.85)) principal.AWS = g.chance(0.5) ? g.pick(AWS_PRINCIPALS) : g.some(AWS_PRINCIPALS, 3)
  if (g.chance(0.25) || principal.AWS === undefined) principal.Service = g.pick(SERVICES)
  return principal
}

function oneOrList<T>(g: Generator, items: readonly T[]): T | T[] {
  return g.chance(0.5) ? g.pick(items) : g.some(items, 2)
}

function randomCondition(g: Generator): Condition {
  const ifExists = (operator: string): string => (g.chance(0.2) ? `${operator}IfExists` : operator)
  switch (
    g.pick([
      'externalId',
      'externalId',
      'externalId',
      'set',
      'null',
      'bool',
      'arn',
      'tag',
      'numeric',
      'date',
      'ip'
    ])
  ) {
    case 'externalId':
      return {
        operator: ifExists(g.pick(STRING_OPERATORS)),
        key: 'sts:ExternalId',
        values: oneOrList(g, POLICY_IDS)
      }
    case 'set': {
      const set = g.pick(['ForAnyValue', 'ForAllValues'])
      const operator = `${set}:${g.pick(['StringEquals', 'StringLike', 'StringNotEquals', 'StringNotLike'])}`
      return g.chance(0.5)
        ? { operator, key: 'aws:TagKeys', values: oneOrList(g, ['team', 'env*', 'cost']) }
        : { operator, key: 'sts:ExternalId', values: oneOrList(g, POLICY_IDS) }
    }
    case 'null':
      return {
        operator: 'Null',
        key: g.pick(['sts:ExternalId', 'aws:PrincipalTag/team', 'aws:SourceIp']),
        values: g.pick(['true', 'false', true, false])
      }
    case 'bool':
      return {
        operator: ifExists('Bool'),
        key: 'aws:SecureTransport',
        values: g.pick(['true', 'false', true, 'TRUE'])
      }
    case 'arn':
      return {
        operator: ifExists(g.pick(ARN_OPERATORS)),
        key: 'aws:PrincipalArn',
        values: oneOrList(g, ARN_PATTERNS)
      }
    case 'tag':
      return {
        operator: ifExists(g.pick(STRING_OPERATORS)),
        key: g.pick(['aws:PrincipalTag/team', 'aws:principaltag/team']),
        values: oneOrList(g, ['voice', 'VOICE', 'vo*'])
      }
    case 'numeric':
      return {
        operator: ifExists(
          g.pick(['NumericLessThan', 'NumericGreaterThanEquals', 'NumericEquals', 'NumericNotEquals'])
        ),
        key: 'aws:MultiFactorAuthAge',
        values: g.pick(['3600', '100'])
      }
    case 'date':
      return {
        operator: ifExists(g.pick(['DateGreaterThan', 'DateLessThanEquals', 'DateNotEquals'])),
        key: 'aws:CurrentTime',
        values: g.pick(['2024-01-01T00:00:00Z', '2025-06-01T00:00:00Z'])
      }
    default:
      return {
        operator: ifExists(g.pick(['IpAddress', 'NotIpAddress'])),
        key: 'aws:SourceIp',
        // CIDR notation, as the IAM user guide asks: iam-simulate answers NotIpAddress with a bare
        // address and a request of the other IP version false, unlike its own CIDR branch.
        values: oneOrList(g, ['10.0.0.0/8', '192.168.0.1/32', '2001:db8::/32'])
      }
  }
}

export function randomRequest(g: Generator): AssumeRoleRequest {
  const principal = g.pick(REQUEST_PRINCIPALS)
  const action = g.chance(0.9) ? 'sts:AssumeRole' : 'sts:TagSession'
  const context: Record<string, string | string[]> = {}
  const maybe = (key: string, values: readonly (string | string[])[]): void => {
    if (g.chance(0.6)) context[key] = g.pick(values)
  }
  maybe('aws:SecureTransport', ['true', 'false'])
  maybe('aws:PrincipalTag/team', ['voice', 'ops', 'VOICE'])
  maybe('aws:TagKeys', [[], ['team'], ['team', 'envProd'], ['cost', 'other']])
  maybe('aws:MultiFactorAuthAge', ['100', '7200'])
  maybe('aws:CurrentTime', ['2025-06-01T00:00:00Z', '2023-03-01T12:00:00Z'])
  maybe('aws:SourceIp', ['10.1.2.3', '192.168.0.1', '2001:db8::1', '172.16.0.1'])
  maybe('aws:PrincipalOrgID', [ORG, 'o-customer1'])
  // STS takes an external ID only with AssumeRole itself.
  const externalId = action === 'sts:AssumeRole' && g.chance(0.75) ? g.pick(REQUEST_IDS) : undefined
  return { principal, action, context, ...(externalId === undefined ? {} : { externalId }) }
}
