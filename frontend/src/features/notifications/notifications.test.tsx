import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { json, serve } from '../../test-utils';
import { WorkspaceNotifications } from './WorkspaceNotifications';
import type { ChannelView, DeliveryView } from './api';

function renderWith(ui: React.ReactNode) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={qc}>{ui}</QueryClientProvider>);
}

afterEach(() => vi.unstubAllGlobals());

const base = '/api/v1/integrations/notifications';

describe('WorkspaceNotifications', () => {
  it('adds a webhook, shows its secret once, toggles an event, sends a test and lists deliveries', async () => {
    let items: ChannelView[] = [];
    const delivery: DeliveryView = {
      id: 'd1', event: 'test', status: 'failed', attempts: 1, response_code: 500, error: 'the receiver answered 500',
      next_attempt_at: null, delivered_at: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
    };
    const calls = serve((url, init) => {
      const method = init?.method ?? 'GET';
      if (url === base && method === 'GET') return json(200, { items, event_types: [] });
      if (url === base && method === 'POST') {
        const r = JSON.parse(String(init!.body));
        const c: ChannelView = { id: 'c1', name: r.name, kind: r.kind, target_hint: 'https://hooks.example.com', events: r.events, enabled: true, created_at: '', updated_at: '' };
        items = [c];
        return json(201, { ...c, secret: 'whsec_abc' });
      }
      if (url === `${base}/c1` && method === 'PATCH') {
        items = [{ ...items[0], ...JSON.parse(String(init!.body)) }];
        return json(200, items[0]);
      }
      if (url === `${base}/c1/test`) return json(200, delivery);
      if (url.startsWith(`${base}/c1/deliveries`)) return json(200, { items: [delivery] });
    });
    renderWith(<WorkspaceNotifications workspaceId="ws1" />);
    expect(await screen.findByText(/No channels yet/, {}, { timeout: 5000 })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Name'), 'ci hooks');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'webhook');
    await userEvent.type(screen.getByLabelText('Endpoint URL'), 'https://hooks.example.com/x?token=t0k');
    await userEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(await screen.findByText('whsec_abc', {}, { timeout: 5000 })).toBeInTheDocument();
    // The URL (with its token) is forgotten once stored.
    expect(screen.getByLabelText('Endpoint URL')).toHaveValue('');
    const post = calls.find((c) => c.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init!.body))).toEqual({
      name: 'ci hooks', kind: 'webhook', url: 'https://hooks.example.com/x?token=t0k',
      events: ['analysis.failed', 'findings.critical_high', 'credits.low'],
    });
    for (const c of calls) expect((c.init?.headers as Record<string, string>)['X-Vigil-Workspace']).toBe('ws1');

    const row = (await screen.findByRole('list', { name: 'Notification channels' }, { timeout: 5000 })).querySelector('li')!;
    await userEvent.click(within(row).getByLabelText('Analysis completed'));
    await waitFor(() => expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.init?.method === 'PATCH')!;
    expect(JSON.parse(String(patch.init!.body))).toEqual({ events: ['analysis.completed', 'analysis.failed', 'findings.critical_high', 'credits.low'] });

    await userEvent.click(within(row).getByRole('button', { name: 'Send test' }));
    expect(await within(row).findByRole('status', {}, { timeout: 5000 })).toHaveTextContent('failed HTTP 500 the receiver answered 500');
    await userEvent.click(within(row).getByRole('button', { name: 'Deliveries' }));
    const log = await within(row).findByRole('table', { name: 'Delivery log' }, { timeout: 5000 });
    expect(log).toHaveTextContent('Test');
    expect(log).toHaveTextContent('500');
  }, 30_000);
});
