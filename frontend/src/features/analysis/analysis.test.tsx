import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EMPTY_FILTERS, filtersFromQuery, findingsQuery, submissionBody, type Analysis, type Finding } from './api';
import { initialProgress, progressReducer, type ProgressEvent } from './progress';
import { parseDiff } from './diff';
import { DiffView } from './DiffView';
import { detectLang, withExt } from './language';
import { codeRows } from './code';
import { chartBuckets } from './charts';
import { ReportCharts } from './ReportCharts';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';


function renderAt(path: string) {
  document.cookie = 'vigil_csrf=tok; path=/';
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {analysisRoutes}
          {/* In-app links and redirects name the workspace (/w/{id}/...), as in App. */}
          <Route path="w/:workspaceId">{analysisRoutes}</Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ME = { id: 'u1', email: 'a@example.com', name: 'A', workspace: { id: 'w1', name: 'W', role: 'owner' }, workspaces: [] };

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    id: 'a1', workspace_id: 'w1', created_by: 'u1', name: 'app.zip', project_key: 'app.zip', source_kind: 'upload', tier: 'static',
    options: { include_tests: false }, status: 'completed', phase: 'completed', attempts: 1, quote_min: 1, quote_max: 2,
    cost_credits: 1, credits_state: 'settled', ai_cost_usd: 0, ai_status: '', files_total: 3, files_scanned: 3, lines_total: 40,
    lines_scanned: 40, counts: { critical: 1, high: 2, medium: 0, low: 0, info: 0 }, score: 69, grade: 'C', score_method: 'score = …',
    notes: [], source_retained: false, retention: 'The uploaded source is deleted as soon as the analysis finishes.', created_at: '2026-11-23T10:00:00Z',
    ...over,
  };
}

function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f1', analysis_id: 'a1', fingerprint: 'fp', rule_id: 'py.sqli', kind: 'sast', title: 'SQL injection', message: 'user input reaches execute',
    severity: 'critical', confidence: 'high', cwe: ['CWE-89'], owasp: ['A03:2021'],
    location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 10, end_column: 40 },
    snippet: 'cur.execute("SELECT * FROM t WHERE id=" + uid)',
    trace: [
      { location: { path: 'app.py', start_line: 7, start_column: 1, end_line: 7, end_column: 9 }, kind: 'source', message: 'request.args', snippet: 'uid = request.args["id"]' },
      { location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 10, end_column: 40 }, kind: 'sink', message: 'execute', snippet: 'cur.execute(...)' },
    ],
    remediation: 'Use parameters.', references: ['https://owasp.org/Top10/A03_2021-Injection/'], extra: {}, context: null, ai: null,
    triage: { state: 'open', reason: '' },
    ...over,
  };
}

describe('findingsQuery', () => {
  it.each([
    ['no filters: open findings in production code', EMPTY_FILTERS, '', 'triage=open&limit=50&file_kind=production'],
    ['every triage state', { ...EMPTY_FILTERS, triage: 'all' }, '', 'limit=50&file_kind=production'],
    ['all files', { ...EMPTY_FILTERS, file_kind: 'all' as const }, '', 'triage=open&limit=50&file_kind=all'],
    ['tests only', { ...EMPTY_FILTERS, file_kind: 'test' as const }, '', 'triage=open&limit=50&file_kind=test'],
    ['severities joined', { ...EMPTY_FILTERS, severity: ['critical', 'high'] as Finding['severity'][] }, '', 'severity=critical%2Chigh&triage=open&limit=50&file_kind=production'],
    [
      'text filters trimmed, empty ones dropped',
      { ...EMPTY_FILTERS, file: ' src/ ', rule: '', search: 'sql inj', triage: 'false_positive', sort: 'file' as const },
      'c9',
      'file=src%2F&triage=false_positive&search=sql+inj&sort=file&limit=50&cursor=c9&file_kind=production',
    ],
    ['confidence and ai verdict', { ...EMPTY_FILTERS, confidence: ['high'], ai_verdict: 'true_positive', category: 'CWE-89' }, '', 'confidence=high&category=CWE-89&ai_verdict=true_positive&triage=open&limit=50&file_kind=production'],
  ])('%s', (_n, f, cursor, want) => {
    expect(findingsQuery(f, cursor)).toBe(want);
  });
});

