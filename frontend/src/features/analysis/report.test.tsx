import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Analysis, Finding } from './api';
import { groupRows } from './FindingsTable';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';

function renderAt(path: string) {
  document.cookie = 'vigil_csrf=tok; path=/';
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{analysisRoutes}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    id: 'a1', workspace_id: 'w1', created_by: 'u1', name: 'app.zip', project_key: 'app.zip', source_kind: 'upload', tier: 'static',
    options: { include_tests: false }, status: 'completed', phase: 'completed', attempts: 1, quote_min: 1, quote_max: 2,
    cost_credits: 1, credits_state: 'settled', ai_cost_usd: 0, ai_status: '', files_total: 3, files_scanned: 3, lines_total: 40,
    lines_scanned: 40, counts: { critical: 1, high: 2, medium: 0, low: 0, info: 0 }, score: 69, grade: 'C', score_method: 'score = …',
    notes: [], source_retained: false, retention: 'Deleted.', created_at: '2026-11-23T10:00:00Z',
    ...over,
  };
}

function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f1', analysis_id: 'a1', fingerprint: 'fp', rule_id: 'py.sqli', kind: 'sast', title: 'SQL injection', message: 'm',
    severity: 'critical', confidence: 'high', cwe: ['CWE-89'], owasp: ['A03:2021'],
    location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 10, end_column: 40 },
    snippet: '', trace: [], remediation: '', references: [], extra: {}, context: null, ai: null, triage: { state: 'open', reason: '' },
    ...over,
  };
}

const summary = (findings: number) => ({
  analysis_id: 'a1', scope: 'open', file_kind: 'production', findings, by_severity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  by_cwe: { buckets: [], other: 0, distinct: 0 }, by_owasp: { buckets: [], other: 0, distinct: 0 },
  by_rule: { buckets: [], other: 0, distinct: 0 }, by_file: { buckets: [], other: 0, distinct: 0 },
});

const rows = [
  finding(),
  finding({ id: 'f2', title: 'Command injection', rule_id: 'py.cmdi', cwe: ['CWE-78'], location: { path: 'cli.py', start_line: 3, start_column: 1, end_line: 3, end_column: 9 } }),
  finding({ id: 'f3', title: 'Second SQL injection', severity: 'high', location: { path: 'app.py', start_line: 20, start_column: 1, end_line: 20, end_column: 9 } }),
];

/** A report server: open findings by default, every one with triage=all. */
function reportServer(after?: Analysis) {
  let triaged = false;
  return serve((url, init) => {
    if (url === '/api/v1/analyses/a1/triage' && init?.method === 'POST') {
      triaged = true;
      return json(200, { updated: 2, analysis: after ?? analysis() });
    }
    if (url === '/api/v1/analyses/a1') return json(200, triaged && after ? after : analysis());
    if (url.startsWith('/api/v1/analyses/a1/summary')) return json(200, summary(url.includes('scope=all') ? 5 : 3));
    if (url.startsWith('/api/v1/analyses/a1/findings')) {
      const q = new URL(url, 'http://x').searchParams;
      if (q.get('triage') === 'open') return json(200, { items: rows, next_cursor: '' });
      return json(200, { items: [...rows, finding({ id: 'f4', title: 'Old finding', triage: { state: 'false_positive', reason: 'test data' } })], next_cursor: '' });
    }
    if (url.startsWith('/api/v1/analyses/a1/compare')) return json(200, { previous_id: null, new: [], fixed: [], unchanged: [], counts: { new: 0, fixed: 0, unchanged: 0 } });
    return undefined;
  });
}

