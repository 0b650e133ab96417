// The instance administration API (modules/auth admin routes and
// modules/admin): accounts, sign-ins, the audit log and the instance KPIs.
// JSON field names are the server's snake_case.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type * as G from '../../api/generated';

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow what the server documents loosely.
type Narrow<T, N> = Omit<T, keyof N> & N;

export type AdminUser = G.UserJSON;
export type SignIn = G.SignInJSON;
export type AuditEntry = Narrow<G.AuditEntry, { details: Record<string, unknown> }>;
export type VerifyResult = G.VerifyResult;
export type KPIDay = G.KPIDay;
export type KPIs = G.KPIs;

export interface PageOf<T> {
  items: T[];
  next_cursor: string;
}

/** Builds a query string from the non-empty values. */
export function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function useAdminUsers(q: string, cursor: string) {
  return useQuery({
    queryKey: ['admin', 'users', q, cursor],
    queryFn: ({ signal }) => api<PageOf<AdminUser>>(`/api/v1/admin/users${query({ q, cursor, limit: '25' })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Disable, enable, make-admin or revoke-admin on one account. */
export function useUserAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'disable' | 'enable' | 'make-admin' | 'revoke-admin' }) =>
      api<unknown>(`/api/v1/admin/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export function useSignIns(cursor: string) {
  return useQuery({
    queryKey: ['admin', 'sign-ins', cursor],
    queryFn: ({ signal }) => api<PageOf<SignIn>>(`/api/v1/admin/sign-ins${query({ cursor, limit: '25' })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export interface AuditFilter {
  actor: string;
  action: string;
  target: string;
  from: string;
  to: string;
}

export function useAudit(f: AuditFilter, cursor: string) {
  return useQuery({
    queryKey: ['admin', 'audit', f, cursor],
    queryFn: ({ signal }) => api<PageOf<AuditEntry>>(`/api/v1/admin/audit${query({ ...f, cursor, limit: '25' })}`, { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<VerifyResult>('/api/v1/admin/audit/verify') });
}

export function useKPIs(days: number) {
  return useQuery({
    queryKey: ['admin', 'kpis', days],
    queryFn: ({ signal }) => api<KPIs>(`/api/v1/admin/kpis?days=${days}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
