/**
 * `LABEL: value` lines, one Salesforce org per line: how `external-ids` and `expected-fingerprint`
 * name each org's value. Values may be secrets: no message here ever contains one.
 */

/** A label names a Salesforce org: short and safe to show anywhere (tags, comments, outputs). */
const LABEL_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/
/** Split at the first colon-space: no valid external ID or fingerprint contains one. */
const LABEL_SEPARATOR = ': '

interface LabelledValue {
  label: string
  value: string
}

/** A malformed line; the message names the line number (and the label when it is valid), never the value. */
export class LabelledLinesError extends Error {
  override name = 'LabelledLinesError'
}

const isSkipped = (line: string) => line === '' || line.startsWith('#')

/** Label and value of a trimmed line; a line ending in the bare colon has an empty value. */
function splitLine(line: string): LabelledValue | null {
  const at =
    line.endsWith(':') && !line.includes(LABEL_SEPARATOR) ? line.length - 1 : line.indexOf(LABEL_SEPARATOR)
  if (at < 0) return null
  return { label: line.slice(0, at), value: line.slice(at + 1).trim() }
}

/**
 * Parses one `LABEL: value` per line. Blank lines and `#` comments are skipped; labels must match
 * LABEL_PATTERN and be unique; a value must not be empty. Values are trimmed, not validated.
 */
export function parseLabelledLines(text: string): LabelledValue[] {
  const entries: LabelledValue[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (isSkipped(line)) return
    const where = `line ${index + 1}`
    const parts = splitLine(line)
    if (parts === null) {
      throw new LabelledLinesError(
        `${where} is not 'LABEL: value' (a label, a colon and a space, then the value).`
      )
    }
    const { label, value } = parts
    if (!LABEL_PATTERN.test(label)) {
      throw new LabelledLinesError(
        `${where}: the label must be 1 to 40 characters of letters, digits and _.- (before the first ': ').`
      )
    }
    if (value === '') throw new LabelledLinesError(`${where} (label ${label}) has no value after ': '.`)
    if (entries.some((entry) => entry.label === label)) {
      throw new LabelledLinesError(`${where}: the label ${label} is given twice.`)
    }
    entries.push({ label, value })
  })
  return entries
}

/**
 * Every value-like part of the text, however malformed the lines: what must be masked before the
 * text is parsed (and possibly refused) — the part after the first `: `, or the whole line.
 */
export function labelledValuesToMask(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .filter((line) => !isSkipped(line))
    .map((line) => splitLine(line)?.value ?? line)
    .filter((value) => value !== '')
}