describe('submissionBody', () => {
  it('sends uploads as multipart with repeated files and the tier', () => {
    const fd = submissionBody({ kind: 'upload', tier: 'deep', files: [new File(['a'], 'a.py'), new File(['b'], 'b.js')], options: { include_tests: true, exclude: ['docs/**'] } }) as FormData;
    expect(fd.get('tier')).toBe('deep');
    expect(fd.getAll('files').map((f) => (f as File).name)).toEqual(['a.py', 'b.js']);
    expect(JSON.parse(String(fd.get('options')))).toEqual({ include_tests: true, exclude: ['docs/**'] });
  });
  it('sends a paste as JSON', () => {
    expect(submissionBody({ kind: 'paste', tier: 'static', filename: 's.py', content: 'x', options: { include_tests: false } })).toEqual({
      tier: 'static', filename: 's.py', content: 'x', options: { include_tests: false },
    });
  });
});

describe('progressReducer', () => {
  const ev = (seq: number, d: Partial<ProgressEvent>) => ({ type: 'event' as const, seq, data: { phase: '', status: '', files_scanned: 0, files_total: 0, findings: 0, cost_credits: 0, ...d } });
  it('folds events in order and ignores replays', () => {
    let s = initialProgress(analysis({ status: 'queued', phase: 'queued', files_total: 10, files_scanned: 0, counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } }));
    expect(s.connection).toBe('connecting');
    s = progressReducer(s, { type: 'open' });
    s = progressReducer(s, ev(1, { phase: 'scanning', status: 'running', files_total: 10 }));
    s = progressReducer(s, ev(2, { phase: 'storing', status: 'running', files_scanned: 10, findings: 4 }));
    const replay = progressReducer(s, ev(1, { phase: 'scanning', status: 'running', files_scanned: 0, findings: 0 }));
    expect(replay).toBe(s);
    expect(s).toMatchObject({ phase: 'storing', status: 'running', filesScanned: 10, filesTotal: 10, findings: 4, lastSeq: 2, connection: 'open' });
  });
  it('marks a dropped connection as reconnecting and a terminal event as closed', () => {
    let s = progressReducer(initialProgress(), { type: 'open' });
    s = progressReducer(s, { type: 'error' });
    expect(s.connection).toBe('reconnecting');
    s = progressReducer(s, ev(5, { phase: 'completed', status: 'completed', files_scanned: 3, files_total: 3, findings: 2, cost_credits: 7 }));
    expect(s).toMatchObject({ connection: 'closed', status: 'completed', costCredits: 7 });
    expect(progressReducer(s, { type: 'error' }).connection).toBe('closed');
  });
  it('starts closed for a finished analysis', () => {
    expect(initialProgress(analysis()).connection).toBe('closed');
    expect(initialProgress(analysis()).findings).toBe(3);
  });
});

describe('parseDiff and DiffView', () => {
  const diff = '--- a/app.py\n+++ b/app.py\n@@ -9,3 +9,3 @@\n uid = request.args["id"]\n-cur.execute("SELECT " + uid)\n+cur.execute("SELECT ?", (uid,))\n return rows\n';
  it('numbers old and new lines through hunks', () => {
    const l = parseDiff(diff);
    expect(l.map((x) => x.kind)).toEqual(['file', 'file', 'hunk', 'context', 'del', 'add', 'context']);
    expect(l[3]).toMatchObject({ oldLine: 9, newLine: 9 });
    expect(l[4]).toMatchObject({ kind: 'del', oldLine: 10, text: 'cur.execute("SELECT " + uid)' });
    expect(l[5]).toMatchObject({ kind: 'add', newLine: 10 });
    expect(l[6]).toMatchObject({ oldLine: 11, newLine: 11 });
  });
  it('renders added and removed rows', () => {
    render(<DiffView diff={diff} />);
    const table = screen.getByTestId('diff');
    expect(table.querySelectorAll('tr[data-kind="add"]')).toHaveLength(1);
    expect(table.querySelector('tr[data-kind="del"]')).toHaveTextContent('cur.execute("SELECT " + uid)');
  });
});

