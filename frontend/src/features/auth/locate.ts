// Opening a link in the workspace its object lives in: a link without
// /w/{workspace}/ (or naming another of the caller's workspaces) to an
// analysis or finding that the acting workspace does not hold.
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type * as G from '../../api/generated';
import { useMe } from './api';

/**
 * Which other workspace of the caller's holds analysis id, asked once the
 * acting workspace answered 404 (enabled): one request to
 * GET /api/v1/analyses/{id}/workspace, which answers for any workspace the
 * caller may read. Resolves with that workspace's id, or null when the
 * server does not know the analysis for this user (404) or names the
 * acting workspace (which just answered 404: nowhere to go).
 */
export function useAnalysisWorkspace(id: string, enabled: boolean) {
  return useWorkspaceOf('analyses', id, enabled);
}

/**
 * Which other workspace of the caller's holds finding id, as
 * useAnalysisWorkspace: one request to GET /api/v1/findings/{id}/workspace.
 */
export function useFindingWorkspace(id: string, enabled: boolean) {
  return useWorkspaceOf('findings', id, enabled);
}

function useWorkspaceOf(kind: 'analyses' | 'findings', id: string, enabled: boolean) {
  const me = useMe();
  const acting = me.data?.workspace?.id;
  return useQuery({
    queryKey: ['locate', kind, id, acting],
    enabled: enabled && !!me.data,
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        const ws = await api<G.AnalysisWorkspace>(`/api/v1/${kind}/${encodeURIComponent(id)}/workspace`, { signal });
        return ws.id && ws.id !== acting ? ws.id : null;
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}
