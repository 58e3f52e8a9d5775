import * as z from 'zod/mini'
import { LIMIT_MAX, Metadata } from './common'

/**
 * Bootstrap configurations, v0.20.0 design (bootstrap.yaml, API-NOTES §7B): one per client, the config id
 * is the client id. `state` 0 = Inactive (disabled), 1 = Active (enabled).
 */
export const BootstrapState = z.union([z.literal(0), z.literal(1)], 'invalid bootstrap state')
export type BootstrapState = z.infer<typeof BootstrapState>
export const BOOTSTRAP_INACTIVE = 0
export const BOOTSTRAP_ACTIVE = 1

/** Go may send a nil slice as `null`, or leave it out: both read as an empty list. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((value) => value ?? []),
  )

export const BootstrapChannel = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  metadata: z.optional(z.nullable(Metadata)),
})
export type BootstrapChannel = z.infer<typeof BootstrapChannel>

export const BootstrapConfig = z.looseObject({
  client_id: z.string(),
  /** The client's Magistrala key (the YAML calls it `magistrala_secret`; the code sends `client_secret`). */
  client_secret: z.optional(z.string()),
  magistrala_secret: z.optional(z.string()),
  channels: listOf(BootstrapChannel),
  external_id: z.string(),
  /** Stored in plain text and returned by view in this design. */
  external_key: z.optional(z.string()),
  name: z.optional(z.string()),
  content: z.optional(z.string()),
  state: BootstrapState,
  client_cert: z.optional(z.string()),
  ca_cert: z.optional(z.string()),
})
export type BootstrapConfig = z.infer<typeof BootstrapConfig>

/** `configs` is always sent by the bootstrap service, with `offset` and `limit`. */
export const BootstrapConfigsPage = z.looseObject({
  total: z.number(),
  offset: z._default(z.optional(z.number()), 0),
  limit: z.optional(z.number()),
  configs: listOf(BootstrapConfig),
})
export type BootstrapConfigsPage = z.infer<typeof BootstrapConfigsPage>

/**
 * Body of `POST /{domainID}/clients/configs`. Every field decodes as optional, as Go's decoder does; the
 * service's own checks (external id, then key, then channels) run after decoding and answer with
 * their own statuses, so they are not expressed here.
 */
export const BootstrapConfigCreate = z.object({
  /** Empty: the service creates a client named `Bootstrapped Client <id>` and uses it (the console names one itself). */
  client_id: z.optional(z.string()),
  external_id: z.optional(z.string()),
  external_key: z.optional(z.string()),
  channels: z.optional(z.array(z.string())),
  name: z.optional(z.string()),
  content: z.optional(z.string()),
  client_cert: z.optional(z.string()),
  client_key: z.optional(z.string()),
  ca_cert: z.optional(z.string()),
})
export type BootstrapConfigCreate = z.infer<typeof BootstrapConfigCreate>

/** `PUT …/configs/{id}` replaces both fields: send the current value of the one not being edited. */
export const BootstrapConfigUpdate = z.object({
  name: z.optional(z.string()),
  content: z.optional(z.string()),
})
export type BootstrapConfigUpdate = z.infer<typeof BootstrapConfigUpdate>

/** `PATCH …/configs/certs/{id}` replaces all three values (an absent one is cleared). */
export const BootstrapCertsUpdate = z.object({
  client_cert: z.optional(z.string()),
  client_key: z.optional(z.string()),
  ca_cert: z.optional(z.string()),
})
export type BootstrapCertsUpdate = z.infer<typeof BootstrapCertsUpdate>

export const BootstrapCertsResponse = z.looseObject({
  client_id: z.optional(z.string()),
  client_cert: z.optional(z.string()),
  client_key: z.optional(z.string()),
  ca_cert: z.optional(z.string()),
})
export type BootstrapCertsResponse = z.infer<typeof BootstrapCertsResponse>

export const BootstrapConnectionsUpdate = z.object({ channels: z.optional(z.array(z.string())) })
export type BootstrapConnectionsUpdate = z.infer<typeof BootstrapConnectionsUpdate>

/** `PUT /{domainID}/clients/state/{id}`; a missing `state` decodes as 0 (Inactive). */
export const BootstrapStateUpdate = z.object({ state: z._default(BootstrapState, BOOTSTRAP_INACTIVE) })
export type BootstrapStateUpdate = z.infer<typeof BootstrapStateUpdate>

export const BootstrapListParams = z.object({
  offset: z.optional(z.number().check(z.int(), z.minimum(0))),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(LIMIT_MAX))),
  /** Absent: every state. */
  state: z.optional(BootstrapState),
  /** Case-insensitive substring. */
  name: z.optional(z.string()),
  external_id: z.optional(z.string()),
  client_id: z.optional(z.string()),
})
export type BootstrapListParams = z.infer<typeof BootstrapListParams>

/** What a device receives from `GET /clients/bootstrap/{externalId}` (channels as objects or ids). */
export const DeviceBootstrapResponse = z.looseObject({
  client_id: z.string(),
  client_secret: z.optional(z.string()),
  client_key: z.optional(z.string()),
  channels: listOf(z.union([z.string(), BootstrapChannel])),
  content: z.optional(z.string()),
  client_cert: z.optional(z.string()),
  ca_cert: z.optional(z.string()),
})
export type DeviceBootstrapResponse = z.infer<typeof DeviceBootstrapResponse>
