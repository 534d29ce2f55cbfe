// A local-cloud HTTP handler on a free loopback port, served as cloud/server.ts serves it
// (createNodeServer: its timeouts and last-resort catch), for tests and benchmarks.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeServer, type RequestHandler } from '../../cloud/http/node-server'

export async function serveHttp(handle: RequestHandler): Promise<{ server: Server; base: string }> {
  const server = createNodeServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
