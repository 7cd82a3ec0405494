import { connect as connectTcp, createServer as createTcpServer, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { generate } from 'selfsigned'

/** A certificate authority made for one run: its certificate is what a client passes as NODE_EXTRA_CA_CERTS. */
export interface TestAuthority {
  /** PEM certificate of the CA. */
  cert: string
  /** A server certificate for the loopback address `host`, signed by the CA. */
  serverCertificate(host: string): Promise<{ key: string; cert: string }>
}

const DAY_MS = 86_400_000

/** A fresh CA (EC P-256, valid for a day): nothing is stored, nothing is trusted beyond the run. */
export async function createTestAuthority(): Promise<TestAuthority> {
  const validity = {
    notBeforeDate: new Date(Date.now() - 60_000),
    notAfterDate: new Date(Date.now() + DAY_MS)
  }
  const ca = await generate([{ name: 'commonName', value: 'scv-external-id emulator test CA' }], {
    ...validity,
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
    ]
  })
  return {
    cert: ca.cert,
    async serverCertificate(host) {
      const leaf = await generate([{ name: 'commonName', value: host }], {
        ...validity,
        keyType: 'ec',
        algorithm: 'sha256',
        ca: { key: ca.private, cert: ca.cert },
        extensions: [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true },
          { name: 'extKeyUsage', serverAuth: true },
          { name: 'subjectAltName', altNames: [{ type: 7, ip: host }] }
        ]
      })
      return { key: leaf.private, cert: leaf.cert }
    }
  }
}

export interface TlsFrontOptions {
  /** A loopback address to listen on (Linux answers all of 127.0.0.0/8), e.g. 127.0.0.2. */
  host: string
  /** The plain-HTTP server behind, e.g. http://127.0.0.1:PORT. */
  target: string
  authority: TestAuthority
  /** Added once per new connection before its TLS handshake: a remote host's TCP + TLS set-up. */
  handshakeMs: number
}

export interface TlsFront {
  /** https://HOST:PORT */
  readonly url: string
  /** Date.now() of each connection accepted so far (each paid the handshake latency once). */
  readonly connections: readonly number[]
  stop(): Promise<void>
}

/**
 * HTTPS in front of a plain-HTTP emulator, on a host of its own: terminates TLS and relays each
 * connection to one connection of the emulator, so keep-alive and request order pass through unchanged.
 */
export async function startTlsFront(options: TlsFrontOptions): Promise<TlsFront> {
  const target = new URL(options.target)
  const open = new Set<Socket>()
  const track = (socket: Socket) => {
    open.add(socket)
    socket.once('close', () => open.delete(socket))
  }
  const tls = createTlsServer(await options.authority.serverCertificate(options.host), (secure) => {
    const upstream = connectTcp(Number(target.port), target.hostname)
    track(upstream)
    secure.pipe(upstream).pipe(secure)
    secure.once('error', () => upstream.destroy())
    upstream.once('error', () => secure.destroy())
  })
  tls.on('tlsClientError', (_error, socket) => socket.destroy())
  const connections: number[] = []
  const pending = new Set<NodeJS.Timeout>()
  const tcp = createTcpServer((socket) => {
    connections.push(Date.now())
    track(socket)
    socket.once('error', () => socket.destroy())
    // The client's hello waits here, as it would on its way to a distant server and back.
    const timer = setTimeout(() => {
      pending.delete(timer)
      tls.emit('connection', socket)
    }, options.handshakeMs)
    pending.add(timer)
  })
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject)
    tcp.listen(0, options.host, () => resolve())
  })
  const address = tcp.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `https://${options.host}:${port}`,
    connections,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer)
        for (const socket of open) socket.destroy()
        tcp.close(() => resolve())
      })
  }
}
