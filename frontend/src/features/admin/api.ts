// The instance administration API (modules/auth admin routes and
// modules/admin): accounts, sign-ins, the audit log and the instance KPIs.
// JSON field names are the server's snake_case.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  instance_admin: boolean;
  has_password: boolean;
  email_verified: boolean;
  disabled: boolean;
  created_at: string;
}

export interface SignIn {
  id: string;
  user_id: string | null;
  email: string;
  method: string;
  success: boolean;
  reason: string;
  ip: string;
  user_agent: string;
  created_at: string;
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actor_id: string;
  actor_email: string;
  workspace_id: string;
  action: string;
  target: string;
  ip: string;
  user_agent: string;
  details: Record<string, unknown>;
  hash: string;
}

export interface VerifyResult {
  intact: boolean;
  checked: number;
  broken?: { seq: number; id?: string; action?: string; at?: string; reason: string };
  message: string;
  verified_at: string;
}

export interface KPIDay {
  day: string;
  sign_ups: number;
  signed_in: number;
  analyses: number;
  by_tier: Record<string, number>;
  by_outcome: Record<string, number>;
  credits_sold: number;
  credits_spent: number;
  credits_granted: number;
  ai_cost_usd: number;
}

export interface KPIs {
  from: string;
  to: string;
  days: number;
  totals: {
    users: number;
    admins: number;
    disabled: number;
    sign_ups: number;
    active_users: number;
    analyses: number;
    credits_sold: number;
    credits_spent: number;
    credits_granted: number;
    credits_refunded: number;
    ai_cost_usd: number;
  };
  series: KPIDay[];
  by_tier_outcome: { tier: string; outcome: string; count: number }[];
  tiers: string[];
}

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
