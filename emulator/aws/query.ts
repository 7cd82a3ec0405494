import { AwsError } from './errors.js'

/** The parameters of an AWS Query request (form body or query string), by name. */
export class QueryParams {
  private readonly values: Map<string, string>

  constructor(encoded: string) {
    this.values = new Map(new URLSearchParams(encoded))
  }

  get(name: string): string | undefined {
    return this.values.get(name)
  }

  has(name: string): boolean {
    return this.values.has(name)
  }

  /** A parameter the action cannot do without; AWS answers ValidationError when it is missing. */
  required(name: string): string {
    const value = this.values.get(name)
    if (value === undefined) {
      const member = name.charAt(0).toLowerCase() + name.slice(1)
      throw new AwsError(
        'ValidationError',
        400,
        `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
      )
    }
    return value
  }

  /** An integer parameter, or `fallback` when it is absent. */
  integer(name: string, fallback: number): number {
    const value = this.values.get(name)
    if (value === undefined) return fallback
    if (!/^-?\d+$/.test(value))
      throw new AwsError('ValidationError', 400, `Invalid value for parameter ${name}`)
    return Number(value)
  }

  /** A list serialised the Query way: `Name.member.1`, `Name.member.2`, ... */
  list(name: string): string[] {
    const items: string[] = []
    for (let index = 1; this.values.has(`${name}.member.${index}`); index++) {
      items.push(this.values.get(`${name}.member.${index}`) ?? '')
    }
    return items
  }

  /** A list of structures: `Name.member.1.Field`, ... */
  structList(name: string, fields: readonly string[]): Record<string, string | undefined>[] {
    const items: Record<string, string | undefined>[] = []
    for (let index = 1; ; index++) {
      const prefix = `${name}.member.${index}.`
      if (!fields.some((field) => this.values.has(prefix + field))) return items
      items.push(Object.fromEntries(fields.map((field) => [field, this.values.get(prefix + field)])))
    }
  }
}

/** Values the renderer turns into XML: objects become elements, arrays become `<member>` lists. */
export type XmlValue =
  string | number | boolean | null | undefined | XmlValue[] | { [element: string]: XmlValue }

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Renders the content of an element; absent (null/undefined) members are left out, as AWS does. */
export function renderXml(value: XmlValue): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => `<member>${renderXml(item)}</member>`).join('')
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, child]) => child !== null && child !== undefined)
      .map(([name, child]) => `<${name}>${renderXml(child)}</${name}>`)
      .join('')
  }
  return escapeXml(String(value))
}

/** The envelope of a successful Query response; actions without output have no Result element. */
export function successXml(action: string, namespace: string, result: XmlValue, requestId: string): string {
  const body = result === undefined ? '' : `<${action}Result>${renderXml(result)}</${action}Result>`
  return (
    `<${action}Response xmlns="${namespace}">${body}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  )
}

export function errorXml(error: AwsError, namespace: string, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${error.type}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  )
}

/**
 * Percent-encoding as IAM applies it to policy documents: RFC 3986, everything but the unreserved
 * characters A-Z a-z 0-9 - _ . ~ (so unlike encodeURIComponent also ! ' ( ) *).
 */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** ISO 8601 in whole seconds, the way IAM and STS print timestamps. */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
