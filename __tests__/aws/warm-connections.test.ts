import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { Socket } from 'node:net'
import { warmConnections } from '../../src/aws/clients.js'
import { warmAgents, WarmConnections } from '../../src/aws/warm-connections.js'

/** An HTTP server that notes each connection it accepts; `hangUp` closes new ones at once. */
async function startServer() {
  const sockets: Socket[] = []
  let hangUp = false
  const server = http.createServer((request, response) => {
    request.resume()
    response.end('ok')
  })
  server.on('connection', (socket) => {
    sockets.push(socket)
    if (hangUp) socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sockets,
    hangUpNewConnections: () => {
      hangUp = true
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

let server: Awaited<ReturnType<typeof startServer>>
beforeEach(async () => {
  server = await startServer()
})
afterEach(async () => {
  await server.close()
})

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

function get(agent: http.Agent, port = server.port): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, agent }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve(body))
      })
      .on('error', reject)
  })
}

describe('WarmConnections', () => {
  it('opens the connections ahead, and requests use them before opening new ones', async () => {
    const warm = new WarmConnections(server.url).open(3)
    await until(() => server.sockets.length === 3)

    const { httpAgent } = warmAgents(warm)
    const answers = await Promise.all(Array.from({ length: 5 }, () => get(httpAgent)))

    expect(answers).toEqual(Array(5).fill('ok'))
    // 3 warm + 2 new: each request had a connection of its own, none was opened twice.
    expect(server.sockets).toHaveLength(5)
    expect(warm.available).toBe(0)
    httpAgent.destroy()
  })

  it('sends nothing on a warm connection until a request takes it', async () => {
    const received: Buffer[] = []
    const warm = new WarmConnections(server.url).open(1)
    await until(() => server.sockets.length === 1)
    server.sockets[0]?.on('data', (chunk: Buffer) => received.push(chunk))
    await new Promise((resolve) => setTimeout(resolve, 30))

    expect(received).toEqual([])
    expect(warm.available).toBe(1)
    warm.close()
    expect(warm.available).toBe(0)
  })

  it('hands a connection only to a request for its own host and port', () => {
    const warm = new WarmConnections(server.url).open(1)

    expect(warm.take({ host: 'localhost', port: server.port })).toBeUndefined()
    expect(warm.take({ host: '127.0.0.1', port: server.port + 1 })).toBeUndefined()
    const socket = warm.take({ host: '127.0.0.1', port: server.port })
    expect(socket).toBeDefined()
    expect(warm.take({ host: '127.0.0.1', port: server.port })).toBeUndefined()
    socket?.destroy()
  })

  it('reads the default port of the scheme', () => {
    expect(new WarmConnections('https://iam.amazonaws.com').port).toBe(443)
    expect(new WarmConnections('http://[::1]').host).toBe('::1')
    expect(new WarmConnections('http://[::1]').port).toBe(80)
  })

  it('drops a warm connection the server closed, and the request opens its own', async () => {
    server.hangUpNewConnections()
    const warm = new WarmConnections(server.url).open(1)
    await until(() => warm.available === 0)

    const { httpAgent } = warmAgents(warm)
    const failed = await get(httpAgent).then(
      () => false,
      () => true
    )
    // The server hangs up on this one too: what matters is that it was a new connection.
    expect(failed).toBe(true)
    expect(server.sockets).toHaveLength(2)
    httpAgent.destroy()
  })
})

describe('warmConnections', () => {
  it('warms the configured endpoint of the service', async () => {
    const warm = warmConnections('IAM', 'eu-west-1', 2, { AWS_ENDPOINT_URL_IAM: server.url })

    expect(warm?.host).toBe('127.0.0.1')
    await until(() => server.sockets.length === 2)
    warm?.close()
  })

  it.each([
    ['no connection is wanted', 'us-east-1', 0, {}],
    ['FIPS endpoints are on', 'us-east-1', 2, { AWS_USE_FIPS_ENDPOINT: 'true' }],
    ['dual-stack endpoints are on', 'us-east-1', 2, { AWS_USE_DUALSTACK_ENDPOINT: 'TRUE' }],
    ['the region is in China', 'cn-north-1', 2, {}],
    ['the region is GovCloud', 'us-gov-west-1', 2, {}],
    ['a proxy applies', 'us-east-1', 2, { HTTPS_PROXY: 'http://proxy.internal:3128' }]
  ])('warms nothing when %s', (_case, region, count, env) => {
    const saved = process.env.HTTPS_PROXY
    if ('HTTPS_PROXY' in env) process.env.HTTPS_PROXY = env.HTTPS_PROXY
    try {
      expect(warmConnections('IAM', region, count, env)).toBeNull()
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved
    }
  })
})
