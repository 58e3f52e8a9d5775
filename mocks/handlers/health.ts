import { Health } from '../../src/api/schemas'
import { json, route } from './kit'

/** Semantic version each service reports: bootstrap is the v0.20.0 design the console speaks. */
const VERSIONS: Record<string, string> = { bootstrap: 'v0.20.0' }

/**
 * `GET /health` on every service, without authentication (health.go): `{status, version, commit, description:
 * "<service> service", build_time, instance_id}` as `application/health+json`. The console reads `description` to tell
 * which service answers at a configured URL.
 */
export function healthHandler(service: string) {
  return route('get', '/health', () =>
    json(
      Health,
      {
        status: 'pass',
        version: VERSIONS[service] ?? 'v0.30.0',
        commit: 'ffffffff',
        description: `${service} service`,
        build_time: '1970-01-01_00:00:00',
        instance_id: '',
      },
      { headers: { 'content-type': 'application/health+json' } },
    ),
  )
}
