/**
 * IAM's wildcard matching: `*` matches any run of characters (also none), `?` exactly one,
 * and the pattern has to match the whole value.
 */
export function wildcardMatches(pattern: string, value: string, options: { ignoreCase: boolean }): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return options.ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  return wildcardRegExp(pattern, options.ignoreCase).test(value)
}

function wildcardRegExp(pattern: string, ignoreCase: boolean): RegExp {
  let source = ''
  for (const char of pattern) {
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
  }
  // `s`: values may contain newlines, which `*` must cross as well.
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')
}
