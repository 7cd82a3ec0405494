/**
 * The hidden markers by which the action finds what it wrote on GitHub (the sticky pull-request
 * comment, the drift issue) again: one HTML comment per key of account, contact center type and call
 * centers. Pure.
 */

/** What a comment or an issue is kept for: one per account, contact center type and call-center set. */
export interface MarkerKey {
  accountId: string | null
  contactCenterType: string
  callCenters: readonly string[]
}

const MARKER_PREFIX = 'scv-external-id:'
const DRIFT_ISSUE_PREFIX = `${MARKER_PREFIX}drift-issue:`
const HTML_COMMENT = /<!--[\s\S]*?-->/g

/** `ACCOUNT/TYPE/CALLCENTERS`, the same for every marker of one key. */
function keyText(key: MarkerKey): string {
  // Encoding keeps separators and '-->' out of the parts, so distinct keys never produce overlapping markers.
  const callCenters = [...new Set(key.callCenters)].sort().map(encodeURIComponent).join(',')
  const account = key.accountId === null ? 'unknown-account' : encodeURIComponent(key.accountId)
  return `${account}/${encodeURIComponent(key.contactCenterType)}/${callCenters}`
}

/** The sticky pull-request comment's marker. */
export function commentMarker(key: MarkerKey): string {
  return `<!-- ${MARKER_PREFIX}${keyText(key)} -->`
}

/** The drift issue's marker: the comment's key, told apart so that neither is taken for the other. */
export function driftIssueMarker(key: MarkerKey): string {
  return `<!-- ${DRIFT_ISSUE_PREFIX}${keyText(key)} -->`
}

/** True when one of the body's HTML comments is exactly the marker (not merely contains it). */
export function carriesMarker(body: string, marker: string): boolean {
  const comments: string[] = body.match(HTML_COMMENT) ?? []
  return comments.includes(marker)
}

export function isSingleHtmlComment(marker: string): boolean {
  const comments = marker.match(HTML_COMMENT)
  return comments?.length === 1 && comments[0] === marker
}

/** The body with the marker first, unless it already carries it. */
export function withMarker(body: string, marker: string): string {
  if (!isSingleHtmlComment(marker)) {
    throw new TypeError('A marker must be one complete HTML comment (<!-- ... -->)')
  }
  return carriesMarker(body, marker) ? body : `${marker}\n${body}`
}
