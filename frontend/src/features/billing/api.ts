// Types and hooks for the credits API (modules/credits). JSON field names
// are the server's snake_case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type * as G from '../../api/generated';
import { pageURL, useCursorPages } from '../../api/pages';

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;

/** GET /api/v1/credits */
export type Balance = G.Balance;
/** A credit pack; price in minor units (cents). */
export type Pack = G.CreditPack;
export type LedgerEntry = G.Entry;

export type CheckoutState = 'open' | 'pending' | 'paid' | 'expired' | 'failed';

export type Checkout = Narrow<G.CheckoutView, { status: CheckoutState }>;

export const BALANCE = ['credits', 'balance'] as const;

/** The workspace balance; disabled for visitors. */
export function useBalance(enabled = true) {
  return useQuery({
    queryKey: BALANCE,
    queryFn: ({ signal }) => api<Balance>('/api/v1/credits', { signal }),
    enabled,
    staleTime: 15_000,
  });
}

export function usePacks() {
  return useQuery({
    queryKey: ['credits', 'packs'],
    queryFn: ({ signal }) => api<{ billing_enabled: boolean; packs: Pack[] }>('/api/v1/credits/packs', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The ledger, newest first, a page of 25 at a time. */
export function useLedger() {
  return useCursorPages<{ entries: LedgerEntry[]; next_cursor?: string }>({
    queryKey: ['credits', 'ledger'],
    url: (cursor) => pageURL('/api/v1/credits/ledger', 25, cursor),
  });
}

export function useCheckouts() {
  return useQuery({
    queryKey: ['credits', 'checkouts'],
    queryFn: ({ signal }) => api<{ checkouts: Checkout[] }>('/api/v1/credits/checkouts', { signal }),
  });
}

/** POST /api/v1/credits/checkout: returns where to pay. */
export function useStartCheckout() {
  return useMutation({
    mutationFn: (pack: string) =>
      api<{ url: string; session_id: string; checkout_id: string }>('/api/v1/credits/checkout', { method: 'POST', body: { pack } }),
  });
}

/**
 * One purchase and the balance, polled every 2 s until the payment is
 * settled one way or the other (the webhook may land after the redirect).
 */
export function useCheckoutStatus(id: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['credits', 'checkout', id],
    queryFn: async ({ signal }) => {
      const st = await api<{ checkout: Checkout; balance: Balance }>(`/api/v1/credits/checkout/${encodeURIComponent(id)}`, { signal });
      if (st.checkout.status === 'paid') {
        qc.setQueryData(BALANCE, st.balance);
        void qc.invalidateQueries({ queryKey: ['credits', 'ledger'] });
      }
      return st;
    },
    enabled: id !== '',
    refetchInterval: (q) => {
      const s = q.state.data?.checkout.status;
      return s === 'open' || s === 'pending' || s === undefined ? 2000 : false;
    },
  });
}

/** POST /api/v1/credits/grants (instance administrators). */
export function useGrant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (g: { workspace_id: string; amount: number; reason: string; idempotency_key: string }) =>
      api<{ applied: boolean; balance: Balance }>('/api/v1/credits/grants', { method: 'POST', body: g }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['credits'] }),
  });
}

/** Formats minor units of a currency: 1000 usd → "$10.00". */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

const KIND_LABELS: Record<string, string> = {
  signup_grant: 'Welcome grant',
  monthly_grant: 'Monthly grant',
  admin_grant: 'Grant by an administrator',
  admin_revoke: 'Revoked by an administrator',
  charge: 'Analysis',
  purchase: 'Purchase',
  refund: 'Refund',
  dispute: 'Payment disputed',
  dispute_reversal: 'Dispute won',
};

/** A human label for a ledger entry kind. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/_/g, ' ');
}
