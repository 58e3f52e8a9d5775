import * as z from 'zod/mini'

/** `GET /health` on every service (health.go): `description` is "<service> service". */
export const Health = z.looseObject({
  status: z.string(),
  version: z.optional(z.string()),
  description: z.string(),
})
export type Health = z.infer<typeof Health>
