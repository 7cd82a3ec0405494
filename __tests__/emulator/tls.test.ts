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

describe('startTlsFront', () => {
  it('serves the plain server over HTTPS on its own loopback host, with a certificate of the test CA', async () => {
    const authority = await createTestAuthority()
    const front = await startTlsFront({
      host: '127.0.0.3',
      target: await plainServer(),
      authority,
      handshakeMs: 0
    })
    stops.push(front.stop)
    const agent = new https.Agent({ keepAlive: true })

    expect(front.url).toMatch(/^https:\/\/127\.0\.0\.3:\d+$/)
    await expect(get(front, authority.cert, agent, '/a')).resolves.toBe('GET /a')
    await expect(get(front, authority.cert, agent, '/b')).resolves.toBe('GET /b')
    // Keep-alive passes through: two requests, one connection.
    expect(front.connections).toHaveLength(1)
    agent.destroy()
  })

  it('is refused by a client that does not trust the test CA', async () => {
    const authority = await createTestAuthority()
    const front = await startTlsFront({
      host: '127.0.0.2',
      target: await plainServer(),
      authority,
      handshakeMs: 0
    })
    stops.push(front.stop)

    await expect(get(front, (await createTestAuthority()).cert, new https.Agent(), '/')).rejects.toThrow()
  })

  it('makes each new connection wait the handshake latency, and a reused one not', async () => {
    const authority = await createTestAuthority()
    const front = await startTlsFront({
      host: '127.0.0.4',
      target: await plainServer(),
      authority,
      handshakeMs: 250
    })
    stops.push(front.stop)
    const agent = new https.Agent({ keepAlive: true })

    let started = Date.now()
    await get(front, authority.cert, agent, '/')
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    started = Date.now()
    await get(front, authority.cert, agent, '/')
    expect(Date.now() - started).toBeLessThan(250)
    agent.destroy()
  })
})
