import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Finding } from './api';
import { analysisRoutes } from './routes';
import { highlightLines } from './highlight';
import { isPageKey } from './FindingPage';
import { Markdown } from './Markdown';
import { json, serve } from '../../test-utils';

function renderAt(path: string, state?: unknown) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[{ pathname: path, state }]}>
        <Routes>{analysisRoutes}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f2', analysis_id: 'a1', fingerprint: 'fp', rule_id: 'py.sqli', kind: 'sast', title: 'SQL injection', message: 'user input reaches execute',
    severity: 'critical', confidence: 'high', cwe: ['CWE-89'], owasp: [],
    location: { path: 'app.py', start_line: 2, start_column: 1, end_line: 2, end_column: 40 },
    snippet: 'cur.execute("SELECT * FROM t WHERE id=" + uid)  # note',
    trace: [], remediation: 'Use `cur.execute(sql, (uid,))` with **parameters**.\n\n- never format SQL\n- see [the guide](https://example.com/sql)',
    references: [], extra: {}, context: null, ai: null, triage: { state: 'open', reason: '' },
    ...over,
  };
}

describe('finding page', () => {
  it('leads with triage, links to its neighbours in the filter, renders markdown and hides empty cards', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/findings/f2') return json(200, finding());
      if (url.startsWith('/api/v1/analyses/a1/findings'))
        return json(200, { items: [finding({ id: 'f1', title: 'First' }), finding(), finding({ id: 'f3', title: 'Third' })], next_cursor: '' });
      return undefined;
    });
    renderAt('/findings/f2', { reportSearch: 'severity=critical&file_kind=all' });
    const h1 = await screen.findByRole('heading', { level: 1, name: /SQL injection/ });
    // Triage comes before the code.
    const triage = screen.getByTestId('triage-state');
    const code = screen.getByTestId('code');
    expect(h1.compareDocumentPosition(triage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(triage.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Previous and next within the report's filter.
    const nav = await screen.findByTestId('prev-next');
    expect(nav).toHaveTextContent('2 of 3');
    expect(within(nav).getByRole('link', { name: '← Previous' }).getAttribute('href')).toBe('/findings/f1');
    expect(within(nav).getByRole('link', { name: 'Next →' }).getAttribute('href')).toBe('/findings/f3');
    const list = calls.find((c) => c.url.startsWith('/api/v1/analyses/a1/findings'))!.url;
    expect(list).toContain('severity=critical');
    expect(list).toContain('file_kind=all');
    // Markdown, not backticks.
    expect(screen.queryByText(/`/)).toBeNull();
    expect(screen.getByText('cur.execute(sql, (uid,))').tagName).toBe('CODE');
    expect(screen.getByText('parameters').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'the guide' }).getAttribute('href')).toBe('https://example.com/sql');
    // No card without content.
    expect(screen.queryByRole('heading', { name: 'Data flow' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'AI review' })).toBeNull();
    expect(screen.getByTestId('ai')).toHaveTextContent('AI review not configured');
    // Highlighted code, once the Python grammar's chunk has loaded (plain text until then).
    await waitFor(() => expect(code.querySelector('.tok-string')?.textContent).toBe('"SELECT * FROM t WHERE id="'), { timeout: 10_000 });
    expect(code.querySelector('.tok-comment')?.textContent).toBe('# note');
    expect(within(code).getAllByTestId('code-line')[0].textContent).toBe('Finding: ' + 'cur.execute("SELECT * FROM t WHERE id=" + uid)  # note');
    // Triage sits in the header with the title, and asks for a reason only once a state is picked.
    const header = screen.getByTestId('finding-header');
    expect(within(header).getByTestId('triage-state')).toHaveTextContent('Triage: Open');
    expect(screen.queryByLabelText(/Reason/)).toBeNull();
    await userEvent.click(within(header).getByRole('radio', { name: 'Accepted risk' }));
    expect(screen.getByLabelText(/Reason/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Reason/), 'half a thought');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText(/Reason/)).toBeNull();
    // Cancel discards what was typed.
    await userEvent.click(within(header).getByRole('radio', { name: 'Fixed' }));
    expect(screen.getByLabelText(/Reason/)).toHaveValue('');
  }, 15_000); // the first render loads the CodeMirror parsers

  it.each([
    ['j', 'Third', 'f3'],
    ['{ArrowRight}', 'Third', 'f3'],
    ['k', 'First', 'f1'],
    ['{ArrowLeft}', 'First', 'f1'],
  ])('moves to the neighbour with %s', async (key, title, id) => {
    const calls = serve((url) => {
      const m = /^\/api\/v1\/findings\/(f\d)$/.exec(url);
      if (m) return json(200, finding({ id: m[1], title: { f1: 'First', f2: 'SQL injection', f3: 'Third' }[m[1]] }));
      if (url.startsWith('/api/v1/analyses/a1/findings'))
        return json(200, { items: [finding({ id: 'f1', title: 'First' }), finding(), finding({ id: 'f3', title: 'Third' })], next_cursor: '' });
      return undefined;
    });
    renderAt('/findings/f2', { reportSearch: 'severity=critical' });
    await screen.findByRole('heading', { level: 1, name: /SQL injection/ });
    await screen.findByTestId('prev-next');
    await userEvent.keyboard(key);
    await screen.findByRole('heading', { level: 1, name: new RegExp(title) });
    expect(calls.some((c) => c.url === `/api/v1/findings/${id}`)).toBe(true);
    // The filter travels on: the neighbour's own list uses it too.
    expect(await screen.findByTestId('prev-next')).toHaveTextContent(id === 'f1' ? '1 of 3' : '3 of 3');
  });

  it('leaves keys typed into the reason alone', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/findings/f2') return json(200, finding());
      if (url.startsWith('/api/v1/analyses/a1/findings'))
        return json(200, { items: [finding({ id: 'f1', title: 'First' }), finding(), finding({ id: 'f3', title: 'Third' })], next_cursor: '' });
      return undefined;
    });
    renderAt('/findings/f2');
    await screen.findByTestId('prev-next');
    await userEvent.click(screen.getByRole('radio', { name: 'False positive' }));
    await userEvent.type(screen.getByLabelText(/Reason/), 'just kidding');
    expect(screen.getByLabelText(/Reason/)).toHaveValue('just kidding');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SQL injection');
    expect(calls.some((c) => c.url === '/api/v1/findings/f3' || c.url === '/api/v1/findings/f1')).toBe(false);
  });

  it('copies its link', async () => {
    serve((url) => (url === '/api/v1/findings/f2' ? json(200, finding()) : url.includes('/findings?') ? json(200, { items: [], next_cursor: '' }) : undefined));
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderAt('/findings/f2');
    await userEvent.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(window.location.href);
  });
});

describe('Markdown', () => {
  it.each([
    ['a heading', '## Fix it\nUse `x`.', ['P:Fix it', 'P:Use x.']],
    ['a heading with closing hashes', '### Why ###', ['P:Why']],
    ['a paragraph then a heading', 'one\ntwo\n# Next', ['P:one two', 'P:Next']],
    ['a list', '- a\n- `b`', ['UL:ab']],
    ['a fence', '```py\nx = `y`\n```', ['PRE:x = `y`']],
  ])('renders %s', (_, text, want) => {
    const { container } = render(<Markdown text={text} />);
    expect([...container.firstElementChild!.children].map((c) => `${c.tagName}:${c.textContent}`)).toEqual(want);
    expect(container.querySelector('h1, h2, h3')).toBeNull();
  });

  it('shows markup as text, never as HTML', () => {
    const { container } = render(<Markdown text={'<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b**'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('isPageKey', () => {
  const ev = (key: string, target: Element, over: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, ...over });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  };
  const el = (tag: string) => document.createElement(tag);
  it.each([
    ['j on the page', ev('j', document.body), true],
    ['arrow on the page', ev('ArrowRight', document.body), true],
    ['j on a link', ev('j', el('a')), true],
    ['arrow on a button', ev('ArrowLeft', el('button')), true],
    ['j in a text field', ev('j', el('input')), false],
    ['j in a textarea', ev('j', el('textarea')), false],
    ['arrow in a select', ev('ArrowRight', el('select')), false],
    ['arrow in a scrolled code box', ev('ArrowRight', el('div')), false],
    ['ctrl+j', ev('j', document.body, { ctrlKey: true }), false],
    ['shift+arrow', ev('ArrowRight', document.body, { shiftKey: true }), false],
  ])('%s', (_, e, want) => {
    expect(isPageKey(e)).toBe(want);
  });
});

describe('highlightLines', () => {
  it('colours each line of a known language and leaves others plain', async () => {
    const py = await highlightLines('a.py', ['def f(x):', '    return "s"']);
    expect(py[0].find((s) => s.text === 'def')?.cls).toContain('tok-keyword');
    expect(py[1].find((s) => s.text === '"s"')?.cls).toContain('tok-string');
    expect(py.map((l) => l.map((s) => s.text).join(''))).toEqual(['def f(x):', '    return "s"']);
    expect(await highlightLines('notes.txt', ['plain'])).toEqual([[{ text: 'plain', cls: '' }]]);
    const js = await highlightLines('web/app.tsx', ['const a = `x', 'y`; // c']);
    expect(js[1].find((s) => s.text === '// c')?.cls).toContain('tok-comment');
    expect(js.map((l) => l.map((s) => s.text).join(''))).toEqual(['const a = `x', 'y`; // c']);
  });
});
