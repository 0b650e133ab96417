// The current workspace in the web app: which one requests act in, what
// the caller's role there allows, and switching between workspaces.
import { useCallback, useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { currentWorkspaceId, setCurrentWorkspaceId } from '../../api/workspace';
import { useMe, type Me, type Role, type WorkspaceRef } from './api';

/** Roles from least to most powerful (docs/permissions.md). */
export const ROLES: Role[] = ['viewer', 'member', 'admin', 'owner'];

/**
 * The least role each workspace action needs, as in docs/permissions.md
 * (generated from modules/auth/permissions.go, which decides; the web app
 * only hides what the server would refuse).
 */
export const ACTION_MIN_ROLE = {
  'workspace:read': 'viewer',
  'workspace:manage': 'admin',
  'members:manage': 'admin',
  'apikeys:manage': 'member',
  'credits:read': 'viewer',
  'credits:purchase': 'admin',
  'credits:admin': 'owner',
  'analysis:read': 'viewer',
  'analysis:create': 'member',
  'analysis:triage': 'member',
  'analysis:delete': 'admin',
  'repositories:read': 'viewer',
  'repositories:manage': 'admin',
  'ai:manage': 'admin',
} as const satisfies Record<string, Role>;

/** A workspace action of the permission table. */
export type Action = keyof typeof ACTION_MIN_ROLE;

/** Whether role may perform action. */
export function roleCan(role: Role | undefined, action: Action): boolean {
  if (!role) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(ACTION_MIN_ROLE[action]);
}

/** The path of a page inside a workspace: /w/{id}/{rest}. */
export function workspacePath(workspaceId: string | undefined, rest: string): string {
  const tail = rest.replace(/^\/+/, '');
  return workspaceId ? `/w/${encodeURIComponent(workspaceId)}/${tail}` : `/${tail}`;
}

/**
 * Builds in-app paths inside the workspace the app acts in
 * (/w/{id}/{rest}), so a link keeps naming its workspace: Back after a
 * workspace switch, a copied or reopened link, all land in the workspace
 * the page was seen in instead of a 404 and the fallback search.
 */
export function useWorkspacePath(): (rest: string) => string {
  const id = useMe().data?.workspace?.id;
  return useCallback((rest: string) => workspacePath(id, rest), [id]);
}

/** The workspace the app acts in and what the caller may do there. */
export function useCurrentWorkspace(): { workspace?: WorkspaceRef; workspaces: WorkspaceRef[]; can: (a: Action) => boolean } {
  const me = useMe();
  const workspace = me.data?.workspace;
  return {
    workspace,
    workspaces: me.data?.workspaces ?? [],
    can: (a: Action) => roleCan(workspace?.role, a),
  };
}

/**
 * Adopts the workspace the server acts in (the one the user last switched
 * to) once the account is known, so every later request names it.
 */
export function useWorkspaceSync(me: Me | null | undefined) {
  useEffect(() => {
    if (me?.workspace && !currentWorkspaceId()) setCurrentWorkspaceId(me.workspace.id);
  }, [me]);
}

/**
 * Switches to another workspace: remembered on the server (other browsers
 * and new sessions open there too), named on every request from now on,
 * and everything cached for the previous workspace dropped.
 */
export function useSwitchWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api<Me>('/api/v1/auth/me/workspace', { method: 'PUT', body: { workspace_id: workspaceId } }),
    onSuccess: async (me, workspaceId) => {
      setCurrentWorkspaceId(workspaceId);
      qc.setQueryData(['auth', 'me'], me);
      await qc.resetQueries({ predicate: (q) => !(q.queryKey[0] === 'auth' && q.queryKey[1] === 'me') });
    },
  });
}