describe('language detection', () => {
  it.each([
    ['x.go', '', 'go'],
    ['', '<?php echo $_GET["a"];', 'php'],
    ['', 'package main\n\nfunc main() {}', 'go'],
    ['', 'public class A { }', 'java'],
    ['', 'import os\n\ndef f(x):\n    return x', 'python'],
    ['', 'const a = require("x");', 'javascript'],
    ['', 'interface A { b: string }', 'typescript'],
    ['', 'plain words', undefined],
  ])('%s %s', (name, src, want) => {
    expect(detectLang(name, src)).toBe(want);
  });
  it('sets the extension for the chosen language', () => {
    expect(withExt('snippet.py', 'go')).toBe('snippet.go');
    expect(withExt('', 'php')).toBe('snippet.php');
    expect(withExt('x.jsx', 'javascript')).toBe('x.jsx');
  });
});

describe('codeRows and chart buckets', () => {
  it('merges trace lines as context with gaps', () => {
    const rows = codeRows(finding());
    expect(rows).toEqual([
      { kind: 'line', n: 7, text: 'uid = request.args["id"]', hit: false, note: 'source' },
      { kind: 'gap' },
      { kind: 'line', n: 10, text: 'cur.execute("SELECT * FROM t WHERE id=" + uid)', hit: true, note: 'sink' },
    ]);
  });
  it('shows the stored context around the matched lines, matched lines highlighted', () => {
    const f = finding({
      location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 11, end_column: 2 },
      snippet: 'cur.execute(\n  q)',
      context: { start_line: 8, lines: ['def run(cur):', '    q = "SELECT " + uid', 'cur.execute(', '  q)', '    return cur'] },
    });
    expect(codeRows(f)).toEqual([
      { kind: 'line', n: 7, text: 'uid = request.args["id"]', hit: false, note: 'source' },
      { kind: 'line', n: 8, text: 'def run(cur):', hit: false },
      { kind: 'line', n: 9, text: '    q = "SELECT " + uid', hit: false },
      { kind: 'line', n: 10, text: 'cur.execute(', hit: true, note: 'sink' },
      { kind: 'line', n: 11, text: '  q)', hit: true },
      { kind: 'line', n: 12, text: '    return cur', hit: false },
    ]);
  });
  it('keeps the indentation of trace lines outside the stored context', () => {
    const f = finding({
      trace: [
        { kind: 'source', message: 'request input', snippet: '        uid = request.args["id"]', location: { path: 'app.py', start_line: 3, start_column: 9, end_line: 3, end_column: 30 } },
        { kind: 'sink', message: 'SQL', snippet: 'cur.execute("SELECT * FROM t WHERE id=" + uid)', location: { path: 'app.py', start_line: 10, start_column: 5, end_line: 10, end_column: 40 } },
      ],
    });
    expect(codeRows(f)[0]).toEqual({ kind: 'line', n: 3, text: '        uid = request.args["id"]', hit: false, note: 'source' });
  });
  it('draws the top buckets and what was left out as other', () => {
    expect(chartBuckets({ buckets: [{ key: 'CWE-2', count: 2 }], other: 2, distinct: 3 })).toEqual([{ name: 'CWE-2', count: 2 }, { name: 'other', count: 2 }]);
    expect(chartBuckets({ buckets: [{ key: 'CWE-2', count: 2 }], other: 0, distinct: 1 })).toEqual([{ name: 'CWE-2', count: 2 }]);
  });
});

