import { parseArgs } from 'node:util'
import { DEFAULT_PORTS, type FakeMagistralaOptions } from '../../mocks/server'
import { DEFAULT_CLIENTS } from '../../mocks/seed/generate'

/** A flag, the environment variable that can set it instead, and what it means. A switch takes no value. */
export type Option = { flag: string; env: string; help: string; fallback: string; isSwitch?: boolean }

export const BACKEND_OPTIONS: Option[] = [
  { flag: 'host', env: 'FLEET_HOST', help: 'address to listen on', fallback: '127.0.0.1' },
  {
    flag: 'gateway-port',
    env: 'FLEET_GATEWAY_PORT',
    help: 'the gateway (users, domains, groups, channels, clients)',
    fallback: String(DEFAULT_PORTS.gateway),
  },
  { flag: 'bootstrap-port', env: 'FLEET_BOOTSTRAP_PORT', help: 'the bootstrap service', fallback: String(DEFAULT_PORTS.bootstrap) },
  {
    flag: 'journal-port',
    env: 'FLEET_JOURNAL_PORT',
    help: 'the journal service (audit logs, telemetry)',
    fallback: String(DEFAULT_PORTS.journal),
  },
  { flag: 'certs-port', env: 'FLEET_CERTS_PORT', help: 'the certs service', fallback: String(DEFAULT_PORTS.certs) },
  {
    flag: 'readers-port',
    env: 'FLEET_READERS_PORT',
    help: 'the readers service (stored messages)',
    fallback: String(DEFAULT_PORTS.readers),
  },
  { flag: 'clients', env: 'FLEET_CLIENTS', help: 'clients seeded in the main domain', fallback: String(DEFAULT_CLIENTS) },
  { flag: 'latency', env: 'FLEET_LATENCY_MS', help: 'milliseconds added to every answer', fallback: '0' },
  { flag: 'error-rate', env: 'FLEET_ERROR_RATE', help: 'share (0-1) of requests answered 500', fallback: '0' },
]

export function usage(command: string, summary: string, options: Option[]) {
  const width = Math.max(...options.map((o) => o.flag.length)) + 10
  const lines = options.map(
    (o) => `  --${`${o.flag}${o.isSwitch ? '' : ' <value>'}`.padEnd(width)} ${o.help} (${o.env}; default ${o.fallback})`,
  )
  return `Usage: ${command} [options]\n\n${summary}\n\nOptions (a flag wins over its environment variable):\n${lines.join('\n')}\n  --${'help'.padEnd(width)} show this text\n`
}

/** Flags, then environment variables, then defaults; exits with the usage text on --help or a bad value. */
export function readOptions(command: string, summary: string, options: Option[], env = process.env) {
  const text = usage(command, summary, options)
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(options.map((o) => [o.flag, { type: o.isSwitch ? ('boolean' as const) : ('string' as const) }])),
      },
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${text}`)
    process.exit(2)
  }
  if (parsed.values.help) {
    process.stdout.write(text)
    process.exit(0)
  }
  const value = (flag: string) => {
    const option = options.find((o) => o.flag === flag)!
    return String(parsed.values[flag] ?? env[option.env] ?? option.fallback)
  }
  const number = (flag: string, min: number, max: number) => {
    const n = Number(value(flag))
    if (!Number.isFinite(n) || n < min || n > max) {
      process.stderr.write(`--${flag} must be a number from ${min} to ${max}, not "${value(flag)}"\n`)
      process.exit(2)
    }
    return n
  }
  const isOn = (flag: string) => ['1', 'true', 'yes'].includes(value(flag))
  return { value, number, isOn }
}

export function backendOptions(read: ReturnType<typeof readOptions>): FakeMagistralaOptions {
  const port = (flag: string) => read.number(flag, 0, 65535)
  return {
    host: read.value('host'),
    ports: {
      gateway: port('gateway-port'),
      bootstrap: port('bootstrap-port'),
      journal: port('journal-port'),
      certs: port('certs-port'),
      readers: port('readers-port'),
    },
    seed: { clients: read.number('clients', 1, 200_000) },
    faults: { latencyMs: read.number('latency', 0, 60_000), errorRate: read.number('error-rate', 0, 1) },
  }
}

/** Stops the servers on Ctrl-C or a kill, so the ports are free again at once. */
export function closeOnSignal(close: () => Promise<unknown>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().finally(() => process.exit(0)))
  }
}
