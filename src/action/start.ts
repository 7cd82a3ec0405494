import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { ClientRequest } from 'node:http'
import { InputError, parseSettings, runnerInput } from './inputs.js'
import { readRunContext, type RunContext } from './run-context.js'
import { connect, type CallerIdentity, type Connection } from '../aws/credentials.js'
import type { Settings } from '../domain/settings.js'
import type { AccountRead } from './read-account.js'

/** The run once its first AWS request is on its way, or the inputs it refused before any AWS call. */
export type Started = StartedRun | { refused: unknown }

interface StartedRun {
  settings: Settings
  context: RunContext
  connection: Promise<Connection>
  /** The roles and the audit, read as soon as the connection is made (src/action/read-account.ts). */
  reading: Promise<AccountRead>
}

/** Before the code of the reads is loaded. */
type Connecting = Omit<StartedRun, 'reading'>

export type { Connection } from '../aws/credentials.js'

/** Node's HTTP client announces each request it creates here (diagnostics_channel, stable since Node 20). */
const HTTP_REQUEST_START = 'http.client.request.start'

/**
 * inputs -> credentials -> reads, then src/main.ts for the rest. Each step loads only what its
 * requests need and sends them before anything else loads, because compiling code holds the event
 * loop: sts:GetCallerIdentity goes out with just the inputs and STS loaded; while it is in flight the
 * IAM client loads, so the reads go out as soon as STS answers; @actions/core (which loads undici as
 * it is imported) and the plan/write/report pipeline load last, while the reads are in flight.
 */
export async function run(): Promise<void> {
  const requestSent = nextRequestSent()
  const started = start()
  if ('connection' in started) await Promise.race([requestSent, settled(started.connection)])
  const connecting = 'connection' in started ? await readWhenConnected(started) : started
  const { main } = await import('../main.js')
  await main(connecting)
}

/** The reads, chained to the connection once the code that sends them is loaded. */
async function readWhenConnected(started: Connecting): Promise<StartedRun> {
  const { readAccount } = await import('./read-account.js')
  const reading = readAccount(started.settings, started.connection)
  // main awaits it once loaded: a failure that comes first is handled there, not unhandled.
  reading.catch(noop)
  return { ...started, reading }
}

const settled = (promise: Promise<unknown>) => promise.then(noop, noop)

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

function start(): Connecting | { refused: unknown } {
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
