import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { THEME_KEY } from './theme';

const doc = {
  openapi: '3.1.0',
  info: { title: 'Vigil API', version: '1.2.3', description: 'desc' },
  paths: {
    '/api/v1/items/{id}': {
      get: {
        operationId: 'getItem',
        summary: 'Fetch one item',
        tags: ['items'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The item', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } } },
        security: [{ cookie: [] }, { apiKey: [] }],
      },
    },
  },
  components: { securitySchemes: { cookie: { type: 'apiKey', description: 'Browser session.' } } },
};

function serve(ready = true) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      const json = (status: number, body: unknown, ct = 'application/json') =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': ct } });
      if (url === '/api/v1/meta') return json(200, { name: 'Vigil', version: '1.2.3' });
      if (url === '/healthz/ready')
        return ready ? json(200, { status: 'ready' }) : json(503, { type: 'x', title: 'Service unavailable', status: 503 }, 'application/problem+json');
      if (url === '/api/v1/openapi.json') return json(200, doc);
      return json(404, { type: 'x', title: 'Not found', status: 404 }, 'application/problem+json');
    }),
  );
}

function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  document.documentElement.classList.remove('dark');
});
afterEach(() => vi.unstubAllGlobals());

describe('app shell', () => {
  it('shows the dashboard with readiness and version', async () => {
    serve(true);
    renderAt('/');
    expect(screen.getByRole('banner')).toHaveTextContent('Vigil');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('ready-status')).toHaveTextContent('Running'));
    expect(screen.getByTestId('version')).toHaveTextContent('1.2.3');
  });

  it('says when the server is not ready', async () => {
    serve(false);
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('ready-status')).toHaveTextContent('Not ready'));
  });

  it('renders the sign-in page with an email form', () => {
    serve();
    renderAt('/signin');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
  });

  it('renders a 404 page for unknown routes', () => {
    serve();
    renderAt('/no/such/page');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
  });

  it('renders the API reference from the OpenAPI document', async () => {
    serve();
    renderAt('/docs/api');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Vigil API' })).toBeInTheDocument());
    expect(screen.getByText('/api/v1/items/{id}')).toBeInTheDocument();
    expect(screen.getByText('Fetch one item')).toBeInTheDocument();
    expect(screen.getByText('Authentication: cookie or apiKey')).toBeInTheDocument();
    expect(document.getElementById('problem-not_found')).not.toBeNull();
  });

  it('toggles dark mode by keyboard and remembers the choice', async () => {
    serve();
    const user = userEvent.setup();
    const { unmount } = renderAt('/');
    const toggle = screen.getByTestId('theme-toggle');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    unmount();
    renderAt('/');
    expect(screen.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('theme-toggle'));
    expect(document.documentElement).not.toHaveClass('dark');
    expect(window.localStorage.getItem(THEME_KEY)).toBe('light');
  });
});
