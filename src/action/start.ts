import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { ClientRequest } from 'node:http'
import { InputError, parseSettings, runnerInput } from './inputs.js'
import { readRunContext } from './run-context.js'
import { explainRefusal } from './secretless-event.js'
import type { Started, StartedRun } from './started.js'
import { AWS_CONCURRENCY } from '../aws/bounded.js'
import { warmConnections } from '../aws/clients.js'
import { connect, type CallerIdentity, type Connection } from '../aws/credentials.js'
import type { Settings } from '../domain/settings.js'

/** Before the code of the reads is loaded. */
type Connecting = Omit<StartedRun, 'reading'>

/** Node's HTTP client announces each request it creates here (diagnostics_channel, stable since Node 20). */
const HTTP_REQUEST_START = 'http.client.request.start'

/**
 * inputs -> credentials -> reads, then src/main.ts for the rest. Each step loads only what its
 * requests need and sends them before anything else loads, because compiling code holds the event
 * loop (a request whose answer arrives meanwhile waits for it): the first request (the OIDC token,
 * or sts:GetCallerIdentity) goes out with just the inputs and STS loaded; then IAM's connections
 * open and the IAM reads load while STS answers, and the reads go out as soon as the account is
 * checked; @actions/core (which loads undici as it is imported) and the plan/write/report pipeline
 * load last, once the reads are on the wire.
 */
export async function run(): Promise<void> {
  const firstRequestSent = requestsSent(1)
  const started = start()
  if ('refused' in started) return runMain(started)
  await Promise.race([firstRequestSent, settled(started.connection)])
  // As many as the first reads use; opening one sends no IAM request, so none precedes the account check.
  const readWave = firstReadWave(started.settings)
  const iamConnections = warmConnections('IAM', started.settings.awsRegion, readWave)
  const { readAccount } = await import('./read-account.js')
  // Counted from the connection on: registered before readAccount, so it listens before the reads go.
  // Without a connection there are no reads to wait for: main reports why at once.
  const readsSent = started.connection.then(
    () => requestsSent(readWave).then(() => true),
    () => false
  )
  const reading = readAccount(started.settings, started.connection, iamConnections)
  // main awaits it once loaded: a failure that comes first is handled there, not unhandled.
  reading.catch(noop)
  const sent = await Promise.race([readsSent, settled(reading).then(() => false)])
  // The account is checked and the reads are on their way: the writes' extra connections open while
  // they wait. The writes can count on the GetRoles' connections, not on ListRoles' (the audit may page on).
  const getRoleWave = firstReadWave({ ...started.settings, audit: 'off' })
  if (sent) iamConnections?.open(firstWriteWave(started.settings) - getRoleWave)
  await runMain({ ...started, reading })
}

/** How many requests readAccount sends at once: a GetRole per role up to the bound, and ListRoles. */
export function firstReadWave(settings: { roles: readonly unknown[] } & Pick<Settings, 'audit'>): number {
  return Math.min(settings.roles.length, AWS_CONCURRENCY) + (settings.audit === 'off' ? 0 : 1)
}

/**
 * How many IAM requests the first writes send at once: a trust policy per role, up to the bound, in
 * the modes that write (none if nothing turns out to change). The tags follow the read-back on the
 * same connections.
 */
export function firstWriteWave(settings: { roles: readonly unknown[] } & Pick<Settings, 'mode'>): number {
  const writes = settings.mode === 'apply' || settings.mode === 'disable'
  return writes ? Math.min(settings.roles.length, AWS_CONCURRENCY) : 0
}

async function runMain(started: Started): Promise<void> {
  const { main } = await import('../main.js')
  await main(started)
}

const settled = (promise: Promise<unknown>) => promise.then(noop, noop)

/** Resolves once the next `count` HTTP requests of the process have been flushed to their sockets (or failed). */
function requestsSent(count: number): Promise<void> {
  if (count === 0) return Promise.resolve()
  return new Promise((resolve) => {
    let announced = 0
    let sent = 0
    const onStart = (message: unknown) => {
      const request =
        typeof message === 'object' && message !== null && 'request' in message ? message.request : null
      if (!(request instanceof ClientRequest)) return
      if (++announced === count) unsubscribe(HTTP_REQUEST_START, onStart)
      // 'close' ends a request that failed before it was flushed too: each request counts once.
      let counted = false
      const onSent = () => {
        if (counted) return
        counted = true
        if (++sent === count) resolve()
      }
      request.once('finish', onSent)
      request.once('close', onSent)
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
    return { refused: explainRefusal(refused, runnerInput) }
  }
}

async function connectAllowed(settings: Settings): Promise<Connection> {
  const connection = await connect(settings)
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
