import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { createIamClient, createStsClient, endpointFor, type ClientOptions } from '../../src/aws/clients.js'
import { CREDENTIALS } from './iam-fake.js'

describe('endpointFor', () => {
  it('prefers the service’s own variable over AWS_ENDPOINT_URL', () => {
    const env = { AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:4001', AWS_ENDPOINT_URL: 'http://127.0.0.1:4000' }

    expect(endpointFor('IAM', env)).toBe('http://127.0.0.1:4001')
    expect(endpointFor('STS', env)).toBe('http://127.0.0.1:4000')
  })

  it('treats an empty service variable as unset', () => {
    expect(endpointFor('STS', { AWS_ENDPOINT_URL_STS: '', AWS_ENDPOINT_URL: 'http://127.0.0.1:4000' })).toBe(
      'http://127.0.0.1:4000'
    )
  })

  it('gives no endpoint without either variable, so the SDK resolves AWS’s own', () => {
    expect(endpointFor('IAM', { AWS_ENDPOINT_URL: '' })).toBeUndefined()
  })
})

const createAwsClients = async (options: ClientOptions) => ({
  iam: await createIamClient(options),
  sts: createStsClient(options)
})

describe('createStsClient and createIamClient', () => {
  it('turn the SDK’s retries off and point each client at its endpoint', async () => {
    const { iam, sts } = await createAwsClients({
      region: 'eu-west-1',
      credentials: CREDENTIALS,
      env: { AWS_ENDPOINT_URL_IAM: 'http://127.0.0.1:4566/iam', AWS_ENDPOINT_URL: 'http://127.0.0.1:4000' }
    })

    expect(await iam.config.maxAttempts()).toBe(1)
    expect(await sts.config.maxAttempts()).toBe(1)
    expect(await iam.config.endpoint?.()).toMatchObject({ hostname: '127.0.0.1', port: 4566, path: '/iam' })
    expect(await sts.config.endpoint?.()).toMatchObject({ hostname: '127.0.0.1', port: 4000 })
    expect(await sts.config.region()).toBe('eu-west-1')
    expect(await iam.config.credentials()).toMatchObject(CREDENTIALS)
  })

  it('set no endpoint when the environment names none', async () => {
    const { iam, sts } = await createAwsClients({ region: 'us-east-1', credentials: CREDENTIALS, env: {} })

    expect(iam.config.endpoint).toBeUndefined()
    expect(sts.config.endpoint).toBeUndefined()
  })
})

/**
 * The proxy is observed from outside: a local proxy records the CONNECT requests it gets and refuses
 * them, a local server records direct connections and drops them. Every request fails fast and none
 * leaves the machine. `0.0.0.0` stands for a non-loopback host: the proxy rules do not count it as
 * loopback, and on Linux and macOS connecting to it reaches the local machine.
 */
describe('the clients behind a proxy', () => {
  const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
  let saved: Record<string, string | undefined>
  let proxy: { url: string; connects: string[]; close: () => Promise<void> }
  let direct: { port: number; connections: () => number; close: () => Promise<void> }

  beforeEach(async () => {
    saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]))
    for (const name of PROXY_VARIABLES) delete process.env[name]
    proxy = await startRefusingProxy()
    direct = await startDroppingServer()
    process.env.HTTPS_PROXY = proxy.url
  })

  afterEach(async () => {
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    await Promise.all([proxy.close(), direct.close()])
  })

  const clients = (env: NodeJS.ProcessEnv = {}) =>
    createAwsClients({ region: 'eu-west-1', credentials: CREDENTIALS, env })
  const getRole = async (env?: NodeJS.ProcessEnv) =>
    (await clients(env)).iam
      .send(new GetRoleCommand({ RoleName: 'SCVAmazonConnectManagementRole' }))
      .catch(() => undefined)

  it('tunnels requests to AWS’s own endpoints through HTTPS_PROXY', async () => {
    const { iam, sts } = await clients()

    await iam.send(new GetRoleCommand({ RoleName: 'SCVAmazonConnectManagementRole' })).catch(() => undefined)
    await sts.send(new GetCallerIdentityCommand({})).catch(() => undefined)

    expect(proxy.connects).toEqual(['iam.amazonaws.com:443', 'sts.eu-west-1.amazonaws.com:443'])
  })

  it('tunnels requests to a configured non-loopback endpoint through HTTPS_PROXY', async () => {
    await getRole({ AWS_ENDPOINT_URL: `https://0.0.0.0:${direct.port}` })

    expect(proxy.connects).toEqual([`0.0.0.0:${direct.port}`])
    expect(direct.connections()).toBe(0)
  })

  it('connects directly to an endpoint listed in NO_PROXY', async () => {
    process.env.NO_PROXY = 'example.internal,0.0.0.0'

    await getRole({ AWS_ENDPOINT_URL: `https://0.0.0.0:${direct.port}` })

    expect(proxy.connects).toEqual([])
    expect(direct.connections()).toBe(1)
  })

  it('connects directly to a loopback endpoint', async () => {
    await getRole({ AWS_ENDPOINT_URL_IAM: `https://127.0.0.1:${direct.port}` })

    expect(proxy.connects).toEqual([])
    expect(direct.connections()).toBe(1)
  })
})

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function closing(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () => {
    for (const socket of sockets) socket.destroy()
    return new Promise((resolve) => server.close(() => resolve()))
  }
}

/** An HTTP proxy that records each CONNECT target and answers 403. */
async function startRefusingProxy() {
  const connects: string[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((_request, response) => response.writeHead(405).end())
  server.on('connection', (socket: net.Socket) => sockets.add(socket))
  server.on('connect', (request: http.IncomingMessage, socket: net.Socket) => {
    connects.push(request.url ?? '')
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
  })
  const port = await listen(server)
  return { url: `http://127.0.0.1:${port}`, connects, close: closing(server, sockets) }
}

/** A TCP server that counts connections and drops each at once. */
async function startDroppingServer() {
  let connections = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    connections++
    sockets.add(socket)
    socket.destroy()
  })
  const port = await listen(server)
  return { port, connections: () => connections, close: closing(server, sockets) }
}
