import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { ClientRequest } from 'node:http'
import { InputError, parseSettings, runnerInput } from './inputs.js'
import { readRunContext, type RunContext } from './run-context.js'
import { connect, type CallerIdentity, type Connection } from '../aws/credentials.js'
import type { Settings } from '../domain/settings.js'

/** The run once its first AWS request is on its way, or the inputs it refused before any AWS call. */
export type Started =
  { settings: Settings; context: RunContext; connection: Promise<Connection> } | { refused: unknown }

export type { Connection } from '../aws/credentials.js'

/** Node's HTTP client announces each request it creates here (diagnostics_channel, stable since Node 20). */
const HTTP_REQUEST_START = 'http.client.request.start'

/**
 * inputs -> credentials, then src/main.ts for the rest. The first AWS request (sts:GetCallerIdentity)
 * needs only the inputs and STS, so it is sent with nothing else loaded: @actions/core (which loads
 * undici as it is imported) and the IAM/plan/report pipeline load while it is in flight. Compiling
 * them holds the event loop, so they start loading once the request is on the wire, not before.
 */
export async function run(): Promise<void> {
  const requestSent = nextRequestSent()
  const started = start()
  if ('connection' in started) await Promise.race([requestSent, started.connection.then(noop, noop)])
  const { main } = await import('../main.js')
  await main(started)
}

/** Resolves once the next HTTP request of the process has been flushed to its socket (or has failed). */
function nextRequestSent(): Promise<void> {
  return new Promise((resolve) => {
    const onStart = (message: unknown) => {
      const request =
        typeof message === 'object' && message !== null && 'request' in message ? message.request : null
      if (!(request instanceof ClientRequest)) return
      unsubscribe(HTTP_REQUEST_START, onStart)
      request.once('finish', () => resolve())
      request.once('close', () => resolve())
    }
    subscribe(HTTP_REQUEST_START, onStart)
  })
}

const noop = () => undefined

function start(): Started {
  try {
    const settings = parseSettings(runnerInput)
    const context = readRunContext(settings)
    const connection = connectAllowed(settings)
    // main awaits it once loaded: a failure that comes first is handled there, not unhandled.
    connection.catch(noop)
    return { settings, context, connection }
  } catch (refused) {
    return { refused }
  }
}

async function connectAllowed(settings: Settings): Promise<Connection> {
  const connection = await connect({
    region: settings.awsRegion,
    roleToAssume: settings.roleToAssume,
    audience: settings.audience,
    sessionName: settings.roleSessionName
  })
  refuseOtherAccounts(settings, connection.identity)
  return connection
}

function refuseOtherAccounts(settings: Settings, identity: CallerIdentity): void {
  if (settings.allowedAccountIds.length > 0 && !settings.allowedAccountIds.includes(identity.accountId)) {
    throw new InputError(
      'allowed-account-ids',
      `the credentials are for account ${identity.accountId}, which is not allowed (${settings.allowedAccountIds.join(', ')}). Nothing was read or changed.`
    )
  }
}