describe('report', () => {
  it('puts the findings first, behind a skip link, with the charts collapsed below', async () => {
    reportServer();
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    const table = await screen.findByTestId('findings-table');
    const skip = screen.getByRole('link', { name: 'Skip to findings' });
    expect(skip.getAttribute('href')).toBe('#findings');
    const charts = screen.getByTestId('charts');
    expect(charts.tagName).toBe('DETAILS');
    expect(charts.hasAttribute('open')).toBe(false);
    // Document order: findings table, then charts, then exports.
    expect(table.compareDocumentPosition(charts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const exportLink = screen.getByRole('link', { name: 'SARIF' });
    expect(charts.compareDocumentPosition(exportLink) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('renders the server notes as Markdown in a disclosure that a small screen keeps closed', async () => {
    serve((url) => {
      if (url === '/api/v1/analyses/a1')
        return json(200, analysis({ ai_status: 'not_configured', notes: ['dependencies: not checked (`vigil osv sync --dir DIR` downloads one) <b>x</b>'] }));
      if (url.startsWith('/api/v1/analyses/a1/findings')) return json(200, { items: rows, next_cursor: '' });
      if (url.startsWith('/api/v1/analyses/a1/compare')) return json(200, { previous_id: null, new: [], fixed: [], unchanged: [], counts: { new: 0, fixed: 0, unchanged: 0 } });
      return undefined;
    });
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    const table = await screen.findByTestId('findings-table');
    const notes = screen.getByTestId('notes');
    expect(notes.tagName).toBe('DETAILS');
    // test-setup's matchMedia matches nothing: a phone, so one closed line.
    expect(notes.hasAttribute('open')).toBe(false);
    expect(notes.querySelector('summary')).toHaveTextContent('2 notes on this analysis · AI review off');
    expect(notes).not.toHaveTextContent('`');
    expect(notes.querySelector('code')).toHaveTextContent('vigil osv sync --dir DIR');
    // Markup in a note stays text.
    expect(notes.querySelector('b')).toBeNull();
    expect(notes).toHaveTextContent('<b>x</b>');
    expect(notes.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Below md the filters beyond the search wait behind "More filters", which says how many are set.
    const more = screen.getByTestId('more-filters');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('more-filters')).toHaveClass('max-md:hidden');
    await userEvent.click(screen.getByRole('checkbox', { name: 'critical' }));
    await waitFor(() => expect(more).toHaveTextContent('More filters (1 set)'));
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('more-filters')).not.toHaveClass('max-md:hidden');
  });

  it('disables the PDF export with the reason when the server cannot print it', async () => {
    for (const [pdf, enabled] of [
      [{ available: false, reason: 'PDF export is off: this server has no Chromium to print it.' }, false],
      [{ available: true }, true],
    ] as const) {
      serve((url) => {
        if (url === '/api/v1/analyses/a1') return json(200, analysis({ pdf_export: pdf }));
        if (url.startsWith('/api/v1/analyses/a1/findings')) return json(200, { items: rows, next_cursor: '' });
        if (url.startsWith('/api/v1/analyses/a1/compare')) return json(200, { previous_id: null, new: [], fixed: [], unchanged: [], counts: { new: 0, fixed: 0, unchanged: 0 } });
        return undefined;
      });
      vi.stubGlobal('EventSource', undefined);
      const { unmount } = renderAt('/analyses/a1');
      await screen.findByTestId('findings-table');
      if (enabled) {
        expect(screen.getByRole('link', { name: 'PDF' }).getAttribute('href')).toContain('report.pdf');
        expect(screen.queryByTestId('pdf-off-reason')).toBeNull();
      } else {
        const button = screen.getByRole('button', { name: 'PDF' });
        expect(button.hasAttribute('disabled')).toBe(true);
        expect(screen.queryByRole('link', { name: 'PDF' })).toBeNull();
        expect(screen.getByTestId('pdf-off-reason').textContent).toMatch(/no Chromium/);
        expect(button.getAttribute('aria-describedby')).toBe('pdf-off');
      }
      unmount();
    }
  });

  it('hides triaged findings by default, says how many, and shows them muted on request', async () => {
    const calls = reportServer();
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    const table = await screen.findByTestId('findings-table');
    await within(table).findByText('Command injection');
    expect(within(table).queryByText('Old finding')).toBeNull();
    const hidden = await screen.findByTestId('hidden-triaged');
    expect(hidden).toHaveTextContent('2 triaged or suppressed findings hidden');
    // The count comes from the same files as the table.
    expect(calls.filter((c) => c.url.includes('/summary?')).every((c) => c.url.includes('file_kind=production'))).toBe(true);
    await userEvent.click(within(hidden).getByRole('button', { name: 'Show them' }));
    const old = await within(table).findByText('Old finding');
    expect(old.closest('tr')?.getAttribute('data-triaged')).toBe('true');
    expect(within(table).getByText('SQL injection').closest('tr')?.hasAttribute('data-triaged')).toBe(false);
    expect(calls.some((c) => c.url.includes('/findings?') && !c.url.includes('triage='))).toBe(true);
  });

  it('triages the selected findings with one reason and shows the new score', async () => {
    const calls = reportServer(analysis({ counts: { critical: 0, high: 1, medium: 0, low: 0, info: 0 }, score: 91, grade: 'A' }));
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    const table = await screen.findByTestId('findings-table');
    await within(table).findByText('Command injection');
    await userEvent.click(within(table).getByRole('checkbox', { name: /Select SQL injection at app.py:10/ }));
    await userEvent.click(within(table).getByRole('checkbox', { name: /Select Command injection/ }));
    const bar = screen.getByTestId('bulk-triage');
    expect(bar).toHaveTextContent('2 selected');
    const apply = within(bar).getByRole('button', { name: 'Apply to 2' });
    expect(apply).toBeDisabled(); // a reason is required
    await userEvent.selectOptions(within(bar).getByLabelText('Mark as'), 'accepted_risk');
    await userEvent.type(within(bar).getByLabelText(/Reason/), 'internal tool');
    await userEvent.click(apply);
    await waitFor(() => expect(screen.getByTestId('grade')).toHaveTextContent('A'));
    expect(await screen.findByRole('status')).toHaveTextContent('2 findings triaged');
    const post = calls.find((c) => c.url === '/api/v1/analyses/a1/triage')!;
    expect(JSON.parse(String(post.init!.body))).toEqual({ finding_ids: ['f1', 'f2'], state: 'accepted_risk', reason: 'internal tool' });
    expect(screen.queryByTestId('bulk-triage')).toBeNull();
  });

  it('groups the findings by file, rule or CWE', async () => {
    reportServer();
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1?group=file');
    const table = await screen.findByTestId('findings-table');
    await within(table).findByText('Command injection');
    expect(within(table).getAllByTestId('finding-group').map((g) => g.textContent)).toEqual(['app.py (2)', 'cli.py (1)']);
    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'cwe');
    await waitFor(() => expect(within(table).getAllByTestId('finding-group').map((g) => g.textContent)).toEqual(['CWE-89 (2)', 'CWE-78 (1)']));
  });
});

describe('groupRows', () => {
  it.each([
    ['nothing', '' as const, [['', 3]]],
    ['file', 'file' as const, [['app.py', 2], ['cli.py', 1]]],
    ['rule', 'rule' as const, [['py.sqli', 2], ['py.cmdi', 1]]],
    ['cwe', 'cwe' as const, [['CWE-89', 2], ['CWE-78', 1]]],
  ])('by %s', (_n, g, want) => {
    expect(groupRows(rows, g).map((x) => [x.key, x.rows.length])).toEqual(want);
  });
});
