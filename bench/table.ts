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
