import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiKeysPage, ciSnippets } from './ApiKeysPage';
import type { Role } from './api';
import { json, serve } from '../../test-utils';

function meAs(role: Role) {
  const ws = { id: 't1', name: 'Platform team', personal: false, role };
  return { id: 'u1', email: 'a@example.com', name: 'A', instance_admin: false, has_password: true, email_verified: true,
    created_at: '2026-01-01T00:00:00Z', workspace: ws, workspaces: [ws], auth_method: 'cookie' };
}

function renderPage() {
  document.cookie = 'vigil_csrf=tok';
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter>
        <ApiKeysPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('API keys page', () => {
  it('names the workspace, creates a key with a copy button and offers CI snippets', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const calls = serve((url, init) => {
      if (url === '/api/v1/auth/me') return json(200, meAs('member'));
      if (url === '/api/v1/api-keys' && init?.method === 'POST')
        return json(201, { id: 'k1', name: 'ci', prefix: 'vigil_Ab', scopes: ['analyze'], workspace_id: 't1', created_at: '2026-01-01T00:00:00Z', key: 'vigil_AbSecret' });
      if (url === '/api/v1/api-keys') return json(200, { items: [] });
    });
    renderPage();
    expect(await screen.findByTestId('api-keys-workspace', {}, { timeout: 5000 })).toHaveTextContent('Platform team');
    await userEvent.type(screen.getByLabelText('Key name'), 'ci');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByTestId('new-api-key')).toHaveTextContent('vigil_AbSecret');
    const post = calls.find((c) => c.url === '/api/v1/api-keys' && c.init?.method === 'POST');
    expect((post?.init?.headers as Record<string, string>)['X-Vigil-Workspace']).toBe('t1');
    await userEvent.click(screen.getByRole('button', { name: 'Copy the new API key' }));
    expect(writeText).toHaveBeenCalledWith('vigil_AbSecret');
    await waitFor(() => expect(screen.getAllByText('Copied').length).toBeGreaterThan(0));
    for (const tab of ['GitHub Actions', 'GitLab CI', 'Shell']) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByTestId('ci-snippet')).toHaveTextContent(`vigil scan --server ${window.location.origin}`);
    }
  });

  it('tells a viewer why there is no form, and fetches no keys', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, meAs('viewer'));
    });
    renderPage();
    expect(await screen.findByTestId('api-keys-not-allowed', {}, { timeout: 5000 })).toHaveTextContent('viewer');
    expect(screen.queryByRole('button', { name: 'Create key' })).toBeNull();
    expect(calls.some((c) => c.url === '/api/v1/api-keys')).toBe(false);
  });

  it('reads the key from a secret in every snippet', () => {
    for (const s of ciSnippets('https://vigil.example.com')) {
      expect(s.text).toContain('vigil scan --server https://vigil.example.com');
      expect(s.text).not.toContain('vigil_A');
    }
  });
});
