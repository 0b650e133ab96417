import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { currentWorkspaceId, setCurrentWorkspaceId, WORKSPACE_HEADER } from '../../api/workspace';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import { WorkspaceScope } from './WorkspaceScope';
import { roleCan, workspacePath, type Action } from './workspace';
import type { Me, Role } from './api';
import { json, serve } from '../../test-utils';

const personal = { id: 'p1', name: 'Ada', personal: true, role: 'owner' as Role };
const team = { id: 't1', name: 'Team', personal: false, role: 'viewer' as Role };

function me(acting: typeof personal): Me {
  return {
    id: 'u1', email: 'ada@example.com', name: 'Ada', instance_admin: false, has_password: true, email_verified: true, disabled: false,
    created_at: '2026-01-01T00:00:00Z', workspace: acting, workspaces: [personal, team], auth_method: 'cookie',
  };
}

function header(init?: RequestInit): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[WORKSPACE_HEADER];
}

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname}</p>;
}

/** An analysis page stand-in: tells which workspace its request named. */
function AskAnalysis({ onAsk }: { onAsk: (ws: string | undefined) => void }) {
  const q = useQuery({ queryKey: ['analysis'], queryFn: async () => (onAsk(currentWorkspaceId()), 'analysis') });
  return <p>{q.data}</p>;
}

function renderAt(path: string, routes: React.ReactNode) {
  document.cookie = 'vigil_csrf=tok';
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <WorkspaceSwitcher />
        <Where />
        <Routes>{routes}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCurrentWorkspaceId(undefined);
});

describe('permission table', () => {
  const cases: [Role | undefined, Action, boolean][] = [
    ['viewer', 'analysis:read', true],
    ['viewer', 'analysis:triage', false],
    ['viewer', 'analysis:create', false],
    ['member', 'analysis:triage', true],
    ['member', 'analysis:delete', false],
    ['admin', 'ai:manage', true],
    ['admin', 'credits:admin', false],
    ['owner', 'credits:admin', true],
    [undefined, 'analysis:read', false],
  ];
  it.each(cases)('%s may %s: %s', (role, action, want) => {
    expect(roleCan(role, action)).toBe(want);
  });

  it('builds workspace paths', () => {
    expect(workspacePath('t1', 'analyses')).toBe('/w/t1/analyses');
    expect(workspacePath('t1', '/analyses/new')).toBe('/w/t1/analyses/new');
    expect(workspacePath(undefined, 'analyses')).toBe('/analyses');
  });
});

describe('current workspace', () => {
  it('names the current workspace on every request unless the caller names one', async () => {
    const calls = serve(() => json(200, {}));
    await api('/api/v1/analyses');
    setCurrentWorkspaceId('t1');
    await api('/api/v1/analyses');
    await api('/api/v1/api-keys', { headers: { [WORKSPACE_HEADER]: 'p1' } });
    expect(calls.map((c) => header(c.init))).toEqual([undefined, 't1', 'p1']);
  });

  it('switches from the header, remembers it on the server and sends it from then on', async () => {
    let acting = personal;
    const calls = serve((url, init) => {
      if (url === '/api/v1/auth/me') return json(200, me(acting));
      if (url === '/api/v1/auth/me/workspace' && init?.method === 'PUT') {
        acting = team;
        return json(200, me(team));
      }
      if (url === '/api/v1/analyses') return json(200, { items: [] });
    });
    const analysisAsked: (string | undefined)[] = [];
    renderAt(
      '/w/p1/analyses/a1',
      <Route path="/w/:workspaceId" element={<WorkspaceScope />}>
        <Route path="analyses" element={<p>list</p>} />
        <Route path="analyses/:id" element={<AskAnalysis onAsk={(ws) => analysisAsked.push(ws)} />} />
      </Route>,
    );
    const select = await screen.findByLabelText('Workspace', {}, { timeout: 5000 });
    await waitFor(() => expect(select).toHaveValue('p1'));
    await userEvent.selectOptions(select, 't1');
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/w/t1/analyses'));
    await screen.findByText('list');
    // the personal analysis on screen was never asked for in the team
    expect(analysisAsked).toEqual(['p1']);
    const put = calls.find((c) => c.url === '/api/v1/auth/me/workspace');
    expect(JSON.parse(String(put?.init?.body))).toEqual({ workspace_id: 't1' });
    await api('/api/v1/analyses');
    expect(header(calls[calls.length - 1].init)).toBe('t1');
    expect(screen.getByRole('option', { name: 'Team · viewer' })).toBeInTheDocument();
  });

  it('opens a shared /w/ link in its workspace, and refuses one of a workspace the user is not in', async () => {
    let acting = personal;
    const calls = serve((url, init) => {
      if (url === '/api/v1/auth/me') return json(200, me(acting));
      if (url === '/api/v1/auth/me/workspace' && init?.method === 'PUT') {
        acting = team;
        return json(200, me(team));
      }
    });
    const routes = (
      <Route path="/w/:workspaceId" element={<WorkspaceScope />}>
        <Route path="analyses" element={<p>team analyses</p>} />
      </Route>
    );
    const { unmount } = renderAt('/w/t1/analyses', routes);
    await screen.findByText('team analyses', {}, { timeout: 5000 });
    expect(calls.some((c) => c.url === '/api/v1/auth/me/workspace')).toBe(true);
    unmount();
    setCurrentWorkspaceId(undefined);
    renderAt('/w/someone-else/analyses', routes);
    expect(await screen.findByTestId('workspace-not-found')).toHaveTextContent('not a member');
  });
});
