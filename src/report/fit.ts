/**
 * Fitting a report into a size limit, apart from what the report says: diffs are shortened or
 * dropped (largest first), then the last sections are left out, then the last rows of the tables,
 * then everything but what the fallback keeps. The report only has to grow with each part of the
 * layout; the result never exceeds the limit.
 */

/** A diff cut shorter than this is dropped instead: a stub helps no reviewer. */
const MIN_DIFF_LENGTH = 400
/** Room for the truncation note when a diff is shortened. */
const TRUNCATION_NOTE_ALLOWANCE = 160

/** What part of the prepared report goes in. */
export interface Layout {
  /** Characters kept of each role's diff. */
  diffLengths: number[]
  /** Roles whose details are shown. */
  sections: number
  /** Rows shown of the role table and of the drift table. */
  rows: number
}

/** A report that can be composed at any layout. */
export interface Fittable {
  /** The full diff of each section, in order. */
  diffs: readonly string[]
  /** Rows of the longest table. */
  rows: number
  compose(layout: Layout): string
  /** The smallest report, for a limit that not even no details and no rows meet. */
  fallback(limit: number): string
}

export function fitToLimit(content: Fittable, limit: number): string {
  const layout: Layout = {
    diffLengths: content.diffs.map((diff) => diff.length),
    sections: content.diffs.length,
    rows: content.rows
  }
  let body = content.compose(layout)
  while (body.length > limit && shortenLargestDiff(content.diffs, layout, body.length - limit)) {
    body = content.compose(layout)
  }
  if (body.length <= limit) return body

  // The table is the overview: the per-section details go before any of its rows do.
  layout.sections = mostThatFit(content, layout, 'sections', limit)
  body = content.compose(layout)
  if (body.length <= limit) return body

  layout.rows = mostThatFit(content, layout, 'rows', limit)
  body = content.compose(layout)
  if (body.length <= limit) return body

  return content.fallback(limit)
}

/**
 * Cuts the largest diff still shown, at a line end, by about `excess` characters, or drops it when
 * too little would remain. False when no diff is left to cut.
 */
function shortenLargestDiff(diffs: readonly string[], layout: Layout, excess: number): boolean {
  let largest = -1
  layout.diffLengths.forEach((length, index) => {
    if (length > 0 && (largest < 0 || length > (layout.diffLengths[largest] ?? 0))) largest = index
  })
  const diff = diffs[largest]
  if (diff === undefined) return false
  const current = layout.diffLengths[largest] ?? 0
  const target = current - excess - TRUNCATION_NOTE_ALLOWANCE
  layout.diffLengths[largest] = target >= MIN_DIFF_LENGTH ? Math.max(0, diff.lastIndexOf('\n', target)) : 0
  return true
}

/** The body grows with the count of sections or rows shown, so the largest that fits is found by bisection. */
function mostThatFit(content: Fittable, layout: Layout, part: 'sections' | 'rows', limit: number): number {
  let low = 0
  let high = layout[part]
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (content.compose({ ...layout, [part]: middle }).length <= limit) low = middle
    else high = middle - 1
  }
  return low
}
