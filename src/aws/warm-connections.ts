import { Agent as HttpAgent, type ClientRequestArgs } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { connect as connectTcp, isIP, type Socket } from 'node:net'
import { connect as connectTls } from 'node:tls'

/** A warm connection that has not been used by then is given up: the run has moved on. */
const IDLE_LIMIT_MS = 10_000

/**
 * Connections to one endpoint, opened (TCP, and TLS for https) before the requests that will use
 * them exist: while an earlier answer is awaited. Opening one sends nothing at the HTTP level. An
 * idle one holds no reference on the event loop, so leftovers never keep the process alive.
 */
export class WarmConnections {
  /** Each idle connection with the listener that drops it if it fails or lingers. */
  private readonly idle = new Map<Socket, () => void>()
  readonly host: string
  readonly port: number
  readonly secure: boolean

  constructor(endpoint: string) {
    const url = new URL(endpoint)
    this.secure = url.protocol === 'https:'
    // URL keeps an IPv6 literal's brackets; Node's request options name it without them.
    this.host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    this.port = Number(url.port) || (this.secure ? 443 : 80)
  }

  /** Starts opening `count` more connections. */
  open(count: number): this {
    for (let index = 0; index < count; index++) this.connect()
    return this
  }

  /** Connections opened and not yet handed out (still connecting or ready). */
  get available(): number {
    return this.idle.size
  }

  /** A warm connection for a request to `options`' host and port, or undefined (open a new one). */
  take(options: Pick<ClientRequestArgs, 'host' | 'hostname' | 'port'>): Socket | undefined {
    const host = options.host ?? options.hostname
    if (host !== this.host || Number(options.port ?? this.port) !== this.port) return undefined
    for (const [socket, forget] of this.idle) {
      this.idle.delete(socket)
      if (socket.destroyed || !socket.writable) continue
      socket.off('error', forget).off('close', forget).off('timeout', forget).setTimeout(0)
      return socket.ref()
    }
    return undefined
  }

  /** Closes the connections nobody took. */
  close(): void {
    for (const socket of this.idle.keys()) socket.destroy()
    this.idle.clear()
  }

  private connect(): void {
    const socket = this.secure
      ? connectTls({
          host: this.host,
          port: this.port,
          ...(isIP(this.host) === 0 ? { servername: this.host } : {})
        })
      : connectTcp({ host: this.host, port: this.port })
    const forget = () => {
      this.idle.delete(socket)
      socket.destroy()
    }
    // A connection that fails while idle is dropped: the request opens its own and reports any error.
    socket.on('error', forget).on('close', forget).on('timeout', forget).setTimeout(IDLE_LIMIT_MS)
    this.idle.set(socket, forget)
    socket.unref()
  }
}

/** Agents that hand out warm connections first, then open new ones as the SDK's default agents do. */
export function warmAgents(warm: WarmConnections): { httpAgent: HttpAgent; httpsAgent: HttpsAgent } {
  const httpsAgent = new HttpsAgent(AGENT_OPTIONS)
  handOutWarm(httpsAgent, warm, true)
  const httpAgent = new HttpAgent(AGENT_OPTIONS)
  handOutWarm(httpAgent, warm, false)
  return { httpAgent, httpsAgent }
}

/** The SDK's own agent settings (@smithy/node-http-handler). */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 }

/** The agent asks `warm` first whenever it needs a new connection (Agent#createConnection). */
function handOutWarm(agent: HttpAgent, warm: WarmConnections, secure: boolean): void {
  const open = agent.createConnection.bind(agent)
  agent.createConnection = (options, callback) =>
    (warm.secure === secure && warm.take(options)) || open(options, callback)
}
