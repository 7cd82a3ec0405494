import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { AwsError } from './errors.js'
import { encodeRfc3986 } from './query.js'

/** The parts of a `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header. */
export interface SigV4Authorization {
  accessKeyId: string
  date: string // yyyymmdd of the credential scope
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

export interface SignedRequest {
  method: string
  /** Path and query exactly as sent on the wire. */
  url: string
  headers: IncomingHttpHeaders
  body: string | Buffer
}

const ALGORITHM = 'AWS4-HMAC-SHA256'

/** null when the request carries no Authorization header at all. */
export function parseAuthorization(header: string | undefined): SigV4Authorization | null {
  if (header === undefined || header === '') return null
  const incomplete = new AwsError(
    'IncompleteSignature',
    400,
    `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.`
  )
  if (!header.startsWith(`${ALGORITHM} `)) throw incomplete
  const fields = new Map<string, string>()
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const separator = part.indexOf('=')
    if (separator > 0) fields.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim())
  }
  const credential = fields.get('Credential')?.split('/')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (
    !credential ||
    credential.length !== 5 ||
    credential[4] !== 'aws4_request' ||
    !signedHeaders ||
    !signature
  ) {
    throw incomplete
  }
  const [accessKeyId, date, region, service] = credential as [string, string, string, string, string]
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature }
}

/** Recomputes the signature with the key's secret and compares it in constant time. */
export function signatureMatches(
  request: SignedRequest,
  auth: SigV4Authorization,
  secretAccessKey: string
): boolean {
  const amzDate = headerValue(request.headers, 'x-amz-date')
  if (!amzDate.startsWith(auth.date)) return false
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest(request, auth))].join('\n')
  const key = signingKey(secretAccessKey, auth.date, auth.region, auth.service)
  const expected = Buffer.from(createHmac('sha256', key).update(stringToSign).digest('hex'))
  const given = Buffer.from(auth.signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest()
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), 'aws4_request')
}

function canonicalRequest(request: SignedRequest, auth: SigV4Authorization): string {
  const url = new URL(request.url, 'http://emulator')
  const headers = [...auth.signedHeaders].sort()
  const contentHash = headerValue(request.headers, 'x-amz-content-sha256')
  return [
    request.method.toUpperCase(),
    canonicalPath(url.pathname),
    canonicalQuery(url.searchParams),
    headers
      .map((name) => `${name}:${headerValue(request.headers, name).trim().replace(/\s+/g, ' ')}\n`)
      .join(''),
    headers.join(';'),
    contentHash === 'UNSIGNED-PAYLOAD' ? contentHash : sha256Hex(request.body)
  ].join('\n')
}

/** Services other than S3 sign the path encoded once more, segment by segment. */
function canonicalPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeRfc3986(segment))
    .join('/')
}

function canonicalQuery(query: URLSearchParams): string {
  return [...query]
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name]
  return Array.isArray(value) ? value.join(',') : (value ?? '')
}

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
