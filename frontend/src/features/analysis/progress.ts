// Live progress over Server-Sent Events. The reducer is pure (tested); the
// hook wires it to EventSource, which resumes with Last-Event-ID on its own
// after a dropped connection. A page reload starts from the analysis' last
// known state and replays the stream from the beginning.
//
// When the server shuts down it ends the stream with `event: restarting`
// (and `retry: 1000`). The hook then closes the stream itself and opens a
// new one after that delay, resuming after the last sequence it saw
// (?last_event_id=, as a new EventSource sends no Last-Event-ID header);
// while the server is away it keeps trying, backing off, so progress
// resumes without a reload.
import { useEffect, useReducer } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { TERMINAL, type Analysis } from './api';

/** One `progress` event's data (modules/analysis/run.go: progress). */
export interface ProgressEvent {
  phase: string;
  status: string;
  files_scanned: number;
  files_total: number;
  findings: number;
  cost_credits: number;
  message?: string;
}

export interface ProgressState {
  lastSeq: number;
  phase: string;
  status: string;
  filesScanned: number;
  filesTotal: number;
  findings: number;
  costCredits: number;
  message: string;
  connection: 'connecting' | 'open' | 'reconnecting' | 'restarting' | 'closed';
}

export type ProgressAction =
  | { type: 'event'; seq: number; data: ProgressEvent }
  | { type: 'open' }
  | { type: 'error' }
  | { type: 'restarting' }
  | { type: 'closed' }
  | { type: 'snapshot'; analysis: Analysis };

export function initialProgress(a?: Analysis): ProgressState {
  return {
    lastSeq: 0,
    phase: a?.phase ?? '',
    status: a?.status ?? 'queued',
    filesScanned: a?.files_scanned ?? 0,
    filesTotal: a?.files_total ?? 0,
    findings: a ? a.counts.critical + a.counts.high + a.counts.medium + a.counts.low + a.counts.info : 0,
    costCredits: a?.cost_credits ?? 0,
    message: a?.failure_reason ?? '',
    connection: a && TERMINAL.has(a.status) ? 'closed' : 'connecting',
  };
}

/** Folds SSE events into the progress state; replayed or stale events are ignored. */
export function progressReducer(s: ProgressState, a: ProgressAction): ProgressState {
  switch (a.type) {
    case 'event': {
      if (a.seq > 0 && a.seq <= s.lastSeq) return s;
      const d = a.data;
      const terminal = TERMINAL.has(d.status) || TERMINAL.has(d.phase);
      return {
        ...s,
        lastSeq: a.seq > 0 ? a.seq : s.lastSeq,
        phase: d.phase || s.phase,
        status: d.status || s.status,
        filesScanned: Math.max(s.filesScanned, d.files_scanned ?? 0),
        filesTotal: d.files_total || s.filesTotal,
        findings: d.findings ?? s.findings,
        costCredits: d.cost_credits ?? s.costCredits,
        message: d.message ?? s.message,
        connection: terminal ? 'closed' : s.connection,
      };
    }
    case 'open':
      return s.connection === 'closed' ? s : { ...s, connection: 'open' };
    case 'error':
      // Failed attempts while the server restarts keep saying so.
      return s.connection === 'closed' || s.connection === 'restarting' ? s : { ...s, connection: 'reconnecting' };
    case 'restarting':
      return s.connection === 'closed' ? s : { ...s, connection: 'restarting' };
    case 'closed':
      return { ...s, connection: 'closed' };
    case 'snapshot': {
      const n = initialProgress(a.analysis);
      if (TERMINAL.has(a.analysis.status)) return { ...n, lastSeq: s.lastSeq };
      return s;
    }
  }
}

/** Delay before reconnecting after a restart: the server's retry (1 s), then doubling up to 10 s. */
export function restartDelay(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(0, attempt));
}

/** The stream's URL, resuming after seq when there is one. */
export function eventsURL(id: string, after: number): string {
  const base = `/api/v1/analyses/${encodeURIComponent(id)}/events`;
  return after > 0 ? `${base}?last_event_id=${after}` : base;
}

/** Subscribes to an analysis' events until it reaches a terminal status. */
export function useProgress(analysis: Analysis | undefined) {
  const qc = useQueryClient();
  const [state, dispatch] = useReducer(progressReducer, analysis, initialProgress);
  const id = analysis?.id;
  const startTerminal = analysis ? TERMINAL.has(analysis.status) : true;

  useEffect(() => {
    if (!id || startTerminal || typeof EventSource === 'undefined') return;
    let es: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSeq = 0;
    let restarting = false;
    let attempt = 0;
    let done = false;

    const reconnectLater = () => {
      es?.close();
      es = null;
      clearTimeout(timer);
      timer = setTimeout(connect, restartDelay(attempt));
      attempt++;
    };

    function connect() {
      if (done) return;
      const cur = new EventSource(eventsURL(id!, lastSeq), { withCredentials: true });
      es = cur;
      cur.onopen = () => {
        // After a restart the run may have been queued again: refresh the snapshot.
        if (restarting) void qc.invalidateQueries({ queryKey: ['analyses', id], exact: true });
        restarting = false;
        attempt = 0;
        dispatch({ type: 'open' });
      };
      cur.addEventListener('progress', (ev) => {
        const me = ev as MessageEvent<string>;
        let data: ProgressEvent;
        try {
          data = JSON.parse(me.data) as ProgressEvent;
        } catch {
          return;
        }
        const seq = Number(me.lastEventId) || 0;
        if (seq > lastSeq) lastSeq = seq;
        dispatch({ type: 'event', seq, data });
        if (TERMINAL.has(data.status) || TERMINAL.has(data.phase)) {
          done = true;
          cur.close();
          dispatch({ type: 'closed' });
          void qc.invalidateQueries({ queryKey: ['analyses', id] });
          void qc.invalidateQueries({ queryKey: ['analyses', 'list'] });
        }
      });
      cur.addEventListener('restarting', () => {
        // The server is shutting down: reconnect ourselves after its retry
        // (a replica or the restarted server answers) instead of relying on
        // EventSource, which gives up when an attempt gets a 502 or 503.
        restarting = true;
        attempt = 0;
        dispatch({ type: 'restarting' });
        reconnectLater();
      });
      cur.onerror = () => {
        if (restarting) {
          if (cur.readyState === EventSource.CLOSED) reconnectLater();
          return;
        }
        // The server closes the stream after the terminal event; when it
        // closed for another reason EventSource retries (retry: 2000).
        if (cur.readyState === EventSource.CLOSED) {
          done = true;
          dispatch({ type: 'closed' });
          void qc.invalidateQueries({ queryKey: ['analyses', id] });
        } else {
          dispatch({ type: 'error' });
        }
      };
    }

    connect();
    return () => {
      done = true;
      clearTimeout(timer);
      es?.close();
    };
  }, [id, startTerminal, qc]);

  useEffect(() => {
    if (analysis) dispatch({ type: 'snapshot', analysis });
  }, [analysis]);

  return state;
}
