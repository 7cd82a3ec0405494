/**
 * Runs `task` over `items` with at most `limit` in flight; results keep the items' order.
 * Every task runs to completion even when one fails (so nothing is left half-observed);
 * the outcomes are returned as settled results.
 */
export async function mapSettledBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  // One iterator shared by the workers: each takes the next item as it becomes free.
  const queue = items.entries()
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) {
      try {
        results[index] = { status: 'fulfilled', value: await task(item, index) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
  return results
}

/** Like mapSettledBounded, but throws the first failure (in item order) once all tasks have settled. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const values: R[] = []
  for (const result of await mapSettledBounded(items, limit, task)) {
    if (result.status === 'rejected') throw result.reason
    values.push(result.value)
  }
  return values
}

/** IAM's control plane is rate limited per account; 8 in flight keeps far below it. */
export const AWS_CONCURRENCY = 8
