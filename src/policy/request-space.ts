/**
 * Every sts:AssumeRole request a pair of trust policies can tell apart, as a finite product of
 * witnesses: the caller's ARN as aws:PrincipalArn sees it (its account, kind, path and name), the
 * session name, aws:PrincipalOrgID, sts:ExternalId and each other condition key, each absent or in
 * one of the regions the policies' languages cut its domain into (regions.ts). Two requests whose
 * values share every region are answered alike by both policies, so evaluating the witnesses
 * decides a question for all requests. Conditions outside the model (numeric, date and IP
 * operators, set operators on other keys, policy variables) become a key of their own, free to be
 * true or false: more requests than IAM can send, never fewer.
 */
import { parseArn, sessionRole } from './arn.js'
import {
  asList,
  statementsOf,
  type ConditionBlock,
  type PolicyDocument,
  type PolicyStatement
} from './document.js'
import { statementCoversAction, type RequestPrincipal } from './evaluate.js'
import {
  accountCallers,
  arnGlob,
  glob,
  literal,
  literalIgnoreCase,
  principalAccountIn,
  principalArnDomain,
  roleNamed,
  SESSION_NAME_DOMAIN,
  STRING_DOMAIN
} from './languages.js'
import { ACCOUNT_ID, accountOfRootPrincipal } from './arn.js'
import { regionWitnesses } from './regions.js'

const PRINCIPAL_ARN = 'aws:principalarn'
const PRINCIPAL_ACCOUNT = 'aws:principalaccount'
const EXTERNAL_ID = 'sts:externalid'
/** Keys with one value per request: set operators on them are exact on a witness. */
const SINGLE_VALUED = new Set([PRINCIPAL_ARN, PRINCIPAL_ACCOUNT, 'aws:principalorgid', EXTERNAL_ID])
/** Keys of the conditions outside the model: one per distinct condition, true ("1") or false (absent). */
const OPAQUE_PREFIX = 'scv:condition-'
/** More evaluations than this per document: refused rather than slow. */
export const MAX_REQUESTS = 60_000
const FIELD_CHAR = '[^:]'
/** ForAnyValue: and ForAllValues: (IAM spells the first in the singular). */
const SET_OPERATOR = /^for(anyvalue|allvalues):/

export interface Caller {
  principal: RequestPrincipal
  /** aws:PrincipalArn for AWS callers (a session's role with its path); empty otherwise. */
  context: Record<string, string>
  /** The caller's account; null for service and federated principals. */
  account: string | null
  /** For messages: the caller's ARN, or its principal. */
  label: string
}

export interface RequestSpace {
  /** The documents with every condition outside the model replaced by a key of its own. */
  before: PolicyDocument
  after: PolicyDocument
  callers: Caller[]
  /** The other keys' combinations (aws:PrincipalOrgID, other keys, modelled conditions). */
  contexts: Record<string, string>[]
  /** sts:ExternalId: undefined (absent) and one witness per region, the listed IDs among them. */
  externalIds: (string | undefined)[]
}

/**
 * The decision cannot be made: it would need more evaluations than MAX_REQUESTS, or a condition on
 * sts:ExternalId is outside the model (a free Boolean there would stand for an ID the question varies).
 */
export class UndecidableRequestSpaceError extends Error {
  override name = 'UndecidableRequestSpaceError'
}

interface Languages {
  principal: Set<string>
  session: Set<string>
  /** Other keys by lower-cased name (aws:PrincipalOrgID, sts:ExternalId...). */
  keys: Map<string, Set<string>>
  services: Set<string>
  federated: Set<string>
  opaque: Map<string, string>
}

/**
 * The request space of `before` and `after` (in `partition`), with `externalIds` (each its own
 * region) and the Salesforce accounts' callers told apart from everyone else's.
 */
