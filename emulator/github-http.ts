/** What the GitHub emulator's REST and GraphQL handlers share: replies, GitHub's error shapes, pages. */

export const DOCS = 'https://docs.github.com/rest'
export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`)
  }
}

/** Who a token acts as. */
export interface GitHubIdentity {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export function errorBody(status: number, message: string): Record<string, string> {
  return { message, documentation_url: DOCS, status: String(status) }
}

export function notFound(): Reply {
  return { status: 404, body: errorBody(404, 'Not Found') }
}

export function notAccessible(documentationUrl: string): Reply {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: documentationUrl,
      status: '403'
    }
  }
}

/** GitHub's 422 with one error of `resource`, e.g. a missing field or a label that exists. */
export function validationFailed(
  documentationUrl: string,
  error: { resource: string; code: string; field: string; message?: string }
): HttpError {
  return new HttpError({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [error],
      documentation_url: documentationUrl,
      status: '422'
    }
  })
}

/** One page of `all` as GitHub lists it: per_page (default 30, at most 100), page, and a Link header. */
export function listPage<T>(all: readonly T[], query: URLSearchParams, pageUrl: string): Reply {
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE)
  const page = positiveInt(query.get('page')) ?? 1
  const pageItems = all.slice((page - 1) * perPage, page * perPage)
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const link = linkHeader(pageUrl, query, page, lastPage)
  return { status: 200, body: pageItems, headers: link ? { link } : {} }
}

/** GitHub's pagination header: prev, next, last, first; omitted when everything fits on one page. */
function linkHeader(pageUrl: string, query: URLSearchParams, page: number, lastPage: number): string | null {
  if (lastPage <= 1) return null
  const urlOfPage = (n: number): string => {
    const params = new URLSearchParams(query)
    params.set('page', String(n))
    return `${pageUrl}?${params.toString()}`
  }
  const links: string[] = []
  if (page > 1) links.push(`<${urlOfPage(Math.min(page - 1, lastPage))}>; rel="prev"`)
  if (page < lastPage) {
    links.push(`<${urlOfPage(page + 1)}>; rel="next"`)
    links.push(`<${urlOfPage(lastPage)}>; rel="last"`)
  }
  if (page > 1) links.push(`<${urlOfPage(1)}>; rel="first"`)
  return links.join(', ')
}

export function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null
  const n = Number(value)
  return n >= 1 ? n : null
}

/** GitHub's timestamp format: ISO 8601 without milliseconds. */
export function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Owner and repository names are case-insensitive on GitHub. */
export function sameRepo(item: { owner: string; repo: string }, owner: string, repo: string): boolean {
  return item.owner.toLowerCase() === owner.toLowerCase() && item.repo.toLowerCase() === repo.toLowerCase()
}

/** The JSON object of a request body, or an empty one. */
export function fieldsOf(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? { ...payload } : {}
}
