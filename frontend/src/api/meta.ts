import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { GetMetaResponse } from './generated';

/** GET /api/v1/meta: name, version and, when the server configured it, where to report errors. */
export type Meta = GetMetaResponse;

/** The instance's name and version. */
export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: ({ signal }) => api<Meta>('/api/v1/meta', { signal }), staleTime: 5 * 60_000 });
}

/** Readiness of the server (database reachable, migrations current). */
export function useReadiness() {
  return useQuery({
    queryKey: ['readiness'],
    queryFn: ({ signal }) => api<{ status: string }>('/healthz/ready', { signal }),
    refetchInterval: 30_000,
    retry: false,
  });
}