export function requestSpace(
  documents: { before: PolicyDocument; after: PolicyDocument },
  options: { partition: string; salesforceAccountIds: readonly string[]; externalIds: readonly string[] }
): RequestSpace {
  const languages: Languages = {
    principal: new Set(
      options.salesforceAccountIds.map((account) => accountCallers(options.partition, account))
    ),
    session: new Set(),
    keys: new Map([[EXTERNAL_ID, new Set(options.externalIds.map(literal))]]),
    services: new Set(),
    federated: new Set(),
    opaque: new Map()
  }
  const before = modelled(documents.before, languages)
  const after = modelled(documents.after, languages)
  const contexts = keyCombinations(languages)
  const externalIds = [undefined, ...regionWitnesses(STRING_DOMAIN, languages.keys.get(EXTERNAL_ID) ?? [])]
  const callers = [...awsCallers(options.partition, languages), ...otherCallers(languages)]
  const requests = callers.length * contexts.length * externalIds.length
  if (requests > MAX_REQUESTS) {
    throw new UndecidableRequestSpaceError(`${requests} distinct requests, more than ${MAX_REQUESTS}`)
  }
  return { before, after, callers, contexts, externalIds }
}

/** The document with opaque conditions replaced, every language it uses recorded in `languages`. */
function modelled(document: PolicyDocument, languages: Languages): PolicyDocument {
  const statements = statementsOf(document).map((statement) => {
    if (!statementCoversAction(statement, 'sts:AssumeRole')) return statement
    for (const element of [statement.Principal, statement.NotPrincipal]) recordPrincipal(element, languages)
    return statement.Condition === undefined ? statement : withModelledConditions(statement, languages)
  })
  return { ...document, Statement: statements }
}

function recordPrincipal(element: PolicyStatement['Principal'], languages: Languages): void {
  if (element === undefined || element === '*') return
  for (const service of asList(element.Service)) languages.services.add(service)
  for (const provider of asList(element.Federated)) languages.federated.add(provider)
  for (const entry of asList(element.AWS)) {
    if (entry !== '*') principalEntryLanguages(entry, languages)
  }
}

/** What the evaluator's principal match tests of the caller, as languages over aws:PrincipalArn and the session name. */
function principalEntryLanguages(entry: string, languages: Languages): void {
  const account = accountOfRootPrincipal(entry)
  if (account !== null) {
    languages.principal.add(
      accountCallers(ACCOUNT_ID.test(entry) ? null : (parseArn(entry)?.partition ?? null), account)
    )
    return
  }
  const arn = parseArn(entry)
  const session = sessionRole(entry)
  if (arn !== null && session !== null) {
    languages.principal.add(roleNamed(arn.partition, arn.account, session.roleName))
    languages.session.add(
      literal(entry.slice(entry.indexOf(`/${session.roleName}/`) + session.roleName.length + 2))
    )
    return
  }
  if (arn?.service === 'iam' && arn.resource.startsWith('role/')) {
    languages.principal.add(roleNamed(arn.partition, arn.account, arn.resource.split('/').pop() ?? ''))
    return
  }
  languages.principal.add(literal(entry))
}

function withModelledConditions(statement: PolicyStatement, languages: Languages): PolicyStatement {
  const condition: ConditionBlock = {}
  const opaque: Record<string, string> = {}
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    for (const [key, values] of Object.entries(block)) {
      const strings = (Array.isArray(values) ? values : [values]).map((value) => String(value))
      if (recordCondition(operator, key.toLowerCase(), strings, languages)) {
        ;(condition[operator] ??= {})[key] = values
      } else if (
        key.toLowerCase() === EXTERNAL_ID ||
        strings.some((value) => /\$\{sts:externalid\}/i.test(value))
      ) {
        throw new UndecidableRequestSpaceError(`${operator} on ${key} is outside the model`)
      } else {
        opaque[opaqueKey(operator, key, strings, languages)] = '1'
      }
    }
  }
  if (Object.keys(opaque).length > 0) condition['StringEquals'] = { ...condition['StringEquals'], ...opaque }
  return { ...statement, Condition: condition }
}

function opaqueKey(operator: string, key: string, values: string[], languages: Languages): string {
  const signature = JSON.stringify([operator.toLowerCase(), key.toLowerCase(), [...values].sort()])
  let name = languages.opaque.get(signature)
  if (name === undefined) {
    name = `${OPAQUE_PREFIX}${languages.opaque.size + 1}`
    languages.opaque.set(signature, name)
  }
  return name
}

/** Records the languages of one condition; false when it is outside the model. */
function recordCondition(operator: string, key: string, values: string[], languages: Languages): boolean {
  let base = operator.toLowerCase()
  const set = SET_OPERATOR.test(base)
  base = base.replace(SET_OPERATOR, '').replace(/ifexists$/, '')
  if (set && !SINGLE_VALUED.has(key)) return false
  if (base === 'null') return !set && recordKey(key, [], languages)
  if (values.some((value) => value.includes('${'))) return false
  const built = values.map((value) => valueLanguage(base, key, value))
  if (built.some((language) => language === undefined)) return false
  return recordKey(
    key,
    built.filter((language): language is string => typeof language === 'string'),
    languages
  )
}

