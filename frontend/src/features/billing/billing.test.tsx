import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { billingRoutes } from './routes';
import { money } from './api';
import { json, serve } from '../../test-utils';


const me = { id: 'u1', email: 'a@example.com', name: 'Ada', instance_admin: false, workspaces: [], workspace: { id: 'w1', name: 'Ada', personal: true, role: 'owner' } };
const balance = (n: number, billing = true) => ({ workspace_id: 'w1', balance: n, held: 0, available: n, billing_enabled: billing });
const packs = { billing_enabled: true, packs: [{ id: 'starter', name: 'Starter', credits: 100, price: 1000, currency: 'usd' }] };
const ledger = {
  entries: [
    { id: 'e3', workspace_id: 'w1', kind: 'purchase', amount: 100, balance_after: 107, reference_type: 'checkout', reference_id: 'c1', memo: 'Bought 100 credits', created_at: '2026-12-01T11:00:00Z' },
    { id: 'e2', workspace_id: 'w1', kind: 'charge', amount: -3, balance_after: 7, reference_type: 'analysis', reference_id: 'a1', memo: 'Analysis', created_at: '2026-12-01T10:00:00Z' },
    { id: 'e1', workspace_id: 'w1', kind: 'signup_grant', amount: 10, balance_after: 10, memo: 'Welcome credits', created_at: '2026-12-01T09:00:00Z' },
  ],
};

function renderAt(path: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{billingRoutes}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  document.cookie = 'vigil_csrf=t';
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'vigil_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('billing page', () => {
  it('shows the balance, the history linked to analyses, and buys a pack through Stripe', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const calls = serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, me);
      if (url === '/api/v1/credits') return json(200, balance(7));
      if (url === '/api/v1/credits/packs') return json(200, packs);
      if (url.startsWith('/api/v1/credits/ledger')) return json(200, ledger);
      if (url === '/api/v1/credits/checkouts')
        return json(200, { checkouts: [{ id: 'c1', session_id: 'cs_0', pack_id: 'starter', credits: 100, amount: 1000, currency: 'usd', status: 'paid', refunded_credits: 0, disputed_credits: 0, receipt_url: 'https://pay.stripe.com/receipts/x', created_at: '2026-12-01T11:00:00Z' }] });
      if (url === '/api/v1/credits/checkout') return json(201, { url: 'https://checkout.stripe.com/pay/cs_1', session_id: 'cs_1', checkout_id: 'c1' });
    });
    renderAt('/billing?checkout=cancelled');
    expect(await screen.findByTestId('billing-balance')).toHaveTextContent('7');
    expect(screen.getByRole('status')).toHaveTextContent('nothing was charged');
    const table = await screen.findByTestId('ledger');
    expect(within(table).getByRole('link', { name: 'Analysis' })).toHaveAttribute('href', '/w/w1/analyses/a1');
    expect(within(table).getByText('Welcome grant')).toBeInTheDocument();
    expect(within(table).getByText('-3')).toBeInTheDocument();
    // A purchase links to its payment's receipt.
    await waitFor(() => expect(within(table).getByRole('link', { name: 'receipt' })).toHaveAttribute('href', 'https://pay.stripe.com/receipts/x'));

    await userEvent.click(await screen.findByRole('button', { name: /Buy Starter: 100 credits/ }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://checkout.stripe.com/pay/cs_1'));
    const post = calls.find((c) => c.url === '/api/v1/credits/checkout');
    expect(post?.init?.method).toBe('POST');
    expect(JSON.parse(String(post?.init?.body))).toEqual({ pack: 'starter' });
  });

  it('hides purchases when billing is off', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, me);
      if (url === '/api/v1/credits') return json(200, balance(0, false));
      if (url.startsWith('/api/v1/credits/ledger')) return json(200, { entries: [] });
      if (url === '/api/v1/credits/checkouts') return json(200, { checkouts: [] });
    });
    renderAt('/billing');
    expect(await screen.findByText('Billing is off')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Buy/ })).toBeNull();
    expect(await screen.findByText('No credit movements yet.')).toBeInTheDocument();
  });
});

describe('checkout success page', () => {
  it('says processing until the webhook lands, then shows the new balance', async () => {
    let paid = false;
    serve((url) => {
      if (url === '/api/v1/credits/checkout/cs_1') {
        return json(200, {
          checkout: { id: 'c1', session_id: 'cs_1', pack_id: 'starter', credits: 100, amount: 1000, currency: 'usd', status: paid ? 'paid' : 'open', refunded_credits: 0, disputed_credits: 0, created_at: '2026-12-01T10:00:00Z' },
          balance: balance(paid ? 110 : 10),
        });
      }
      if (url.startsWith('/api/v1/credits/ledger')) return json(200, { entries: [] });
    });
    renderAt('/billing/success?session_id=cs_1');
    expect(await screen.findByTestId('checkout-processing')).toBeInTheDocument();
    paid = true;
    expect(await screen.findByTestId('checkout-balance', {}, { timeout: 5000 })).toHaveTextContent('110');
  });
});

describe('money', () => {
  it.each([
    [1000, 'usd', '$10.00'],
    [4500, 'USD', '$45.00'],
  ])('formats %i %s', (amount, cur, want) => {
    expect(money(amount, cur)).toBe(want);
  });
});
