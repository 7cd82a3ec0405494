import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import { createTestAuthority, startTlsFront, type TlsFront } from '../../emulator/tls.js'

const stops: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()))
})

async function plainServer(): Promise<string> {
  const server = http.createServer((request, response) => response.end(`${request.method} ${request.url}`))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  stops.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  )
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
}

function get(front: TlsFront, ca: string, agent: https.Agent, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(`${front.url}${path}`, { ca, agent }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve(body))
      })
      .on('error', reject)
  })
}

/** A front on `host` before a fresh plain server, with a CA of its own; stopped after the test. */
async function front(host: string, handshakeMs: number) {
  const authority = await createTestAuthority()
  const started = await startTlsFront({ host, target: await plainServer(), authority, handshakeMs })
  stops.push(started.stop)
  return { authority, front: started }
}

describe('startTlsFront', () => {
  it('serves the plain server over HTTPS on its own loopback host, with a certificate of the test CA', async () => {
    const { authority, front: started } = await front('127.0.0.3', 0)
    const agent = new https.Agent({ keepAlive: true })

    expect(started.url).toMatch(/^https:\/\/127\.0\.0\.3:\d+$/)
    await expect(get(started, authority.cert, agent, '/a')).resolves.toBe('GET /a')
    await expect(get(started, authority.cert, agent, '/b')).resolves.toBe('GET /b')
    // Keep-alive passes through: two requests, one connection.
    expect(started.connections).toHaveLength(1)
    agent.destroy()
  })

  it('is refused by a client that does not trust the test CA', async () => {
    const { front: started } = await front('127.0.0.2', 0)

    await expect(get(started, (await createTestAuthority()).cert, new https.Agent(), '/')).rejects.toThrow()
  })

  it('makes each new connection wait the handshake latency, and a reused one not', async () => {
    const { authority, front: started } = await front('127.0.0.4', 250)
    const agent = new https.Agent({ keepAlive: true })

    let sentAt = Date.now()
    await get(started, authority.cert, agent, '/')
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(250)
    sentAt = Date.now()
    await get(started, authority.cert, agent, '/')
    expect(Date.now() - sentAt).toBeLessThan(250)
    agent.destroy()
  })
})
