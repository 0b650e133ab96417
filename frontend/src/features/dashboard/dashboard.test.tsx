import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Home } from '../../pages/Home';
import type { Role } from '../auth/api';
import { json, serve } from '../../test-utils';

function meAs(role: Role) {
  const ws = { id: 't1', name: 'Platform team', personal: false, role };
  return { id: 'u1', email: 'a@example.com', name: 'A', instance_admin: false, has_password: true, email_verified: true,
    created_at: '2026-01-01T00:00:00Z', workspace: ws, workspaces: [ws], auth_method: 'cookie' };
}

const trend = Array.from({ length: 30 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, critical: i < 20 ? 2 : 1, high: 3 }));

function renderHome() {
  document.cookie = 'vigil_csrf=tok';
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter>
        <Home />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('dashboard', () => {
  it('shows open critical/high, the trend, projects, recent analyses and, for admins, the setup checklist', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, meAs('admin'));
      if (url === '/api/v1/dashboard')
        return json(200, {
          workspace_id: 't1', open_critical: 1, open_high: 3, empty: false, trend,
          projects: [{ project_key: 'api', name: 'api', analysis_id: 'a1', finished_at: '2026-11-30T10:00:00Z', counts: { critical: 1, high: 3, medium: 0, low: 0, info: 0 }, score: 60, grade: 'D', open_critical_high: 4 }],
          recent: [{ id: 'a2', name: 'web.zip', project_key: 'web', status: 'running', created_at: '2026-11-30T11:00:00Z' }],
          setup: [
            { id: 'ai', label: 'AI provider', done: false, detail: 'No instance AI provider.', link: '/settings/workspaces' },
            { id: 'email', label: 'Email', done: false, detail: 'Set `smtp.host` (run `vigil config`).', link: '' },
          ],
        });
    });
    renderHome();
    expect(await screen.findByTestId('open-critical', {}, { timeout: 5000 })).toHaveTextContent('1');
    expect(screen.getByTestId('open-high')).toHaveTextContent('3');
    expect(screen.getByTestId('dashboard-trend')).toHaveTextContent('4 open critical and high today, 5 thirty days ago');
    expect(screen.getByRole('link', { name: 'api' })).toHaveAttribute('href', '/w/t1/projects/api');
    expect(screen.getByTestId('dashboard-recent')).toHaveTextContent('running');
    expect(screen.getByTestId('setup-checklist')).toHaveTextContent('0 of 2 done');
    // The server's details are Markdown: code spans, not literal backticks.
    expect(screen.getByTestId('setup-email')).not.toHaveTextContent('`');
    expect(screen.getByTestId('setup-email').querySelector('code')).toHaveTextContent('smtp.host');
    expect(screen.getByTestId('setup-ai')).toContainElement(screen.getByRole('link', { name: 'Set it up' }));
    expect(screen.queryByText(/connect a GitHub repository/i)).toBeNull();
  });

  it('offers the first scan in an empty workspace, and no checklist or scan to a viewer', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, meAs('viewer'));
      if (url === '/api/v1/dashboard') return json(200, { workspace_id: 't1', open_critical: 0, open_high: 0, empty: true, trend, projects: [], recent: [] });
    });
    renderHome();
    expect(await screen.findByTestId('dashboard-empty', {}, { timeout: 5000 })).toHaveTextContent('Analyses that members of Platform team start');
    expect(screen.queryByRole('link', { name: 'Scan your first project' })).toBeNull();
    expect(screen.queryByTestId('setup-checklist')).toBeNull();
  });
});