function recordKey(key: string, sources: string[], languages: Languages): boolean {
  if (key === PRINCIPAL_ARN || key === PRINCIPAL_ACCOUNT) {
    for (const source of sources) languages.principal.add(source)
    return true
  }
  const set = languages.keys.get(key) ?? new Set<string>()
  for (const source of sources) set.add(source)
  languages.keys.set(key, set)
  return true
}

/**
 * The language a value stands for under a base operator, over aws:PrincipalArn for the principal
 * keys: undefined outside the model, null for a value that matches nothing.
 */
function valueLanguage(base: string, key: string, value: string): string | null | undefined {
  const account = key === PRINCIPAL_ACCOUNT
  const over = (source: string | null): string | null =>
    source === null ? null : account ? principalAccountIn(source) : source
  if (base === 'stringequals' || base === 'stringnotequals') return over(literal(value))
  if (base === 'stringequalsignorecase' || base === 'stringnotequalsignorecase') {
    const source = literalIgnoreCase(value)
    return source === null ? undefined : over(source)
  }
  if (base === 'stringlike' || base === 'stringnotlike')
    return over(glob(value, account ? FIELD_CHAR : undefined))
  if (['arnequals', 'arnlike', 'arnnotequals', 'arnnotlike'].includes(base))
    return account ? null : arnGlob(value)
  if (base === 'bool') {
    const truth = value.toLowerCase()
    return account || (truth !== 'true' && truth !== 'false') ? null : literalIgnoreCase(truth)
  }
  return undefined
}

/** Every combination of the other keys: each absent or one witness per region. */
function keyCombinations(languages: Languages): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{}]
  const variables: Array<[string, string[]]> = [
    ...[...languages.keys]
      .filter(([key]) => key !== EXTERNAL_ID)
      .map(([key, sources]): [string, string[]] => [key, regionWitnesses(STRING_DOMAIN, sources)]),
    ...[...languages.opaque.values()].map((key): [string, string[]] => [key, ['1']])
  ]
  for (const [key, witnesses] of variables) {
    combinations = combinations.flatMap((context) => [
      context,
      ...witnesses.map((witness) => ({ ...context, [key]: witness }))
    ])
    if (combinations.length > MAX_REQUESTS)
      throw new UndecidableRequestSpaceError(`more than ${MAX_REQUESTS} contexts`)
  }
  return combinations
}

/** One caller per region of aws:PrincipalArn; a role's region once per region of the session name. */
function awsCallers(partition: string, languages: Languages): Caller[] {
  const sessions = regionWitnesses(SESSION_NAME_DOMAIN, languages.session)
  return regionWitnesses(principalArnDomain(partition), languages.principal).flatMap((arn) => {
    const parsed = parseArn(arn)
    const account = parsed?.account ?? null
    const context = { 'aws:PrincipalArn': arn }
    if (parsed === null || !parsed.resource.startsWith('role/')) {
      return [{ principal: { type: 'AWS' as const, id: arn }, context, account, label: arn }]
    }
    const roleName = parsed.resource.split('/').pop() ?? ''
    return sessions.map((session) => ({
      principal: {
        type: 'AWS' as const,
        id: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${session}`
      },
      context,
      account,
      label: sessions.length === 1 ? `a session of ${arn}` : `session ${session} of ${arn}`
    }))
  })
}

/** Each service and identity provider the policies name, and one they do not. */
function otherCallers(languages: Languages): Caller[] {
  const unnamed = (named: Set<string>, base: string): string => {
    let name = base
    while (named.has(name)) name = `x${name}`
    return name
  }
  const of = (type: 'Service' | 'Federated', named: Set<string>, base: string): Caller[] =>
    [...named, unnamed(named, base)].map((id) => ({
      principal: { type, id },
      context: {},
      account: null,
      label: `${type} ${id}`
    }))
  return [
    ...of('Service', languages.services, 'scv-unnamed.amazonaws.com'),
    ...of('Federated', languages.federated, 'scv-unnamed-provider')
  ]
}
