import { AwsError, constraintError, validationError } from './errors.js'
import { callerOf, type ActionHandler, type RequestContext } from './handler.js'
import { acceptTrustPolicy } from './policy-grammar.js'
import { encodeRfc3986, isoSeconds, type QueryParams, type XmlValue } from './query.js'
import type { Role } from './state.js'

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/'
export const IAM_VERSION = '2010-05-08'

const MAX_TAGS_PER_ROLE = 50

export function validateRoleName(name: string): string {
  if (!/^[\w+=,.@-]{1,64}$/.test(name)) {
    throw constraintError('roleName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+')
  }
  return name
}

const roleName = (params: QueryParams): string => validateRoleName(params.required('RoleName'))

export function validatePath(path: string): string {
  if (path.length > 512 || !/^\/(?:[\x21-\x7e]*\/)?$/.test(path)) {
    throw constraintError(
      'path',
      'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)'
    )
  }
  return path
}

/** IAM's Tag structure (API reference, "Tag"): the characters of keys and values. */
const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const TAG_PATTERN_TEXT = 'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'

export function validateTags(tags: [string, string][]): [string, string][] {
  for (const [key, value] of tags) {
    if (key.length < 1 || key.length > 128)
      throw constraintError('tags.member.key', 'Member must have length between 1 and 128')
    if (!TAG_PATTERN.test(key)) throw constraintError('tags.member.key', TAG_PATTERN_TEXT)
    if (value.length > 256)
      throw constraintError('tags.member.value', 'Member must have length less than or equal to 256')
    if (!TAG_PATTERN.test(value)) throw constraintError('tags.member.value', TAG_PATTERN_TEXT)
  }
  if (tags.length > MAX_TAGS_PER_ROLE) {
    throw constraintError('tags', `Member must have length less than or equal to ${MAX_TAGS_PER_ROLE}`)
  }
  return tags
}

function tagsParam(params: QueryParams): [string, string][] {
  return params.structList('Tags', ['Key', 'Value']).map((tag) => [tag.Key ?? '', tag.Value ?? ''])
}

const tagList = (tags: Map<string, string>): XmlValue => [...tags].map(([Key, Value]) => ({ Key, Value }))

/** A Role structure; the trust policy URL-encoded, as IAM returns every policy document. */
function roleXml(role: Role, document: string, withTags: boolean): XmlValue {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: isoSeconds(role.createDate),
    AssumeRolePolicyDocument: encodeRfc3986(document),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: withTags && role.tags.size > 0 ? tagList(role.tags) : undefined
  }
}

/** Markers are opaque to clients; this one names where the next page starts. */
const encodeMarker = (position: string): string => Buffer.from(position).toString('base64url')

function decodeMarker(params: QueryParams): string | undefined {
  const marker = params.get('Marker')
  if (marker === undefined) return undefined
  const position = Buffer.from(marker, 'base64url').toString('utf8')
  if (marker === '' || encodeMarker(position) !== marker) throw validationError('Invalid Marker.')
  return position
}

function maxItems(params: QueryParams): number {
  const value = params.integer('MaxItems', 100)
  if (value < 1 || value > 1000)
    throw constraintError('maxItems', 'Member must have value between 1 and 1000')
  return value
}

/** One page of `items` starting at the marker's position, with IsTruncated and the next Marker. */
function page<T>(
  items: T[],
  positionOf: (item: T) => string,
  params: QueryParams
): { items: T[]; marker?: string } {
  const start = decodeMarker(params)
  const remaining = start === undefined ? items : items.filter((item) => positionOf(item) >= start)
  const limit = maxItems(params)
  const next = remaining[limit]
  return {
    items: remaining.slice(0, limit),
    ...(next !== undefined ? { marker: encodeMarker(positionOf(next)) } : {})
  }
}

const account = (context: RequestContext): string => callerOf(context).accountId

const createRole: ActionHandler = (context) => {
  const { params, state } = context
  const name = roleName(params)
  const path = validatePath(params.get('Path') ?? '/')
  const document = acceptTrustPolicy(params.required('AssumeRolePolicyDocument'), state.policySizeQuota)
  const maxSessionDuration = params.integer('MaxSessionDuration', 3600)
  if (maxSessionDuration < 3600 || maxSessionDuration > 43200) {
    throw constraintError('maxSessionDuration', 'Member must have value between 3600 and 43200')
  }
  const description = params.get('Description')
  const role = state.addRole(
    account(context),
    {
      name,
      path,
      document,
      maxSessionDuration,
      tags: validateTags(tagsParam(params)),
      ...(description !== undefined ? { description } : {})
    },
    context.now
  )
  return { Role: roleXml(role, document, true) }
}

const getRole: ActionHandler = (context) => {
  const role = context.state.requireRole(account(context), roleName(context.params))
  const document = context.previousPolicy
    ? context.state.previousPolicy(role)
    : context.state.visiblePolicy(role, context.now)
  return { Role: roleXml(role, document, true) }
}

const updateAssumeRolePolicy: ActionHandler = (context) => {
  const { params, state } = context
  const role = state.requireRole(account(context), roleName(params))
  const document = acceptTrustPolicy(params.required('PolicyDocument'), state.policySizeQuota)
  state.updateTrustPolicy(role, document, context.now)
  return undefined
}

const listRoles: ActionHandler = (context) => {
  const prefix = context.params.get('PathPrefix') ?? '/'
  const roles = context.state.listRoles(account(context)).filter((role) => role.path.startsWith(prefix))
  const result = page(roles, (role) => role.name.toLowerCase(), context.params)
  return {
    Roles: result.items.map((role) => roleXml(role, context.state.visiblePolicy(role, context.now), false)),
    IsTruncated: result.marker !== undefined,
    Marker: result.marker
  }
}

const tagRole: ActionHandler = (context) => {
  const role = context.state.requireRole(account(context), roleName(context.params))
  const tags = validateTags(tagsParam(context.params))
  // AWS's own tags (aws:cloudformation:...) are set by AWS, never by TagRole.
  if (tags.some(([key]) => /^aws:/i.test(key))) {
    throw new AwsError('InvalidInput', 400, 'Tag keys starting with aws: are reserved for AWS use.')
  }
  const merged = new Map([...role.tags, ...tags])
  if (merged.size > MAX_TAGS_PER_ROLE) {
    throw new AwsError('LimitExceeded', 409, `The number of tags has reached the maximum limit.`)
  }
  role.tags = merged
  return undefined
}

const untagRole: ActionHandler = (context) => {
  const role = context.state.requireRole(account(context), roleName(context.params))
  for (const key of context.params.list('TagKeys')) role.tags.delete(key)
  return undefined
}

const listRoleTags: ActionHandler = (context) => {
  const role = context.state.requireRole(account(context), roleName(context.params))
  const tags = [...role.tags]
  const result = page(
    tags.map((tag, index) => ({ tag, position: String(index).padStart(4, '0') })),
    (item) => item.position,
    context.params
  )
  return {
    Tags: tagList(new Map(result.items.map((item) => item.tag))),
    IsTruncated: result.marker !== undefined,
    Marker: result.marker
  }
}

const deleteRole: ActionHandler = (context) => {
  context.state.removeRole(account(context), roleName(context.params))
  return undefined
}

export const IAM_ACTIONS: Record<string, ActionHandler> = {
  CreateRole: createRole,
  GetRole: getRole,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  ListRoles: listRoles,
  TagRole: tagRole,
  UntagRole: untagRole,
  ListRoleTags: listRoleTags,
  DeleteRole: deleteRole
}
