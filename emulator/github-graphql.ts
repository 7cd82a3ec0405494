/**
 * The GitHub emulator's GraphQL endpoint: every query is parsed and validated against GitHub's
 * published schema (@octokit/graphql-schema), as github.com does, then executed over the emulator's
 * state. Served: `viewer`, and a repository's `issueOrPullRequest`/`pullRequest`/`issue` with their
 * comments, and its `issues` (labels, states, filterBy, orderBy). A query github.com would refuse is
 * answered with GitHub's 200 and `errors`.
 */
import {
  buildClientSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'
import { readFile } from 'node:fs/promises'
import { fieldsOf, MAX_PER_PAGE, type GitHubIdentity, type Reply } from './github-http.js'
import type { StoredIssue } from './github-issues.js'

/** A comment as the GraphQL resolvers read it. */
export interface GraphqlComment {
  id: number
  body: string
  author: GitHubIdentity
  minimized: boolean
}

/** The emulator's state as GraphQL sees it. */
export interface GraphqlState {
  comments(owner: string, repo: string, issueNumber: number): GraphqlComment[]
  issues(owner: string, repo: string): StoredIssue[]
  issue(owner: string, repo: string, issueNumber: number): StoredIssue | undefined
  labelColor(owner: string, repo: string, name: string): string
}

type Args = Record<string, unknown>

let published: Promise<GraphQLSchema> | null = null

/**
 * @octokit/graphql-schema's introspection JSON. Read as a file: the package's entry also builds a
 * second schema for its own validate(), which would double the emulator's first answer.
 */
const SCHEMA_JSON = new URL('../node_modules/@octokit/graphql-schema/schema.json', import.meta.url)

/** GitHub's schema, built once, on the first query. */
export function githubSchema(): Promise<GraphQLSchema> {
  published ??= readFile(SCHEMA_JSON, 'utf8').then((text) => {
    // buildClientSchema checks the shape itself and says what is missing.
    const introspection: IntrospectionQuery = JSON.parse(text)
    return buildClientSchema(introspection)
  })
  return published
}

export async function answerGraphql(payload: unknown, viewer: GitHubIdentity, state: GraphqlState) {
  const request = graphqlRequest(payload)
  if (request === null) return graphqlErrors(['A query attribute must be specified and must be a string.'])
  const schema = await githubSchema()
  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (error) {
    return graphqlErrors([error instanceof GraphQLError ? error.message : String(error)])
  }
  const invalid = validate(schema, document)
  if (invalid.length > 0) return graphqlErrors(invalid.map((error) => error.message))
  const result = await execute({
    schema,
    document,
    rootValue: rootOf(viewer, state),
    variableValues: request.variables,
    ...(request.operationName === null ? {} : { operationName: request.operationName })
  })
  const errors = result.errors?.map((error) => ({ message: error.message, path: error.path }))
  return { status: 200, body: { data: result.data ?? null, ...(errors ? { errors } : {}) } } satisfies Reply
}

/** Every query is checked against the schema; an error is what GitHub returns for it. */
export async function graphqlQueryProblems(query: string): Promise<string[]> {
  const schema = await githubSchema()
  try {
    return validate(schema, parse(query)).map((error) => error.message)
  } catch (error) {
    return [error instanceof GraphQLError ? error.message : String(error)]
  }
}

function rootOf(viewer: GitHubIdentity, state: GraphqlState) {
  return {
    viewer: { __typename: 'User', login: viewer.login, databaseId: viewer.id },
    repository: (args: Args) => repositoryOf(String(args.owner), String(args.name), viewer, state)
  }
}

function repositoryOf(owner: string, repo: string, viewer: GitHubIdentity, state: GraphqlState) {
  const pullRequest = (issueNumber: number) => ({
    __typename: 'PullRequest',
    number: issueNumber,
    comments: (args: Args) => commentConnection(state.comments(owner, repo, issueNumber), args, viewer)
  })
  const issueNode = (issue: StoredIssue) => issueOf(issue, viewer, state)
  const numberOf = (args: Args) => Number(args.number)
  return {
    __typename: 'Repository',
    nameWithOwner: `${owner}/${repo}`,
    issueOrPullRequest: (args: Args) => {
      const issue = state.issue(owner, repo, numberOf(args))
      return issue ? issueNode(issue) : pullRequest(numberOf(args))
    },
    pullRequest: (args: Args) =>
      state.issue(owner, repo, numberOf(args)) ? null : pullRequest(numberOf(args)),
    issue: (args: Args) => {
      const issue = state.issue(owner, repo, numberOf(args))
      return issue ? issueNode(issue) : null
    },
    issues: (args: Args) =>
      connection(
        orderedIssues(filteredIssues(state.issues(owner, repo), args), args).map(issueNode),
        args,
        'issues'
      )
  }
}

function issueOf(issue: StoredIssue, viewer: GitHubIdentity, state: GraphqlState) {
  const { owner, repo } = issue
  return {
    __typename: 'Issue',
    id: `I_${Buffer.from(`Issue:${issue.id}`).toString('base64url')}`,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state.toUpperCase(),
    stateReason: issue.stateReason === null ? null : issue.stateReason.toUpperCase(),
    closed: issue.state === 'closed',
    url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: actor(issue.author),
    viewerDidAuthor: issue.author.login === viewer.login,
    labels: (args: Args) =>
      connection(
        issue.labels.map((name) => ({ name, color: state.labelColor(owner, repo, name) })),
        args,
        'labels'
      ),
    comments: (args: Args) => commentConnection(state.comments(owner, repo, issue.number), args, viewer)
  }
}

function commentConnection(comments: GraphqlComment[], args: Args, viewer: GitHubIdentity) {
  const nodes = comments.map((comment) => ({
    __typename: 'IssueComment',
    id: `IC_${Buffer.from(`IssueComment:${comment.id}`).toString('base64url')}`,
    databaseId: comment.id,
    body: comment.body,
    isMinimized: comment.minimized,
    minimizedReason: comment.minimized ? 'outdated' : null,
    viewerDidAuthor: comment.author.login === viewer.login,
    author: actor(comment.author)
  }))
  return connection(nodes, args, 'comments')
}

/** GraphQL names a bot without the "[bot]" suffix that REST shows. */
function actor(identity: GitHubIdentity) {
  return { __typename: identity.type, login: identity.login.replace(/\[bot\]$/, '') }
}

const upper = (values: unknown): string[] | null =>
  Array.isArray(values) ? values.map((value) => String(value).toUpperCase()) : null

/** `labels` matches an issue with any of them, as do `states`; `filterBy` narrows further. */
function filteredIssues(issues: StoredIssue[], args: Args): StoredIssue[] {
  const filterBy = fieldsOf(args.filterBy)
  const states = [upper(args.states), upper(filterBy.states)]
  const labelSets = [upper(args.labels), upper(filterBy.labels)]
  const createdBy = typeof filterBy.createdBy === 'string' ? filterBy.createdBy.toLowerCase() : null
  return issues.filter(
    (issue) =>
      states.every((set) => set === null || set.includes(issue.state.toUpperCase())) &&
      labelSets.every(
        (set) => set === null || issue.labels.some((label) => set.includes(label.toUpperCase()))
      ) &&
      (createdBy === null || issue.author.login.toLowerCase() === createdBy)
  )
}

/** orderBy { field: CREATED_AT | UPDATED_AT | COMMENTS, direction }; creation order without it. */
function orderedIssues(issues: StoredIssue[], args: Args): StoredIssue[] {
  const orderBy = fieldsOf(args.orderBy)
  const key = orderBy.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt'
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue[key].localeCompare(b.issue[key]) || a.index - b.index)
    .map(({ issue }) => issue)
  return orderBy.direction === 'DESC' ? sorted.reverse() : sorted
}

