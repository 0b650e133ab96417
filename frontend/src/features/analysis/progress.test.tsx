import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Analysis } from './api';
import { eventsURL, initialProgress, progressReducer, restartDelay } from './progress';
import { analysisRoutes } from './routes';
import { json, serve } from '../../test-utils';

/** A stand-in for EventSource: named listeners, readyState, and every instance made. */
class FakeEventSource {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  url: string;
  listeners: Record<string, ((e: MessageEvent) => void)[]> = {};
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(url: string) {
    this.url = url;
    FakeEventSource.all.push(this);
  }
  static get last() {
    return FakeEventSource.all[FakeEventSource.all.length - 1];
  }
  addEventListener(t: string, fn: (e: MessageEvent) => void) {
    (this.listeners[t] ??= []).push(fn);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  emit(type: string, data: object, id = '') {
    for (const fn of this.listeners[type] ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id }));
  }
  /** A failed attempt: the browser gives up (a 502 from the proxy) or retries (network error). */
  fail(final: boolean) {
    this.readyState = final ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    id: 'a1', workspace_id: 'w1', created_by: 'u1', name: 'app.zip', project_key: 'app.zip', source_kind: 'upload', tier: 'static',
    options: { include_tests: false }, status: 'running', phase: 'scanning', attempts: 1, quote_min: 1, quote_max: 2,
    cost_credits: 0, credits_state: 'held', ai_cost_usd: 0, ai_status: '', files_total: 10, files_scanned: 0, lines_total: 40,
    lines_scanned: 0, counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, score: null, grade: '', score_method: '',
    notes: [], source_retained: false, retention: '', created_at: '2026-11-23T10:00:00Z',
    ...over,
  } as Analysis;
}

function renderAt(path: string) {
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
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeEventSource.all = [];
});

const running = { phase: 'scanning', status: 'running', files_total: 10, findings: 0, cost_credits: 0 };

describe('progress across a server restart', () => {
  it('says the server is restarting, reconnects after the retry and resumes after the last event', async () => {
    serve((url) => (url === '/api/v1/analyses/a1' ? json(200, analysis()) : undefined));
    vi.stubGlobal('EventSource', FakeEventSource);
    renderAt('/analyses/a1');
    await screen.findByTestId('progress');
    vi.useFakeTimers();
    const first = FakeEventSource.last;
    expect(first.url).toBe('/api/v1/analyses/a1/events');
    act(() => {
      first.open();
      first.emit('progress', { ...running, files_scanned: 4 }, '7');
    });
    expect(screen.getByTestId('progress-files')).toHaveTextContent('4 / 10');
    expect(screen.queryByTestId('progress-restarting')).toBeNull();

    act(() => first.emit('restarting', { message: 'server restarting' }));
    expect(screen.getByTestId('progress-restarting')).toHaveTextContent('Server restarting — reconnecting…');
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(FakeEventSource.all).toHaveLength(1);

    // The first attempt lands while the server is still down: the message stays, and it tries again later.
    act(() => vi.advanceTimersByTime(1000));
    expect(FakeEventSource.all).toHaveLength(2);
    expect(FakeEventSource.last.url).toBe('/api/v1/analyses/a1/events?last_event_id=7');
    act(() => FakeEventSource.last.fail(true));
    expect(screen.getByTestId('progress-restarting')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1999));
    expect(FakeEventSource.all).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.all).toHaveLength(3);

    const third = FakeEventSource.last;
    expect(third.url).toBe('/api/v1/analyses/a1/events?last_event_id=7');
    act(() => {
      third.open();
      third.emit('progress', { ...running, files_scanned: 6 }, '8');
    });
    expect(screen.queryByTestId('progress-restarting')).toBeNull();
    expect(screen.getByTestId('progress-files')).toHaveTextContent('6 / 10');
    expect(screen.getByText('open')).toBeInTheDocument();
  });

  it('keeps the progress view while the server is away (the snapshot poll fails)', async () => {
    let down = false;
    serve((url) => {
      if (url !== '/api/v1/analyses/a1') return undefined;
      return down ? json(503, { type: 'x', title: 'Service Unavailable', status: 503 }) : json(200, analysis());
    });
    vi.stubGlobal('EventSource', FakeEventSource);
    // The snapshot poll's interval starts with the page: fake time from the start.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderAt('/analyses/a1');
    await screen.findByTestId('progress');
    act(() => FakeEventSource.last.emit('restarting', {}));
    down = true;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(screen.getByTestId('progress-restarting')).toHaveTextContent('Server restarting — reconnecting…');
    expect(screen.queryByText('Service Unavailable')).toBeNull();
  });

  it('stops for good after the terminal event and opens no new stream on unmount', async () => {
    serve((url) => (url === '/api/v1/analyses/a1' ? json(200, analysis()) : undefined));
    vi.stubGlobal('EventSource', FakeEventSource);
    const view = renderAt('/analyses/a1');
    await screen.findByTestId('progress');
    vi.useFakeTimers();
    act(() => FakeEventSource.last.emit('restarting', {}));
    view.unmount();
    act(() => vi.advanceTimersByTime(30_000));
    expect(FakeEventSource.all).toHaveLength(1);
  });
});

describe('progress helpers', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [3, 8000],
    [4, 10_000],
    [20, 10_000],
  ])('waits %i attempts → %i ms', (attempt, want) => {
    expect(restartDelay(attempt)).toBe(want);
  });

  it.each([
    ['a1', 0, '/api/v1/analyses/a1/events'],
    ['a 1', 12, '/api/v1/analyses/a%201/events?last_event_id=12'],
  ])('streams %s after %i from %s', (id, after, want) => {
    expect(eventsURL(id, after)).toBe(want);
  });

  it('keeps saying restarting through failed attempts until the stream opens', () => {
    let s = progressReducer(initialProgress(), { type: 'open' });
    s = progressReducer(s, { type: 'restarting' });
    expect(s.connection).toBe('restarting');
    expect(progressReducer(s, { type: 'error' }).connection).toBe('restarting');
    expect(progressReducer(s, { type: 'open' }).connection).toBe('open');
    expect(progressReducer(progressReducer(s, { type: 'closed' }), { type: 'restarting' }).connection).toBe('closed');
  });
});
