import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { aiRoutes } from './routes';
import { WorkspaceAIProviders } from './WorkspaceAIProviders';
import { formatLatency, type AIProviderView, type ProviderHealth } from './api';

type Handler = (url: string, init?: RequestInit) => Response | undefined;

function json(status: number, body: unknown) {
  const ct = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': ct } });
}

function serve(handler: Handler) {
  const calls: { url: string; method: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return handler(url, init) ?? json(404, { type: 'x', title: 'Not found', status: 404 });
    }),
  );
  return calls;
}

function me(admin: boolean) {
  return { id: 'u1', email: 'ada@example.com', name: 'Ada', instance_admin: admin, has_password: true, created_at: '', workspaces: [], auth_method: 'cookie' };
}

function renderWith(ui: React.ReactNode, path = '/') {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {aiRoutes}
          <Route path="/" element={ui} />
          <Route path="/signin" element={<p>sign-in page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const health = (over: Partial<ProviderHealth>): ProviderHealth => ({
  name: 'openai',
  kind: 'openai',
  breaker: 'closed',
  consecutive_failures: 0,
  calls: 0,
  failures: 0,
  recent_errors: [],
  avg_latency_ms: 0,
  p95_latency_ms: 0,
  models: ['gpt-4o-mini'],
  ...over,
});

beforeEach(() => {
  document.cookie = 'vigil_csrf=tok; path=/';
});
afterEach(() => vi.unstubAllGlobals());

describe('AI health page', () => {
  it('shows breaker state, latency and recent errors of each provider', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, me(true));
      if (url === '/api/v1/admin/ai/health')
        return json(200, {
          status: { configured: true, message: 'AI review enabled: 1 of 2 providers available' },
          providers: [
            health({ name: 'openai', calls: 40, failures: 2, avg_latency_ms: 850.4, p95_latency_ms: 2300 }),
            health({ name: 'spare', calls: 0 }),
            health({
              name: 'local',
              kind: 'ollama',
              breaker: 'open',
              consecutive_failures: 5,
              open_until: '2026-12-01T10:00:00Z',
              calls: 5,
              failures: 5,
              recent_errors: [
                { at: '2026-12-01T09:58:00Z', message: 'HTTP 500 first' },
                { at: '2026-12-01T09:59:00Z', message: 'connection refused last' },
              ],
              models: ['qwen'],
            }),
          ],
        });
    });
    renderWith(null, '/admin/ai');
    const openai = await screen.findByRole('listitem', { name: 'Provider openai' }, { timeout: 5000 });
    expect(within(openai).getByText('Healthy')).toBeInTheDocument();
    // A closed breaker that has seen no call does not claim the provider works.
    const spare = screen.getByRole('listitem', { name: 'Provider spare' });
    expect(within(spare).getByText('No calls yet')).toBeInTheDocument();
    expect(within(spare).queryByText('Healthy')).toBeNull();
    expect(within(openai).getByText('850 ms')).toBeInTheDocument();
    expect(within(openai).getByText('2.3 s')).toBeInTheDocument();
    expect(within(openai).getByText('2 (5%)')).toBeInTheDocument();
    expect(within(openai).getByText('None since this replica started.')).toBeInTheDocument();
    const local = screen.getByRole('listitem', { name: 'Provider local' });
    expect(within(local).getByText('Unavailable')).toBeInTheDocument();
    expect(within(local).getByText(/after 5 consecutive failures/)).toBeInTheDocument();
    const errors = within(local).getAllByText(/first|last/);
    expect(errors[0]).toHaveTextContent('connection refused last'); // newest first
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 providers available');
  });

  it('explains how to enable AI when no provider is configured', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, me(true));
      if (url === '/api/v1/admin/ai/health')
        return json(200, { status: { configured: false, message: 'AI review not configured', help: 'set VIGIL_AI_PROVIDERS' }, providers: [] });
    });
    renderWith(null, '/admin/ai');
    expect(await screen.findByRole('heading', { name: 'AI review not configured' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('set VIGIL_AI_PROVIDERS')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('refuses non-administrators without asking the server for health', async () => {
    const calls = serve((url) => (url === '/api/v1/auth/me' ? json(200, me(false)) : undefined));
    renderWith(null, '/admin/ai');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Only instance administrators');
    expect(calls.some((c) => c.url.includes('/admin/ai/health'))).toBe(false);
  });
});

describe('workspace AI provider keys', () => {
  const stored: AIProviderView = {
    id: 'p1',
    name: 'mine',
    kind: 'openai',
    base_url: '',
    key_last4: 'WXYZ',
    has_key: true,
    models: [{ name: 'gpt-4o-mini', tier: 'fast', input_price: 0.15, output_price: 0.6, context: 128000 }],
    concurrency: 0,
    created_at: '2026-12-01T09:00:00Z',
    last_validated_at: '2026-12-01T09:00:00Z',
  };

  it('adds a key (shown afterwards only by its last 4 characters), shows field errors and removes it', async () => {
    let items: AIProviderView[] = [];
    let attempts = 0;
    const calls = serve((url, init) => {
      const base = '/api/v1/workspaces/ws1/ai-providers';
      if (url === base && (init?.method ?? 'GET') === 'GET') return json(200, { items, note: items.length ? 'billed by the provider' : '' });
      if (url === base && init?.method === 'POST') {
        attempts++;
        if (attempts === 1)
          return json(422, {
            type: 'x',
            title: 'Unprocessable',
            status: 422,
            detail: 'the provider did not accept this configuration: the provider rejected the API key (HTTP 401)',
            errors: [{ field: 'api_key', message: 'the provider rejected the API key (HTTP 401)' }],
          });
        items = [stored];
        return json(201, stored);
      }
      if (url === `${base}/p1` && init?.method === 'DELETE') {
        items = [];
        return json(204, null);
      }
    });
    renderWith(<WorkspaceAIProviders workspaceId="ws1" />);
    expect(await screen.findByText(/No keys yet/, {}, { timeout: 5000 })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Name'), 'mine');
    await userEvent.type(screen.getByLabelText('API key'), 'sk-wrong');
    await userEvent.type(screen.getByLabelText('Model'), 'gpt-4o-mini');
    await userEvent.click(screen.getByRole('button', { name: 'Check and add' }));
    expect(await screen.findByText('the provider rejected the API key (HTTP 401)', {}, { timeout: 5000 })).toBeInTheDocument();
    // Said once, under the field; the note above only points at it.
    expect(screen.getAllByText(/rejected the API key/)).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the field marked below.');

    const keyInput = screen.getByLabelText('API key');
    expect(keyInput).toHaveAttribute('type', 'password');
    await userEvent.clear(keyInput);
    await userEvent.type(keyInput, 'sk-right-key-abcdWXYZ');
    await userEvent.click(screen.getByRole('button', { name: 'Check and add' }));
    const details = await screen.findByText(/key ••••WXYZ/, {}, { timeout: 5000 });
    // The line is truncated on narrow screens: its title carries all of it.
    expect(details).toHaveAttribute('title', details.textContent);
    expect(details.getAttribute('title')).toMatch(/· checked /);
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.queryByText(/sk-right-key/)).toBeNull();
    const post = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(post.body).toEqual({
      name: 'mine',
      kind: 'openai',
      base_url: '',
      api_key: 'sk-right-key-abcdWXYZ',
      models: [{ name: 'gpt-4o-mini', tier: 'fast', input_price: 0, output_price: 0, context: 128000 }],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Remove mine' }));
    await waitFor(() => expect(screen.getByText(/No keys yet/)).toBeInTheDocument(), { timeout: 5000 });
    expect(calls.some((c) => c.method === 'DELETE' && c.url.endsWith('/ai-providers/p1'))).toBe(true);
  });
});

describe('formatLatency', () => {
  it.each([
    [0, '—'],
    [12.4, '12 ms'],
    [999, '999 ms'],
    [1500, '1.5 s'],
  ])('%s ms is %s', (ms, want) => expect(formatLatency(ms)).toBe(want));
});
