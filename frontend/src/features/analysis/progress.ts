// Live progress over Server-Sent Events. The reducer is pure (tested); the
// hook wires it to EventSource, which resumes with Last-Event-ID on its own
// after a dropped connection. A page reload starts from the analysis' last
// known state and replays the stream from the beginning.
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
  connection: 'connecting' | 'open' | 'reconnecting' | 'closed';
}

export type ProgressAction =
  | { type: 'event'; seq: number; data: ProgressEvent }
  | { type: 'open' }
  | { type: 'error' }
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
      return s.connection === 'closed' ? s : { ...s, connection: 'reconnecting' };
    case 'closed':
      return { ...s, connection: 'closed' };
    case 'snapshot': {
      const n = initialProgress(a.analysis);
      if (TERMINAL.has(a.analysis.status)) return { ...n, lastSeq: s.lastSeq };
      return s;
    }
  }
}

/** Subscribes to an analysis' events until it reaches a terminal status. */
export function useProgress(analysis: Analysis | undefined) {
  const qc = useQueryClient();
  const [state, dispatch] = useReducer(progressReducer, analysis, initialProgress);
  const id = analysis?.id;
  const startTerminal = analysis ? TERMINAL.has(analysis.status) : true;

  useEffect(() => {
    if (!id || startTerminal || typeof EventSource === 'undefined') return;
    const es = new EventSource(`/api/v1/analyses/${encodeURIComponent(id)}/events`, { withCredentials: true });
    es.onopen = () => dispatch({ type: 'open' });
    es.addEventListener('progress', (ev) => {
      const me = ev as MessageEvent<string>;
      let data: ProgressEvent;
      try {
        data = JSON.parse(me.data) as ProgressEvent;
      } catch {
        return;
      }
      dispatch({ type: 'event', seq: Number(me.lastEventId) || 0, data });
      if (TERMINAL.has(data.status) || TERMINAL.has(data.phase)) {
        es.close();
        dispatch({ type: 'closed' });
        void qc.invalidateQueries({ queryKey: ['analyses', id] });
        void qc.invalidateQueries({ queryKey: ['analyses', 'list'] });
      }
    });
    es.onerror = () => {
      // The server closes the stream after the terminal event; when it
      // closed for another reason EventSource retries (retry: 2000).
      if (es.readyState === EventSource.CLOSED) {
        dispatch({ type: 'closed' });
        void qc.invalidateQueries({ queryKey: ['analyses', id] });
      } else {
        dispatch({ type: 'error' });
      }
    };
    return () => es.close();
  }, [id, startTerminal, qc]);

  useEffect(() => {
    if (analysis) dispatch({ type: 'snapshot', analysis });
  }, [analysis]);

  return state;
}
