// Opening a link in the workspace its object lives in: a link without
// /w/{workspace}/ (or naming another of the caller's workspaces) to an
// analysis or finding that the acting workspace does not hold.
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type * as G from '../../api/generated';
import { WORKSPACE_HEADER } from '../../api/workspace';
import { useMe } from './api';

/**
 * Which other workspace of the caller's holds the object at path (an API
 * path such as /api/v1/findings/{id}), asked once the acting workspace
 * answered 404 (enabled), by asking each workspace in turn (analyses have
 * a direct question: useAnalysisWorkspace). Resolves with that workspace's id, or null when
 * none of them has it: then the object is not found for this user.
 */
export function useLocateInWorkspaces(path: string, enabled: boolean) {
  const me = useMe();
  const acting = me.data?.workspace?.id;
  const others = (me.data?.workspaces ?? []).filter((w) => w.id !== acting).map((w) => w.id);
  return useQuery({
    queryKey: ['locate', path, acting, others],
    enabled: enabled && !!me.data,
    retry: false,
    queryFn: async ({ signal }) => {
      for (const ws of others) {
        try {
          await api(path, { signal, headers: { [WORKSPACE_HEADER]: ws } });
          return ws;
        } catch (err) {
          if (err instanceof ApiError && (err.status === 404 || err.status === 403)) continue;
          throw err;
        }
      }
      return null;
    },
  });
}

/**
 * Which other workspace of the caller's holds analysis id, asked once the
 * acting workspace answered 404 (enabled): one request to
 * GET /api/v1/analyses/{id}/workspace, which answers for any workspace the
 * caller may read. Resolves with that workspace's id, or null when the
 * server does not know the analysis for this user (404) or names the
 * acting workspace (which just answered 404: nowhere to go).
 */
export function useAnalysisWorkspace(id: string, enabled: boolean) {
  const me = useMe();
  const acting = me.data?.workspace?.id;
  return useQuery({
    queryKey: ['locate', 'analysis', id, acting],
    enabled: enabled && !!me.data,
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        const ws = await api<G.AnalysisWorkspace>(`/api/v1/analyses/${encodeURIComponent(id)}/workspace`, { signal });
        return ws.id && ws.id !== acting ? ws.id : null;
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}
