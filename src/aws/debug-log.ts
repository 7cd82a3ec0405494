import type { IAMClient } from '@aws-sdk/client-iam'
import type { STSClient } from '@aws-sdk/client-sts'
import type { InitializeMiddleware } from '@smithy/types'
import { log } from '../report/log.js'
import { errorCode } from './retry.js'

/**
 * One debug line per AWS call and one per answer, shown with ACTIONS_STEP_DEBUG. Only the
 * operation and the role it names: inputs carry policy documents, external IDs and OIDC tokens.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one middleware for every command's types
const debugLog: InitializeMiddleware<any, any> = (next, context) => async (args) => {
  const operation = `${context.clientName ?? 'AWS'} ${context.commandName ?? 'call'}`
  const role = roleOf(args.input)
  const label = role === null ? operation : `${operation} ${role}`
  const started = Date.now()
  log.debug(`AWS call: ${label}`)
  try {
    const output = await next(args)
    log.debug(`AWS answer: ${label}: ok in ${Date.now() - started} ms`)
    return output
  } catch (error) {
    log.debug(`AWS answer: ${label}: ${errorCode(error)} after ${Date.now() - started} ms`)
    throw error
  }
}

/** The role a call is about, by name or ARN; nothing else of the input. */
function roleOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null
  for (const key of ['RoleName', 'RoleArn']) {
    const value: unknown = Reflect.get(input, key)
    if (typeof value === 'string') return value
  }
  return null
}

/**
 * Only when the runner has debug logging on (RUNNER_DEBUG=1, what core.isDebug() reads): the lines
 * would be hidden otherwise.
 */
export function logCallsForDebug(
  clients: { iam: IAMClient; sts: STSClient },
  env: NodeJS.ProcessEnv = process.env
): void {
  if (env.RUNNER_DEBUG !== '1') return
  const options = { step: 'initialize', name: 'scvDebugLog' } as const
  clients.iam.middlewareStack.add(debugLog, options)
  clients.sts.middlewareStack.add(debugLog, options)
}
