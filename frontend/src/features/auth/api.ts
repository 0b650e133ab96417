// Identity API: the caller, sign-in methods, sessions, API keys and
// workspaces. Mirrors modules/auth (snake_case JSON).
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type * as G from '../../api/generated';
import { currentWorkspaceId, setCurrentWorkspaceId } from '../../api/workspace';

export type Role = 'owner' | 'admin' | 'member' | 'viewer';
export type Scope = 'read' | 'analyze' | 'admin';

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;

export type WorkspaceRef = Narrow<G.WorkspaceRef, { role: Role }>;

/** GET /api/v1/auth/me. email_verified is false until the address is confirmed (see VerifyEmailBanner). */
export type Me = Narrow<G.MeJSON, { workspace?: WorkspaceRef; workspaces: WorkspaceRef[]; auth_method: 'cookie' | 'api_key' }>;

export type Provider = G.ProviderJSON;

export interface Providers {
  password: boolean;
  signup: boolean;
  /** Whether this instance sends email (reset links, invitations). */
  email?: boolean;
  providers: Provider[];
}

export type Session = G.SessionJSON;
export type ApiKey = Narrow<G.ApiKeyJSON, { scopes: Scope[] }>;
export type Member = Narrow<G.MemberJSON, { role: Role }>;
export type Invitation = Narrow<G.InvitationJSON, { role: Role }>;

interface Items<T> {
  items: T[];
}

const ME = ['auth', 'me'];

/** Whether this browser holds a session (the CSRF cookie comes with every sign-in). */
export function hasSessionCookie(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)vigil_csrf=/.test(document.cookie);
}

/** Exchanges the refresh cookie for a new access cookie; false when the session ended. */
export async function refreshSession(): Promise<boolean> {
  try {
    await api('/api/v1/auth/refresh', { method: 'POST' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The signed-in account, or null when nobody is signed in. An expired
 * access token is renewed once through the refresh cookie.
 */
export function useMe() {
  return useQuery({
    queryKey: ME,
    queryFn: async ({ signal }) => {
      // Every sign-in sets the CSRF cookie (readable by scripts); without it
      // nobody is signed in, so visitors never see a 401 in the console.
      if (!hasSessionCookie()) return null;
      try {
        return await api<Me>('/api/v1/auth/me', { signal });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404 && currentWorkspaceId()) {
          // No longer a member of the workspace this tab was in: the
          // server's choice (remembered or personal) it is.
          setCurrentWorkspaceId(undefined);
          return api<Me>('/api/v1/auth/me', { signal });
        }
        if (err instanceof ApiError && err.status === 401) {
          if (await refreshSession()) {
            return api<Me>('/api/v1/auth/me', { signal });
          }
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

/** Keeps the short-lived access cookie fresh while the app is open. */
export function useSessionKeepAlive(signedIn: boolean) {
  useEffect(() => {
    if (!signedIn) return;
    const id = window.setInterval(() => void refreshSession(), 10 * 60_000);
    return () => window.clearInterval(id);
  }, [signedIn]);
}

export function useProviders() {
  return useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: ({ signal }) => api<Providers>('/api/v1/auth/providers', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Invalidates everything identity-related after a change. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['auth'] });
}

export function useSignIn() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => {
      // A new account starts where the server says (its remembered workspace).
      setCurrentWorkspaceId(undefined);
      return api<Me>('/api/v1/auth/login', { method: 'POST', body });
    },
    onSuccess: invalidate,
  });
}

/** What sign-up led to: signed in (a new account) or not (see status). */
export interface SignUpResult {
  signedIn: boolean;
  status: string;
}

/**
 * Sign-up answers the same whether or not the email already has an
 * account and never signs in, so the browser signs in next with the same
 * credentials. That works for the account just created; for a taken email
 * (with another password) it does not, and the page says to check the inbox.
 */
export function useSignUp() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: { email: string; password: string; name?: string }): Promise<SignUpResult> => {
      const res = await api<{ status: string }>('/api/v1/auth/register', { method: 'POST', body });
      try {
        await api<Me>('/api/v1/auth/login', { method: 'POST', body: { email: body.email, password: body.password } });
        return { signedIn: true, status: res.status };
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return { signedIn: false, status: res.status };
        throw err;
      }
    },
    onSuccess: invalidate,
  });
}

/** Confirms an email address with the token from the emailed link (no session needed). */
export function useVerifyEmail() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (token: string) =>
      api<{ status: string }>('/api/v1/auth/verify-email', { method: 'POST', body: { token } }),
    onSuccess: invalidate,
  });
}