describe('report charts', () => {
  const breakdown = (keys: [string, number][], other = 0, distinct = keys.length) => ({ buckets: keys.map(([key, count]) => ({ key, count })), other, distinct });
  it('draws every finding from the server summary, not a sample of pages', async () => {
    const calls = serve((url) => {
      if (url.startsWith('/api/v1/analyses/a1/summary'))
        return json(200, {
          analysis_id: 'a1', scope: 'open', findings: 12000,
          by_severity: { critical: 2000, high: 10000, medium: 0, low: 0, info: 0 },
          by_cwe: breakdown([['CWE-89', 9000], ['CWE-78', 3000]]),
          by_owasp: breakdown([['A03:2021-Injection', 12000]]),
          by_rule: breakdown([['py.sqli', 9000]], 3000, 2),
          by_file: breakdown([['app/big.py', 7000]], 5000, 40),
        });
      return undefined;
    });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <ReportCharts analysis={analysis({ counts: { critical: 2000, high: 10000, medium: 0, low: 0, info: 0 } })} />
      </QueryClientProvider>,
    );
    const cwe = await screen.findByRole('table', { name: 'Open findings by CWE' });
    expect(within(cwe).getByRole('row', { name: 'CWE-89 9000' })).toBeTruthy();
    const files = screen.getByRole('table', { name: 'Files with the most open findings' });
    expect(within(files).getByRole('row', { name: 'other 5000' })).toBeTruthy();
    expect(screen.getByText(/12,000 open findings in 40 files/)).toBeTruthy();
    expect(screen.queryByText(/first .* findings/)).toBeNull();
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/analyses/a1/summary?top=8&file_kind=production']);
  });
});

describe('findings table', () => {
  it('sends filters to the server and pages with the cursor', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/analyses/a1') return json(200, analysis());
      if (url.startsWith('/api/v1/analyses/a1/findings')) {
        const q = new URL(url, 'http://x').searchParams;
        const judged = finding({ ai: { verdict: 'true_positive', explanation: '', model: 'team/fast', fix_diff: '' } });
        const raised = finding({ id: 'f9', kind: 'ai', title: 'Raised by AI', extra: { ai_provider: 'team', ai_model: 'strong' } });
        if (q.get('limit') === '500') return json(200, { items: [judged, raised], next_cursor: '' });
        if (q.get('cursor') === 'next1') return json(200, { items: [finding({ id: 'f2', title: 'Second page' })], next_cursor: '' });
        return json(200, { items: [judged, raised], next_cursor: 'next1' });
      }
      return undefined;
    });
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    const table = await screen.findByTestId('findings-table');
    await within(table).findByText('SQL injection');
    expect(screen.getByTestId('grade')).toHaveTextContent('C');
    // Each AI output names its model.
    expect(within(table).getAllByTestId('ai-cell').map((c) => c.textContent)).toEqual(['true positiveteam/fast', 'raised by AIteam/strong']);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await within(table).findByText('Second page');
    await userEvent.click(within(screen.getByRole('search')).getByRole('checkbox', { name: 'critical' }));
    await waitFor(() => expect(calls.some((c) => c.url.includes('severity=critical&triage=open&limit=50'))).toBe(true));
    await userEvent.type(screen.getByLabelText('Search'), 'execute');
    await waitFor(() => expect(calls.some((c) => c.url.includes('severity=critical&triage=open&search=execute&limit=50'))).toBe(true), { timeout: 2000 });
    // Tests, examples and docs are hidden until asked for.
    expect(calls.filter((c) => c.url.includes('/findings?')).every((c) => c.url.includes('file_kind=production') || c.url.includes('limit=500'))).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Files'), 'all');
    await waitFor(() => expect(calls.some((c) => c.url.includes('file_kind=all'))).toBe(true));
  }, 15_000); // userEvent typing with a debounce: slow on a loaded machine
});

describe('report header', () => {
  it.each([
    [1, 1, '1 file', '1 line'],
    [3, 40, '3 files', '40 lines'],
  ])('counts %i file(s) and %i line(s) in words', async (files, lines, wantFiles, wantLines) => {
    serve((url) => {
      if (url === '/api/v1/analyses/a1') return json(200, analysis({ files_total: files, lines_total: lines }));
      if (url.startsWith('/api/v1/analyses/a1/findings')) return json(200, { items: [], next_cursor: '' });
      return undefined;
    });
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/a1');
    expect(await screen.findByText(wantFiles)).toBeInTheDocument();
    expect(screen.getByText(wantLines)).toBeInTheDocument();
  });
});

