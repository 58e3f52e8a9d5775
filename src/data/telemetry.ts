import { queryOptions } from '@tanstack/react-query'
import { getClientTelemetry } from '../api/telemetry'
import { clientKeys } from './clients'

export const telemetryKeys = {
  /** Kept under the client's keys: refreshing a domain's clients refreshes what they last did too. */
  ofClient: (domainId: string, clientId: string) => [...clientKeys.all(domainId), 'telemetry', clientId] as const,
}

export const telemetryQueries = {
  /** Last seen, message counts, subscriptions; `null` when never seen. */
  ofClient: (domainId: string, clientId: string) =>
    queryOptions({
      queryKey: telemetryKeys.ofClient(domainId, clientId),
      queryFn: ({ signal }) => getClientTelemetry(domainId, clientId, signal),
      staleTime: 60_000,
    }),
}
