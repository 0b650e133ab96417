import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { json, serve } from '../../test-utils';
import { repositoryRoutes } from './routes';
import type { Repository, RepositoryDetail } from './api';

function renderAt(path: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{repositoryRoutes}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const repo: Repository = {
  id: 'r1', provider: 'git', url: 'https://gitlab.example.com/acme/api.git', name: 'gitlab.example.com/acme/api', default_branch: '',
  has_token: true, token_last4: '6789', watched: true, tier: 'static', monthly_budget: 0, schedule: '', review_threshold: 'high', sarif_upload: false,
  created_at: '2026-12-01T10:00:00Z', updated_at: '2026-12-01T10:00:00Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('RepositoriesPage', () => {
  it('lists repositories, adds one by URL and hides GitHub when the App is off', async () => {
    const added: unknown[] = [];
    serve((url, init) => {
      if (url === '/api/v1/repositories' && init?.method === 'POST') {
        added.push(JSON.parse(String(init.body)));
        return json(201, { ...repo, id: 'r2', name: 'gitea.example.com/x/y' });
      }
      if (url === '/api/v1/repositories') return json(200, { repositories: [repo] });
      return undefined; // GitHub App: 404
    });
    renderAt('/repositories');
    expect(await screen.findByRole('link', { name: 'gitlab.example.com/acme/api' })).toHaveAttribute('href', '/repositories/r1');
    expect(screen.getByText(/token ••••6789/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Clone URL'), 'https://gitea.example.com/x/y.git');
    await userEvent.type(screen.getByLabelText(/Access token/), 'secret-token');
    await userEvent.click(screen.getByRole('button', { name: 'Add repository' }));
    await waitFor(() => expect(added).toEqual([{ url: 'https://gitea.example.com/x/y.git', token: 'secret-token' }]));
    expect(await screen.findByRole('status')).toHaveTextContent('Connected gitea.example.com/x/y');
    expect(screen.queryByText('Install on GitHub')).toBeNull();
  });

  it('shows the field error the server names', async () => {
    serve((url, init) => {
      if (url === '/api/v1/repositories' && init?.method === 'POST')
        return json(422, { type: 'x', title: 'Validation failed', status: 422, errors: [{ field: 'url', message: 'must be an http(s) clone URL' }] });
      if (url === '/api/v1/repositories') return json(200, { repositories: [] });
      return undefined;
    });
    renderAt('/repositories');
    await userEvent.type(await screen.findByLabelText('Clone URL'), 'git@github.com:a/b.git');
    await userEvent.click(screen.getByRole('button', { name: 'Add repository' }));
    expect(await screen.findByText('must be an http(s) clone URL')).toBeInTheDocument();
  });
});

describe('RepositoriesPage after installing the GitHub App', () => {
  it('says the App is installed and lists the repositories to watch', async () => {
    serve((url) => {
      if (url === '/api/v1/repositories') return json(200, { repositories: [] });
      if (url === '/api/v1/integrations/github/repositories')
        return json(200, {
          installations: 1,
          repositories: [{ installation_id: 9, account: 'acme', github_id: 70, full_name: 'acme/api', url: 'https://github.com/acme/api', default_branch: 'main', private: true }],
        });
      return undefined;
    });
    renderAt('/repositories?github=installed');
    expect(await screen.findByRole('status')).toHaveTextContent('The GitHub App is installed for this workspace');
    expect(screen.getByRole('button', { name: 'Watch acme/api' })).toBeInTheDocument();
  });
});

describe('RepositoryPage', () => {
  it('shows the history with triggers and scans a ref', async () => {
    const detail: RepositoryDetail = {
      ...repo,
      scans: [
        { id: 's2', analysis_id: 'a2', ref: 'feature', commit: 'b'.repeat(40), trigger: 'pull_request', pr_number: 7, triggered_by: 'mona', status: 'started', created_at: '2026-12-02T10:00:00Z' },
        { id: 's1', ref: 'nope', trigger: 'manual', status: 'failed', error: 'unknown ref', created_at: '2026-12-01T10:00:00Z' },
      ],
    };
    const scans: unknown[] = [];
    serve((url, init) => {
      if (url === '/api/v1/repositories/r1/scan') {
        scans.push(JSON.parse(String(init?.body)));
        return json(201, { id: 'a3', status: 'queued', ref: 'main', commit: 'c'.repeat(40), repository_id: 'r1', scan_id: 's3' });
      }
      if (url === '/api/v1/repositories/r1') return json(200, detail);
      return undefined;
    });
    renderAt('/repositories/r1');
    expect(await screen.findByText('PR #7')).toBeInTheDocument();
    expect(screen.getByText(/by mona/)).toBeInTheDocument();
    expect(screen.getByText('unknown ref')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Branch or tag'), 'main');
    await userEvent.click(screen.getByRole('button', { name: 'Scan' }));
    await waitFor(() => expect(scans).toEqual([{ ref: 'main' }]));
    expect(await screen.findByRole('link', { name: 'follow the analysis' })).toHaveAttribute('href', '/analyses/a3');
  });

  it('turns SARIF upload on for a GitHub repository and shows each upload', async () => {
    const detail: RepositoryDetail = {
      ...repo,
      provider: 'github',
      full_name: 'acme/api',
      has_token: false,
      scans: [
        { id: 's2', analysis_id: 'a2', ref: 'main', commit: 'e'.repeat(40), trigger: 'push', status: 'started', sarif_status: 'failed: invalid SARIF', created_at: '2026-12-02T10:00:00Z' },
        { id: 's1', analysis_id: 'a1', ref: 'main', commit: 'd'.repeat(40), trigger: 'push', status: 'started', sarif_id: 'u1', sarif_status: 'complete', created_at: '2026-12-01T10:00:00Z' },
      ],
    };
    const patches: unknown[] = [];
    serve((url, init) => {
      if (url === '/api/v1/repositories/r1' && init?.method === 'PATCH') {
        patches.push(JSON.parse(String(init.body)));
        return json(200, { ...repo, provider: 'github', sarif_upload: true });
      }
      if (url === '/api/v1/repositories/r1') return json(200, detail);
      return undefined;
    });
    renderAt('/repositories/r1');
    const box = await screen.findByLabelText(/GitHub code scanning/);
    expect(box).not.toBeChecked();
    expect(screen.getByText('complete')).toBeInTheDocument();
    expect(screen.getByText('failed: invalid SARIF')).toBeInTheDocument();
    await userEvent.click(box);
    await waitFor(() => expect(patches).toEqual([{ sarif_upload: true }]));
  });

  it('charts open findings per completed scan and shows the latest result', async () => {
    const counts = (critical: number, high: number, medium = 0) => ({ critical, high, medium, low: 0, info: 0 });
    const detail: RepositoryDetail = {
      ...repo,
      default_branch: 'main',
      scans: [
        { id: 's5', analysis_id: 'a5', ref: 'feature', commit: 'a'.repeat(40), trigger: 'pull_request', pr_number: 7, status: 'started', analysis_status: 'completed', counts: counts(9, 9), created_at: '2026-12-05T10:00:00Z' },
        { id: 's4', analysis_id: 'a4', ref: 'main', commit: 'f'.repeat(40), trigger: 'push', status: 'started', analysis_status: 'running', created_at: '2026-12-04T10:00:00Z' },
        { id: 's3', analysis_id: 'a3', ref: 'main', commit: 'e'.repeat(40), trigger: 'schedule', status: 'started', analysis_status: 'completed', counts: counts(1, 2, 3), created_at: '2026-12-03T10:00:00Z' },
        { id: 's2', ref: 'nope', trigger: 'manual', status: 'failed', error: 'unknown ref', created_at: '2026-12-02T10:00:00Z' },
        { id: 's1', analysis_id: 'a1', ref: 'main', commit: 'd'.repeat(40), trigger: 'manual', status: 'started', analysis_status: 'completed', counts: counts(0, 0), created_at: '2026-12-01T10:00:00Z' },
      ],
    };
    const finding = {
      id: 'f1', analysis_id: 'a3', title: 'OS command injection', rule_id: 'VGL-PY-CMDI-001', severity: 'critical',
      location: { path: 'app/app.py', start_line: 6 }, triage: { state: 'open', reason: '' },
    };
    const calls = serve((url) => {
      if (url === '/api/v1/repositories/r1') return json(200, detail);
      if (url.startsWith('/api/v1/analyses/a3/findings?')) return json(200, { items: [finding], next_cursor: '' });
      return undefined;
    });
    renderAt('/repositories/r1');
    const chart = await screen.findByTestId('scan-chart');
    // Two completed scans of main, oldest first; the failed and the running
    // one are not bars, nor is the pull request's.
    expect(chart.querySelectorAll('[data-testid="scan-bar"]')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /last 2 completed scans; latest: 1 critical, 2 high, 3 medium, 0 low, 0 info/ })).toBeInTheDocument();
    const bars = chart.querySelectorAll('[data-testid="scan-bar"]');
    expect(bars[0].querySelector('title')?.textContent).toMatch(/^manual · main/);
    expect(bars[1].querySelectorAll('rect')).toHaveLength(3); // critical, high, medium
    const latest = await screen.findByTestId('latest-result');
    expect(latest).toHaveTextContent('schedule scan of main @ eeeeeeeeeeee');
    expect(screen.getByRole('link', { name: 'open the analysis' })).toHaveAttribute('href', '/analyses/a3');
    expect(await screen.findByRole('link', { name: 'OS command injection' })).toHaveAttribute('href', '/findings/f1');
    expect(screen.getByText('app/app.py:6')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('A scan of main is running');
    const q = new URL(calls.find((c) => c.url.startsWith('/api/v1/analyses/a3/findings'))!.url, 'http://x').searchParams;
    expect([q.get('sort'), q.get('triage'), q.get('limit')]).toEqual(['severity', 'open', '5']);
  });

  it('says so when no scan completed yet', async () => {
    serve((url) => (url === '/api/v1/repositories/r1' ? json(200, { ...repo, scans: [] }) : undefined));
    renderAt('/repositories/r1');
    expect(await screen.findByTestId('scan-chart-empty')).toHaveTextContent('No completed scan yet');
    expect(screen.getByText('No completed scan yet.')).toBeInTheDocument();
  });
});