class FakeEventSource {
  static last: FakeEventSource;
  static CLOSED = 2;
  readyState = 0;
  url: string;
  listeners: Record<string, ((e: MessageEvent) => void)[]> = {};
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(url: string) {
    this.url = url;
    FakeEventSource.last = this;
  }
  addEventListener(t: string, fn: (e: MessageEvent) => void) {
    (this.listeners[t] ??= []).push(fn);
  }
  close() {
    this.closed = true;
  }
  emit(id: number, data: object) {
    for (const fn of this.listeners.progress ?? []) fn(new MessageEvent('progress', { data: JSON.stringify(data), lastEventId: String(id) }));
  }
}

describe('analysis progress', () => {
  it('shows live progress from SSE and reloads the report when completed', async () => {
    let status: Analysis['status'] = 'running';
    serve((url) => {
      if (url === '/api/v1/analyses/a1') return json(200, analysis({ status, phase: status === 'running' ? 'scanning' : 'completed', files_total: 3, files_scanned: 0 }));
      if (url.includes('/findings')) return json(200, { items: [], next_cursor: '' });
      return undefined;
    });
    vi.stubGlobal('EventSource', FakeEventSource);
    renderAt('/analyses/a1');
    await screen.findByTestId('progress');
    expect(FakeEventSource.last.url).toBe('/api/v1/analyses/a1/events');
    act(() => {
      FakeEventSource.last.onopen?.();
      FakeEventSource.last.emit(3, { phase: 'storing', status: 'running', files_scanned: 2, files_total: 3, findings: 5, cost_credits: 0 });
    });
    expect(screen.getByTestId('progress-files')).toHaveTextContent('2 / 3');
    expect(screen.getByTestId('progress-phase')).toHaveTextContent('Saving findings');
    status = 'completed';
    act(() => FakeEventSource.last.emit(4, { phase: 'completed', status: 'completed', files_scanned: 3, files_total: 3, findings: 5, cost_credits: 1 }));
    expect(FakeEventSource.last.closed).toBe(true);
    await screen.findByTestId('grade');
  });
});

