import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';

const ME = { id: 'u1', email: 'a@example.com', name: 'A', workspace: { id: 'w1', name: 'W', role: 'owner' }, workspaces: [] };

afterEach(() => vi.unstubAllGlobals());

describe('the estimate and billing', () => {
  it.each([
    [false, 'nothing is charged', 'you are charged'],
    [true, 'you are charged the actual cost', 'nothing is charged'],
  ])('billing enabled: %s → says %s', async (billing, says, never) => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, ME);
      if (url === '/api/v1/credits') return json(200, { workspace_id: 'w1', balance: 0, held: 0, available: 0, billing_enabled: billing });
      if (url === '/api/v1/analyses/quote')
        return json(200, { tier: 'static', min_credits: 1, max_credits: 1, files: 1, lines: 12, bytes: 300, ai_configured: false, ai_min_usd: 0, ai_max_usd: 0, notes: [] });
    });
    document.cookie = 'vigil_csrf=tok; path=/';
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <MemoryRouter initialEntries={['/analyses/new']}>
          <Routes>{analysisRoutes}</Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const input = await screen.findByLabelText('Choose files', {}, { timeout: 5000 });
    await userEvent.upload(input, new File(['print(1)'], 'app.zip', { type: 'application/zip' }));
    await userEvent.click(screen.getByRole('button', { name: 'Get quote' }));
    const line = await screen.findByTestId('quote-charge');
    expect(line).toHaveTextContent(says);
    expect(line).not.toHaveTextContent(never);
  });
});