/** Forward pagination as GitHub does it: `first` (at most 100) is required, `after` a cursor. */
function connection<T>(all: T[], args: Args, name: string) {
  const first = typeof args.first === 'number' ? args.first : null
  if (first === null && typeof args.last !== 'number') {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    )
  }
  const count = first ?? Number(args.last)
  if (count > MAX_PER_PAGE || count < 0) {
    throw new GraphQLError(
      `Requesting ${count} records on the \`${name}\` connection exceeds the \`${first === null ? 'last' : 'first'}\` limit of ${MAX_PER_PAGE} records.`
    )
  }
  const start =
    typeof args.after === 'string' ? cursorOffset(args.after) : first === null ? all.length - count : 0
  const page = all.slice(Math.max(0, start), Math.max(0, start) + count)
  const end = Math.max(0, start) + page.length
  return {
    totalCount: all.length,
    nodes: page,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: page.length === 0 ? null : cursorOf(Math.max(0, start)),
      endCursor: page.length === 0 ? null : cursorOf(end)
    }
  }
}

const cursorOf = (offset: number): string => Buffer.from(`cursor:${offset}`).toString('base64url')

function cursorOffset(cursor: string): number {
  const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor.`)
  return Number(match[1])
}

interface GraphqlRequest {
  query: string
  variables: Record<string, unknown>
  operationName: string | null
}

function graphqlRequest(payload: unknown): GraphqlRequest | null {
  const { query, variables, operationName } = fieldsOf(payload)
  if (typeof query !== 'string') return null
  return {
    query,
    variables: fieldsOf(variables),
    operationName: typeof operationName === 'string' ? operationName : null
  }
}

/** GitHub answers a query it cannot run with 200 and an `errors` list. */
function graphqlErrors(messages: string[]): Reply {
  return { status: 200, body: { errors: messages.map((message) => ({ message })) } }
}