/** Emails the signed-in user a new confirmation link. */
export function useResendVerification() {
  return useMutation({
    mutationFn: () => api<{ status: string }>('/api/v1/auth/verify-email/resend', { method: 'POST' }),
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCurrentWorkspaceId(undefined);
      qc.clear();
    },
  });
}

export function useSessions() {
  return useQuery({
    queryKey: ['auth', 'sessions'],
    queryFn: ({ signal }) => api<Items<Session>>('/api/v1/auth/sessions', { signal }).then((r) => r.items),
  });
}

export function useRevokeSession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api(`/api/v1/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useSignOutEverywhere() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/v1/auth/sessions/revoke-all', { method: 'POST' }),
    onSettled: () => qc.clear(),
  });
}

export function useUpdateProfile() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (name: string) => api<Me>('/api/v1/auth/me', { method: 'PATCH', body: { name } }),
    onSuccess: invalidate,
  });
}

export function useChangePassword() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { current_password: string; new_password: string }) =>
      api('/api/v1/auth/password', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Headers selecting the acting workspace. */
function wsHeaders(workspaceId?: string): Record<string, string> {
  return workspaceId ? { 'X-Vigil-Workspace': workspaceId } : {};
}

export function useApiKeys(workspaceId?: string) {
  return useQuery({
    queryKey: ['auth', 'api-keys', workspaceId],
    queryFn: ({ signal }) =>
      api<Items<ApiKey>>('/api/v1/api-keys', { signal, headers: wsHeaders(workspaceId) }).then((r) => r.items),
    enabled: !!workspaceId,
  });
}

export function useCreateApiKey(workspaceId?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { name: string; scopes: Scope[]; expires_at?: string }) =>
      api<ApiKey>('/api/v1/api-keys', { method: 'POST', body, headers: wsHeaders(workspaceId) }),
    onSuccess: invalidate,
  });
}

export function useRevokeApiKey(workspaceId?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE', headers: wsHeaders(workspaceId) }),
    onSuccess: invalidate,
  });
}

export function useCreateWorkspace() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (name: string) => api<WorkspaceRef>('/api/v1/workspaces', { method: 'POST', body: { name } }),
    onSuccess: invalidate,
  });
}

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: ['auth', 'members', workspaceId],
    queryFn: ({ signal }) =>
      api<Items<Member>>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/members`, { signal }).then((r) => r.items),
  });
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['auth', 'invitations', workspaceId],
    queryFn: ({ signal }) =>
      api<Items<Invitation>>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/invitations`, { signal }).then(
        (r) => r.items,
      ),
    enabled,
  });
}

export function useWorkspaceMutations(workspaceId: string) {
  const invalidate = useInvalidate();
  const base = `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;
  return {
    rename: useMutation({
      mutationFn: (name: string) => api(base, { method: 'PATCH', body: { name } }),
      onSuccess: invalidate,
    }),
    setRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
        api(`${base}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => api(`${base}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
      onSuccess: invalidate,
    }),
    invite: useMutation({
      mutationFn: (body: { email: string; role: Role }) => api<Invitation>(`${base}/invitations`, { method: 'POST', body }),
      onSuccess: invalidate,
    }),
    revokeInvitation: useMutation({
      mutationFn: (id: string) => api(`${base}/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
      onSuccess: invalidate,
    }),
  };
}

/** Only same-site paths are accepted as a post-sign-in destination. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
