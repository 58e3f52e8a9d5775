/**
 * `npm run server`: the mock backend over real HTTP, shaped like a Magistrala v0.30 docker-compose deployment.
 * Prints one line per service (`<service> <url>`), then serves until stopped.
 */
import { startFakeMagistrala } from '../../mocks/server'
import { BACKEND_OPTIONS, backendOptions, closeOnSignal, readOptions } from './options'

const SUMMARY = `Serves the console's mock backend over HTTP like a Magistrala deployment: a gateway routing users, domains,
groups, channels and clients by path (as Magistrala's nginx does), and bootstrap, journal and certs on ports of their
own. No CORS headers, like the real services. State lives in memory until the server stops. Demo accounts use the
password 12345678 (admin@example.com, omar.haddad@example.com, viewer@example.com).`

const read = readOptions('npm run server --', SUMMARY, BACKEND_OPTIONS)
const server = await startFakeMagistrala(backendOptions(read))
for (const [service, url] of Object.entries(server.urls)) console.log(`${service.padEnd(9)} ${url}`)
closeOnSignal(server.close)
