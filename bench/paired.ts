/** Paired measurement: every subject once per round, in an order that rotates each round. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2
}

/** Round r starts with subject r mod n, so each subject goes first, second, ... equally often. */
export function rotatedOrder<T>(subjects: readonly T[], round: number): T[] {
  const shift = round % Math.max(1, subjects.length)
  return [...subjects.slice(shift), ...subjects.slice(0, shift)]
}

/**
 * Median of the per-round ratios a[i] / b[i]: load that slows one round slows both of its
 * measurements, so it cancels out of each ratio instead of moving one side's median.
 */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`paired series differ in length: ${a.length} vs ${b.length}`)
  return median(a.map((value, index) => value / (b[index] ?? NaN)))
}

/** Runs `measure` for every subject, `rounds` times, rotating the order; results per subject in round order. */
export async function pairedRounds<S, R>(
  subjects: readonly S[],
  rounds: number,
  measure: (subject: S, round: number) => Promise<R>
): Promise<Map<S, R[]>> {
  const results = new Map<S, R[]>(subjects.map((subject) => [subject, []]))
  for (let round = 0; round < rounds; round++) {
    for (const subject of rotatedOrder(subjects, round))
      results.get(subject)?.push(await measure(subject, round))
  }
  return results
}
