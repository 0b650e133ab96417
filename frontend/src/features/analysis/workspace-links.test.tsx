import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Analysis, FindingListItem } from './api';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';

// In-app links name the workspace they were followed in (/w/{id}/...), so
// Back after switching workspace reopens the page where it was seen
// instead of answering 404 in the new workspace first.

const ME = {
  id: 'u1', email: 'a@example.com', name: 'A', workspace: { id: 't1', name: 'Team', role: 'owner' },
  workspaces: [{ id: 'p1', name: 'A', personal: true, role: 'owner' }, { id: 't1', name: 'Team', personal: false, role: 'owner' }],
};

const analysis: Analysis = {
  id: 'a1', workspace_id: 't1', created_by: 'u1', name: 'app.zip', project_key: 'app.zip', source_kind: 'upload', tier: 'static',
  options: { include_tests: false }, status: 'completed', phase: 'completed', attempts: 1, quote_min: 1, quote_max: 2,
  cost_credits: 1, credits_state: 'settled', ai_cost_usd: 0, ai_status: '', files_total: 3, files_scanned: 3, lines_total: 40,
  lines_scanned: 40, counts: { critical: 1, high: 0, medium: 0, low: 0, info: 0 }, score: 80, grade: 'B', score_method: 'score = …',
  notes: [], source_retained: false, retention: 'Deleted.', created_at: '2026-11-23T10:00:00Z',
};

// A list item as the server writes it by default: no trace, context,
// remediation, references or snippet.
const item: FindingListItem = {
  id: 'f1', analysis_id: 'a1', fingerprint: 'fp', rule_id: 'py.sqli', kind: 'sast', title: 'SQL injection', message: 'm',
  severity: 'critical', confidence: 'high', cwe: ['CWE-89'], owasp: ['A03:2021'],
  location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 10, end_column: 40 },
  extra: {}, ai: null, triage: { state: 'open', reason: '' },
};

const summary = {
  analysis_id: 'a1', scope: 'open', file_kind: 'production', findings: 1, by_severity: { critical: 1, high: 0, medium: 0, low: 0, info: 0 },
  by_cwe: { buckets: [], other: 0, distinct: 0 }, by_owasp: { buckets: [], other: 0, distinct: 0 },
  by_rule: { buckets: [], other: 0, distinct: 0 }, by_file: { buckets: [], other: 0, distinct: 0 },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('in-app links carry the workspace', () => {
  const cases: { name: string; path: string; link: RegExp; href: string }[] = [
    { name: 'history → analysis', path: '/analyses', link: /^app\.zip$/, href: '/w/t1/analyses/a1' },
    { name: 'report → finding', path: '/analyses/a1', link: /^SQL injection$/, href: '/w/t1/findings/f1' },
    { name: 'report → history', path: '/analyses/a1', link: /Analyses/, href: '/w/t1/analyses' },
  ];
  it.each(cases)('$name', async ({ path, link, href }) => {
    serve((url) => {
      const u = new URL(url, 'http://x');
      if (u.pathname === '/api/v1/auth/me') return json(200, ME);
      if (u.pathname === '/api/v1/analyses') return json(200, { items: [analysis], next_cursor: '' });
      if (u.pathname === '/api/v1/analyses/a1') return json(200, analysis);
      if (u.pathname === '/api/v1/analyses/a1/findings') return json(200, { items: [item], next_cursor: '' });
      if (u.pathname === '/api/v1/analyses/a1/summary') return json(200, summary);
      return undefined;
    });
    document.cookie = 'vigil_csrf=tok; path=/';
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>{analysisRoutes}</Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    // The report page is loaded on demand (CodeMirror, charts): slow on a busy machine.
    await waitFor(() => expect(screen.getAllByRole('link', { name: link })[0].getAttribute('href')).toBe(href), { timeout: 25_000 });
  }, 30_000);
});
