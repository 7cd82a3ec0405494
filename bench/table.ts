export interface Row {
  measurement: string
  value: string
  /** Empty when the measurement has no target (shown for information). */
  target: string
  /** null when there is no target to meet. */
  met: boolean | null
}

const HEADER = { measurement: 'measurement', value: 'value', target: 'target', met: 'met' }

/** Rows as aligned plain text: one line each, columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [HEADER, ...rows.map((row) => ({ ...row, met: metText(row.met) }))]
  const width = (key: keyof typeof HEADER) => Math.max(...cells.map((cell) => cell[key].length))
  const widths = { measurement: width('measurement'), value: width('value'), target: width('target') }
  const line = (cell: (typeof cells)[number]) =>
    [
      cell.measurement.padEnd(widths.measurement),
      cell.value.padStart(widths.value),
      cell.target.padEnd(widths.target),
      cell.met
    ]
      .join('  ')
      .trimEnd()
  const rule = '-'.repeat(widths.measurement + widths.value + widths.target + 3 * 2 + 'met'.length)
  return [line(cells[0] as (typeof cells)[number]), rule, ...cells.slice(1).map(line)].join('\n')
}

function metText(met: boolean | null): string {
  return met === null ? '' : met ? 'yes' : 'NO'
}

/** A plain grid: the first column left-aligned, the others right-aligned, a rule under the header. */
export function formatGrid(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)))
  const line = (row: readonly string[]) =>
    widths
      .map((width, column) =>
        column === 0 ? (row[0] ?? '').padEnd(width) : (row[column] ?? '').padStart(width)
      )
      .join('  ')
      .trimEnd()
  return [
    line(header),
    '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2)),
    ...rows.map(line)
  ].join('\n')
}
