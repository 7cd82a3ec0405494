/** Policy grammar lets one value stand where a list may: `"a"` and `["a"]` say the same. */
export type SingleOrList<T> = T | T[]

/** The shortest way to write `items`: one item alone, none or several as a list. */
export function singleOrList<T>(items: T[]): SingleOrList<T> {
  const [only, ...rest] = items
  return only !== undefined && rest.length === 0 ? only : items
}

/**
 * `items` written the way `like` was: a list stays a list, a single value stays single (its first
 * item; undefined when none is left), so an edited policy keeps the shape its author chose.
 */
export function inFormOf<T>(like: SingleOrList<T>, items: T[]): SingleOrList<T> | undefined {
  return Array.isArray(like) ? items : items[0]
}
