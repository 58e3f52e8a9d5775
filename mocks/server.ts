import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { createMiddleware } from '@mswjs/http-middleware'
import { createMockState, type BackendOptions } from './backend'
import { createServiceHandlers, type MockService } from './handlers'

/** The ports of a docker-compose deployment: the nginx gateway, and the services nginx does not proxy. */
export const DEFAULT_PORTS = { gateway: 9080, bootstrap: 9013, journal: 9021, certs: 9019, readers: 9011 }
export type Listener = keyof typeof DEFAULT_PORTS

export type FakeMagistralaOptions = Omit<BackendOptions, 'baseUrl' | 'overlay'> & {
  host?: string
  /** 0 picks a free port. */
  ports?: Partial<Record<Listener, number>>
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

/**
 * The gateway's locations, as `docker/nginx/nginx-key.conf` (v0.30.0) declares them: regular expressions anchored at
 * the start only, the domain-scoped services behind a UUID segment, and `/health` to the clients service. Auth
 * (`/pats`) is not part of the fake; bootstrap, certs and journal have no location there at all.
 */
const GATEWAY_LOCATIONS: [RegExp, MockService][] = [
  [/^\/(domains|invitations)/, 'domains'],
  [/^\/(users|password|verify-email|authorize|oauth\/callback\/[^/]+)/, 'users'],
  [new RegExp(`^/${UUID}/groups`), 'groups'],
  [new RegExp(`^/${UUID}/clients`), 'clients'],
  [new RegExp(`^/${UUID}/channels`), 'channels'],
  [/^\/health/, 'clients'],
]

/** nginx's own page for a path no location matches. */
const NGINX_NOT_FOUND =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

/** A Go service's router answering a path it has no route for (`http.NotFound`). */
const goNotFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain; charset=utf-8').set('X-Content-Type-Options', 'nosniff').send('404 page not found\n')
}

/**
 * The network-error fault answers `Response.error()` (status 0), which the adapter would hand to `writeHead` and
 * crash on. Like a crashed upstream, the connection is dropped without an answer instead.
 */
const dropConnectionOnErrorResponse: RequestHandler = (req, res, next) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 0) return writeHead(status, ...rest)
    req.socket.destroy()
    return res
  }) as typeof res.writeHead
  next()
}

/** An exception in the mock is an internal error, answered as the Go services do: 500 with no body. */
const internalError: ErrorRequestHandler = (error, req, res, _next) => {
  console.error('[fake magistrala]', req.method, req.path, error)
  if (res.headersSent) req.socket.destroy()
  else res.status(500).end()
}

function app(route: RequestHandler) {
  const server = express()
  // Magistrala's services send no CORS headers and no framework banner.
  server.disable('x-powered-by')
  server.disable('etag')
  server.use(dropConnectionOnErrorResponse)
  server.use(route)
  server.use(internalError)
  return server
}

function listen(handler: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = handler.listen(port, host, () => resolve(server))
    server.once('error', reject)
  })
}

/**
 * The mock backend served over real HTTP, shaped like a Magistrala v0.30 deployment: a gateway that routes users,
 * domains, groups, channels and clients by path, and bootstrap, journal and certs each on a port of its own. One
 * database serves every port and every caller for the server's lifetime.
 */
export async function startFakeMagistrala(options: FakeMagistralaOptions = {}) {
  const host = options.host ?? '127.0.0.1'
  const ports = { ...DEFAULT_PORTS, ...options.ports }
  const { db, faults } = createMockState(options)
  const services = createServiceHandlers(db, faults)
  const middleware = Object.fromEntries(
    Object.entries(services).map(([service, handlers]) => [service, createMiddleware(...handlers)]),
  ) as Record<MockService, RequestHandler>
  // A service's own port answers its routes; anything else is its router's 404.
  const direct =
    (service: MockService): RequestHandler =>
    (req, res, next) =>
      middleware[service](req, res, (error?: unknown) => (error ? next(error) : goNotFound(req, res, next)))

  const gateway: RequestHandler = (req, res, next) => {
    // `location /http/ { proxy_pass http://fluxmq_http_cluster/; }`: the trailing slash strips the prefix.
    if (req.path.startsWith('/http/')) {
      req.url = req.url.slice('/http'.length)
      return direct('http')(req, res, next)
    }
    const location = GATEWAY_LOCATIONS.find(([pattern]) => pattern.test(req.path))
    if (!location) return void res.status(404).type('text/html').send(NGINX_NOT_FOUND)
    direct(location[1])(req, res, next)
  }

  const routes: Record<Listener, RequestHandler> = {
    gateway,
    bootstrap: direct('bootstrap'),
    journal: direct('journal'),
    certs: direct('certs'),
    readers: direct('readers'),
  }
  const servers = {} as Record<Listener, Server>
  try {
    for (const listener of Object.keys(routes) as Listener[]) {
      servers[listener] = await listen(app(routes[listener]), host, ports[listener])
    }
  } catch (error) {
    await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(r))))
    throw error
  }
  const urls = Object.fromEntries(
    Object.entries(servers).map(([name, server]) => [name, `http://${host}:${(server.address() as AddressInfo).port}`]),
  ) as Record<Listener, string>

  return {
    urls,
    db,
    faults,
    close: () =>
      Promise.all(
        Object.values(servers).map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections()
              server.close(() => resolve())
            }),
        ),
      ).then(() => undefined),
  }
}

export type FakeMagistrala = Awaited<ReturnType<typeof startFakeMagistrala>>
