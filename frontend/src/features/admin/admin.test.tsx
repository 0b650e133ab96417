import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { json, serve } from '../../test-utils';
import { adminRoutes } from './routes';
import { browser } from './SignInsPage';

function me(admin: boolean) {
  return { id: 'u1', email: 'ada@example.com', name: 'Ada', instance_admin: admin, has_password: true, created_at: '', workspaces: [], auth_method: 'cookie' };
}

function Where() {
  const l = useLocation();
  return <output data-testid="where">{l.pathname + l.search}</output>;
}

function renderAt(path: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{adminRoutes}</Routes>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const user = (over: object) => ({ id: 'u2', email: 'dev@example.com', name: 'Dev', instance_admin: false, has_password: true, email_verified: true, disabled: false, created_at: '2026-12-01T10:00:00Z', ...over });

beforeEach(() => {
  document.cookie = 'vigil_csrf=tok; path=/'; // signed in
});
afterEach(() => vi.unstubAllGlobals());

describe('admin area', () => {
  it('tells an ordinary account it may not enter, without asking the admin API', async () => {
    const calls = serve((url) => (url.endsWith('/auth/me') ? json(200, me(false)) : undefined));
    renderAt('/admin/users');
    await screen.findByText('Only instance administrators can open the admin area.');
    expect(calls.some((c) => c.url.includes('/api/v1/admin/'))).toBe(false);
  });

  it('searches users from the URL, shows an empty state, and disables an account', async () => {
    let disabled = false;
    const calls = serve((url, init) => {
      if (url.endsWith('/auth/me')) return json(200, me(true));
      if (url.includes('/admin/users/u2/disable') && init?.method === 'POST') {
        disabled = true;
        return json(204, null);
      }
      if (url.includes('/admin/users?')) {
        const q = new URL(url, 'http://x').searchParams.get('q');
        return json(200, { items: q === 'dev' ? [user({ disabled })] : [], next_cursor: '' });
      }
      return undefined;
    });
    renderAt('/admin/users?q=nobody');
    await screen.findByText('No account matches “nobody”.');
    const box = screen.getByLabelText('Search users by email or name');
    await userEvent.clear(box);
    await userEvent.type(box, 'dev{Enter}');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/admin/users?q=dev'));
    const row = (await screen.findAllByTestId('user-row'))[0];
    await userEvent.click(within(row).getByRole('button', { name: 'Disable dev@example.com' }));
    await waitFor(() => expect(within(screen.getAllByTestId('user-row')[0]).getByText('Disabled')).toBeTruthy());
    expect(calls.filter((c) => c.init?.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/admin/users/u2/disable']);
  });

  it('asks before making an account an instance admin; Escape and Cancel change nothing, focus returns to the button', async () => {
    let admin = false;
    const calls = serve((url, init) => {
      if (url.endsWith('/auth/me')) return json(200, me(true));
      if (url.includes('/admin/users/u2/make-admin') && init?.method === 'POST') {
        admin = true;
        return json(204, null);
      }
      if (url.includes('/admin/users')) return json(200, { items: [user({ instance_admin: admin })], next_cursor: '' });
      return undefined;
    });
    renderAt('/admin/users');
    const row = (await screen.findAllByTestId('user-row'))[0];
    const make = within(row).getByRole('button', { name: 'Make dev@example.com an instance admin' });
    const posts = () => calls.filter((c) => c.init?.method === 'POST');

    // Keyboard only: Enter opens the dialog with focus on Cancel, Escape closes it.
    make.focus();
    await userEvent.keyboard('{Enter}');
    let dialog = screen.getByRole('alertdialog', { name: 'Make this account an instance admin?' });
    expect(dialog).toHaveAccessibleDescription(/dev@example\.com will be able to see every account/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(make);

    // Tab stays inside; Cancel changes nothing.
    await userEvent.keyboard('{Enter}');
    dialog = screen.getByRole('alertdialog');
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Make admin' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Make admin' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(posts()).toEqual([]);

    // Confirming makes the call once.
    await userEvent.click(make);
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Make admin' }));
    await waitFor(() => expect(within(screen.getAllByTestId('user-row')[0]).getByText('Instance admin')).toBeTruthy());
    expect(posts().map((c) => c.url)).toEqual(['/api/v1/admin/users/u2/make-admin']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('puts audit filters in the URL, names a bad field next to it, and verifies the chain', async () => {
    const calls = serve((url) => {
      if (url.endsWith('/auth/me')) return json(200, me(true));
      if (url.endsWith('/admin/audit/verify')) return json(200, { intact: true, checked: 7, message: 'The audit log is intact: all 7 entries match their hashes and links.', verified_at: '2026-12-06T10:00:00Z' });
      if (url.includes('/admin/audit?') && url.includes('from=2026-12-09')) {
        return json(422, { type: 'x', title: 'Invalid', status: 422, detail: 'invalid audit log filter', errors: [{ field: 'to', message: 'must be after from' }] });
      }
      if (url.includes('/admin/audit')) return json(200, { items: [], next_cursor: '' });
      return undefined;
    });
    renderAt('/admin/audit');
    await screen.findByText('The audit log is empty.');
    await userEvent.type(screen.getByLabelText('Actor'), 'ada@');
    await userEvent.type(screen.getByLabelText('Action'), 'admin.');
    await userEvent.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/admin/audit?actor=ada%40&action=admin.'));
    await screen.findByText('No entry matches these filters.');
    expect(calls.some((c) => c.url.includes('/api/v1/admin/audit?actor=ada%40&action=admin.'))).toBe(true);

    await userEvent.click(screen.getByTestId('verify-chain'));
    expect((await screen.findByTestId('verify-result')).textContent).toMatch(/intact: all 7 entries/);
  });

  it('shows a 422 filter error under its field', async () => {
    serve((url) => {
      if (url.endsWith('/auth/me')) return json(200, me(true));
      if (url.includes('/admin/audit?')) return json(422, { type: 'x', title: 'Invalid', status: 422, detail: 'invalid audit log filter', errors: [{ field: 'to', message: 'must be after from' }] });
      return undefined;
    });
    renderAt('/admin/audit?from=2026-12-09&to=2026-12-01');
    expect(await screen.findByText('must be after from')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
  });

  it('draws the KPIs and keeps the window in the URL', async () => {
    const series = ['2026-12-05', '2026-12-06'].map((day, i) => ({
      day, sign_ups: i, signed_in: 1, analyses: 2, by_tier: { static: 2 }, by_outcome: { completed: 1, failed: 1 },
      credits_sold: 100 * i, credits_spent: 10, credits_granted: 0, ai_cost_usd: 0.5,
    }));
    const calls = serve((url) => {
      if (url.endsWith('/auth/me')) return json(200, me(true));
      if (url.includes('/admin/kpis')) {
        return json(200, {
          from: '2026-12-05', to: '2026-12-06', days: 30, series, tiers: ['static'],
          by_tier_outcome: [{ tier: 'static', outcome: 'completed', count: 2 }, { tier: 'static', outcome: 'failed', count: 2 }],
          totals: { users: 3, admins: 1, disabled: 0, sign_ups: 1, active_users: 2, analyses: 4, credits_sold: 100, credits_spent: 20, credits_granted: 0, credits_refunded: 0, ai_cost_usd: 1 },
        });
      }
      return undefined;
    });
    renderAt('/admin');
    const totals = await screen.findByTestId('kpi-totals');
    expect(totals.textContent).toContain('Credits sold100');
    expect(totals.textContent).toContain('AI cost$1.00');
    expect(screen.getAllByTestId('kpi-chart')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: '7 days' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/admin?days=7'));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/admin/kpis?days=7'))).toBe(true));
  });

  it('names browsers in words', () => {
    expect(browser('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Chrome on macOS');
    expect(browser('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on Linux');
    expect(browser('')).toBe('unknown browser');
    expect(browser('vigil-cli/1.0')).toBe('vigil-cli/1.0');
  });
});
