import { queryOptions } from '@tanstack/react-query'
import type { Service } from '../api/config'
import { checkService } from '../api/health'

/** Whether a backend service answers at the address the console uses for it: asked once a request to it failed oddly. */
export const healthQueries = {
  service: (service: Service, serviceUrl: string | undefined) =>
    queryOptions({
      queryKey: ['service-check', service, serviceUrl] as const,
      queryFn: ({ signal }) => checkService(service, signal),
      staleTime: 60_000,
      retry: false,
    }),
}