describe('finding page triage', () => {
  it('requires a reason and sends the decision', async () => {
    const calls = serve((url, init) => {
      if (url === '/api/v1/findings/f1' && init?.method === 'PATCH') {
        const body = JSON.parse(String(init.body));
        return json(200, finding({ triage: { state: body.state, reason: body.reason } }));
      }
      if (url === '/api/v1/findings/f1') return json(200, finding());
      return undefined;
    });
    renderAt('/findings/f1');
    await screen.findByRole('heading', { name: /SQL injection/ });
    expect(screen.getByTestId('trace')).toHaveTextContent('request.args');
    expect(screen.getByTestId('ai')).toHaveTextContent('AI review not configured');
    await userEvent.click(screen.getByRole('radio', { name: 'False positive' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A reason is required');
    expect(calls.some((c) => c.init?.method === 'PATCH')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Reason/), 'input is an integer');
    await userEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(screen.getByTestId('triage-state')).toHaveTextContent('False positive'));
    const patch = calls.find((c) => c.init?.method === 'PATCH')!;
    expect(JSON.parse(String(patch.init!.body))).toEqual({ state: 'false_positive', reason: 'input is an integer' });
    expect((patch.init!.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
  });
});

describe('finding page AI attribution', () => {
  it('names the models that raised and confirmed an AI finding, and the model that wrote a fix', async () => {
    serve((url) => {
      if (url === '/api/v1/findings/f2') {
        return json(
          200,
          finding({
            id: 'f2', kind: 'ai', rule_id: 'vigil.ai.review', title: 'Records readable without authorization', trace: [],
            extra: { ai_provider: 'team', ai_model: 'big-model', ai_confidence: '0.85', recheck_provider: 'team', recheck_model: 'other-model' },
          }),
        );
      }
      if (url === '/api/v1/findings/f3') {
        return json(200, finding({ id: 'f3', extra: { ai_fix_model: 'team/strong-model' }, ai: { verdict: 'true_positive', explanation: 'concatenated', model: 'team/fast-model', fix_diff: '--- a/app.py\n+++ b/app.py\n@@ -10 +10 @@\n-a\n+b\n' } }));
      }
      return undefined;
    });
    renderAt('/findings/f2');
    await screen.findByRole('heading', { name: /Records readable/ });
    const ai = screen.getByTestId('ai');
    expect(ai).toHaveTextContent('Raised by the AI review · model team/big-model · confidence 0.85');
    expect(ai).toHaveTextContent('(confirmed by model team/other-model).');
    expect(ai).not.toHaveTextContent('not configured');
    cleanup();
    renderAt('/findings/f3');
    await screen.findByRole('heading', { name: /SQL injection/ });
    expect(screen.getByTestId('ai')).toHaveTextContent('Verdict: true positive · model team/fast-model');
    // The fix may come from another model than the verdict.
    expect(screen.getByTestId('fix-model')).toHaveTextContent('Written by the AI · model team/strong-model.');
  });
});

describe('new analysis page', () => {
  it('quotes an upload, shows field errors, then confirms', async () => {
    let quotes = 0;
    const calls = serve((url, init) => {
      if (url === '/api/v1/auth/me') return json(200, ME);
      if (url === '/api/v1/analyses/quote') {
        quotes++;
        if (quotes === 1) return json(422, { type: 't', title: 'Invalid', status: 422, detail: 'the upload was rejected', errors: [{ field: 'files', message: 'the archive is empty' }] });
        return json(200, { tier: 'standard', min_credits: 2, max_credits: 9, files: 1, lines: 12, bytes: 300, ai_configured: false, ai_min_usd: 0, ai_max_usd: 0, notes: [] });
      }
      if (url === '/api/v1/analyses' && init?.method === 'POST') return json(201, { id: 'a9', status: 'queued', quote: {} });
      if (url === '/api/v1/analyses/a9') return json(200, analysis({ id: 'a9', status: 'queued' }));
      return undefined;
    });
    vi.stubGlobal('EventSource', undefined);
    renderAt('/analyses/new');
    const input = await screen.findByLabelText('Choose files');
    await userEvent.upload(input, new File(['print(1)'], 'app.zip', { type: 'application/zip' }));
    expect(screen.getByRole('list', { name: 'Selected files' })).toHaveTextContent('app.zip');
    expect(screen.queryByRole('group', { name: /Focus areas/ })).toBeNull(); // static: no AI review to focus
    await userEvent.click(screen.getByRole('radio', { name: /Standard/ }));
    const focus = screen.getByRole('group', { name: /Focus areas/ });
    await userEvent.click(within(focus).getByRole('checkbox', { name: /A01 Broken access control/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Get quote' }));
    expect(await screen.findByText('the archive is empty')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm and start' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Get quote' }));
    const quote = await screen.findByTestId('quote');
    expect(quote).toHaveTextContent('2–9 credits');
    expect(quote).toHaveTextContent('AI review not configured');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and start' }));
    await screen.findByRole('heading', { name: 'app.zip' });
    const post = calls.find((c) => c.url === '/api/v1/analyses' && c.init?.method === 'POST')!;
    const fd = post.init!.body as FormData;
    expect(fd.get('tier')).toBe('standard');
    expect((fd.get('files') as File).name).toBe('app.zip');
    expect(JSON.parse(String(fd.get('options'))).focus).toEqual(['A01']);
  });
});

describe('filtersFromQuery', () => {
  it('round-trips with findingsQuery and drops unknown values', () => {
    const f = { ...EMPTY_FILTERS, severity: ['high', 'low'] as Finding['severity'][], file: 'src/', sort: 'file' as const, triage: 'fixed' };
    expect(filtersFromQuery(new URLSearchParams(findingsQuery(f)))).toEqual(f);
    expect(filtersFromQuery(new URLSearchParams('severity=high,bogus&sort=evil'))).toEqual({ ...EMPTY_FILTERS, severity: ['high'] });
    const all = { ...EMPTY_FILTERS, file_kind: 'all' as const };
    expect(filtersFromQuery(new URLSearchParams(findingsQuery(all)))).toEqual(all);
    expect(filtersFromQuery(new URLSearchParams('file_kind=bogus'))).toEqual(EMPTY_FILTERS);
  });
});

describe('cancel, delete and history', () => {
  it('cancels a running analysis', async () => {
    const calls = serve((url, init) => {
      if (url === '/api/v1/analyses/a1/cancel' && init?.method === 'POST') return json(200, analysis({ status: 'canceled', phase: 'canceled' }));
      if (url === '/api/v1/analyses/a1') return json(200, analysis({ status: 'running', phase: 'scanning' }));
      return undefined;
    });
    vi.stubGlobal('EventSource', FakeEventSource);
    renderAt('/analyses/a1');
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel analysis' }));
    await screen.findByText(/was canceled; unused credits were released/);
    expect(calls.filter((c) => c.init?.method === 'POST').map((c) => c.url)).toEqual(['/api/v1/analyses/a1/cancel']);
  });

  it('deletes after a confirmation and returns to the empty history', async () => {
    let deleted = false;
    serve((url, init) => {
      if (url === '/api/v1/auth/me') return json(200, ME);
      if (url === '/api/v1/analyses/a1' && init?.method === 'DELETE') {
        deleted = true;
        return new Response(null, { status: 204 });
      }
      if (url === '/api/v1/analyses/a1') return json(200, analysis({ status: 'failed', failure_reason: 'the archive is corrupt' }));
      if (url.startsWith('/api/v1/analyses?')) return json(200, { items: [], next_cursor: '' });
      return undefined;
    });
    renderAt('/analyses/a1');
    expect(await screen.findByRole('alert')).toHaveTextContent('the archive is corrupt');
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(deleted).toBe(false);
    await userEvent.click(within(screen.getByRole('group', { name: 'Confirm deletion' })).getByRole('button', { name: 'Delete' }));
    await screen.findByTestId('history-empty');
    expect(deleted).toBe(true);
    expect(screen.getByRole('link', { name: 'Start an analysis' })).toHaveAttribute('href', '/w/w1/analyses/new');
  });

  it('lists analyses with status, tier, cost and counts, and pages', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/me') return json(200, ME);
      if (url === '/api/v1/analyses?limit=20') return json(200, { items: [analysis()], next_cursor: 'c2' });
      if (url === '/api/v1/analyses?limit=20&cursor=c2') return json(200, { items: [analysis({ id: 'a2', name: 'older', status: 'running', tier: 'deep', quote_max: 40 })], next_cursor: '' });
      return undefined;
    });
    renderAt('/analyses');
    const table = await screen.findByTestId('history-table');
    await within(table).findByText('app.zip');
    expect(within(table).getByText('C (69)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const row = (await within(table).findByText('older')).closest('tr')!;
    expect(row).toHaveTextContent('running');
    expect(row).toHaveTextContent('Deep');
    expect(row).toHaveTextContent('≤ 40');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});

describe('new analysis keyboard', () => {
  it('switches source tabs with the arrow keys', async () => {
    serve((url) => (url === '/api/v1/auth/me' ? json(200, ME) : undefined));
    renderAt('/analyses/new');
    const upload = await screen.findByRole('tab', { name: 'Upload' });
    upload.focus();
    await userEvent.keyboard('{ArrowRight}');
    const paste = screen.getByRole('tab', { name: 'Paste' });
    expect(paste).toHaveAttribute('aria-selected', 'true');
    expect(paste).toHaveFocus();
    expect(screen.getByLabelText('File name')).toHaveValue('snippet.py');
  });
});
