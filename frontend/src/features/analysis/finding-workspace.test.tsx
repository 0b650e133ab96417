import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';

// A link to a finding without /w/{id}/ (an old bookmark) that the acting
// workspace does not hold: the app asks the server once which workspace
// holds it (GET /findings/{id}/workspace) and opens it there, instead of
// asking each of the user's workspaces in turn.

const ME = {
  id: 'u1', email: 'a@example.com', name: 'A', workspace: { id: 'p1', name: 'A', personal: true, role: 'owner' },
  workspaces: [
    { id: 'p1', name: 'A', personal: true, role: 'owner' },
    { id: 't1', name: 'Team', personal: false, role: 'viewer' },
    { id: 't2', name: 'Other team', personal: false, role: 'viewer' },
  ],
};

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search + l.hash}</p>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a finding link without its workspace', () => {
  const cases: { name: string; lookup: () => Response; where: string; text?: RegExp }[] = [
    { name: 'opens in the workspace that holds it', lookup: () => json(200, { id: 't2', name: 'Other team' }), where: '/w/t2/findings/f1?from=x#trace' },
    { name: 'is not found when no workspace of the user holds it', lookup: () => json(404, { type: 'x', title: 'Not found', status: 404 }), where: '/findings/f1?from=x#trace', text: /Finding not found/ },
    {
      name: 'is not found when the server names the acting workspace',
      lookup: () => json(200, { id: 'p1', name: 'A' }),
      where: '/findings/f1?from=x#trace',
      text: /Finding not found/,
    },
  ];
  it.each(cases)('$name', async ({ lookup, where, text }) => {
    const calls = serve((url) => {
      const u = new URL(url, 'http://x');
      if (u.pathname === '/api/v1/auth/me') return json(200, ME);
      if (u.pathname === '/api/v1/findings/f1/workspace') return lookup();
      return undefined; // the finding itself: 404 in the acting workspace (and in any other asked)
    });
    document.cookie = 'vigil_csrf=tok; path=/';
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <MemoryRouter initialEntries={['/findings/f1?from=x#trace']}>
          <Where />
          <Routes>
            {analysisRoutes}
            <Route path="w/:workspaceId/findings/:id" element={<p>opened in its workspace</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    if (text) await screen.findByText(text, undefined, { timeout: 25_000 });
    else await screen.findByText('opened in its workspace', undefined, { timeout: 25_000 });
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe(where), { timeout: 25_000 });
    const asked = calls.map((c) => new URL(c.url, 'http://x').pathname);
    expect(asked.filter((p) => p === '/api/v1/findings/f1/workspace')).toHaveLength(1);
    // the finding is asked once, in the acting workspace: no walk through the others
    expect(asked.filter((p) => p === '/api/v1/findings/f1')).toHaveLength(1);
  }, 30_000);
});
