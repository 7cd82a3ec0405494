/** The AWS error a call failed with, as the SDK reports it; fails when the call succeeds. */
export async function failure(
  call: Promise<unknown>
): Promise<{ code: string; status: number | undefined; message: string }> {
  try {
    await call
  } catch (error) {
    const e = error as {
      Code?: string
      name: string
      message: string
      $metadata?: { httpStatusCode?: number }
    }
    return { code: e.Code ?? e.name, status: e.$metadata?.httpStatusCode, message: e.message }
  }
  throw new Error('expected the call to fail')
}
