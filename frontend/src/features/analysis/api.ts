// Types and hooks for the analysis API (modules/analysis: views.go,
// create.go, query.go). JSON field names are the server's snake_case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type * as G from '../../api/generated';
import { pageURL, useCursorPages } from '../../api/pages';

export type Tier = 'static' | 'standard' | 'deep';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Status = 'queued' | 'running' | 'completed' | 'failed' | 'canceled';
export type TriageState = 'open' | 'false_positive' | 'accepted_risk' | 'fixed';

export const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const TERMINAL: ReadonlySet<string> = new Set(['completed', 'failed', 'canceled']);

// The shapes come from the server's route table (api/generated.ts, make
// api-types); here they only narrow strings the server documents as enums.
type Narrow<T, N> = Omit<T, keyof N> & N;

export type Counts = G.Counts;
export type Options = G.Options;
export type Analysis = Narrow<G.AnalysisView, { tier: Tier; status: Status }>;
/** One dimension of a Summary: top buckets, the sum of the rest, how many keys in all. */
export type Breakdown = G.Breakdown;
/** GET /api/v1/analyses/{id}/summary: counts over every finding in scope. */
export type Summary = Narrow<G.Summary, { scope: 'open' | 'all'; by_severity: Counts }>;
export type Quote = Narrow<G.Quote, { tier: Tier }>;
export type Created = Narrow<G.Created, { status: Status; quote: Quote }>;
export type Location = G.Location;
export type TraceStep = G.TraceStep;
export type Finding = Narrow<G.FindingView, { severity: Severity; triage: Narrow<G.TriageView, { state: TriageState }> }>;
/** A finding as the findings list shows it (the server's lean list item:
 * no context, trace, remediation, references, snippet or AI text; those
 * come from GET /findings/{id}). A full Finding is one too. */
export type FindingListItem = Narrow<G.FindingListItem, { severity: Severity; triage: Narrow<G.TriageView, { state: TriageState }> }>;

export interface Page<T> {
  items: T[];
  next_cursor: string;
}

export type Comparison = Narrow<G.Comparison, { new: Finding[]; fixed: Finding[]; unchanged: Finding[] }>;

/** What the New Analysis page sends: an upload or a paste. */
export type Submission =
  | { kind: 'upload'; tier: Tier; files: File[]; options: Options; name?: string }
  | { kind: 'paste'; tier: Tier; filename: string; content: string; options: Options; name?: string };

/** Builds the request body: multipart for uploads, JSON for a paste. */
export function submissionBody(s: Submission): FormData | Record<string, unknown> {
  if (s.kind === 'paste') {
    const body: Record<string, unknown> = { tier: s.tier, filename: s.filename, content: s.content, options: s.options };
    if (s.name) body.name = s.name;
    return body;
  }
  const fd = new FormData();
  fd.append('tier', s.tier);
  if (s.name) fd.append('name', s.name);
  fd.append('options', JSON.stringify(s.options));
  for (const f of s.files) fd.append('files', f, f.name);
  return fd;
}

export function useQuote() {
  return useMutation({
    mutationFn: (s: Submission) => api<Quote>('/api/v1/analyses/quote', { method: 'POST', body: submissionBody(s) }),
  });
}

export function useCreateAnalysis() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: Submission) => api<Created>('/api/v1/analyses', { method: 'POST', body: submissionBody(s) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['analyses'] }),
  });
}

export function useAnalyses(limit = 20) {
  return useCursorPages<Page<Analysis>>({ queryKey: ['analyses', 'list', limit], url: (cursor) => pageURL('/api/v1/analyses', limit, cursor) });
}

export function useAnalysis(id: string) {
  return useQuery({
    queryKey: ['analyses', id],
    queryFn: ({ signal }) => api<Analysis>(`/api/v1/analyses/${encodeURIComponent(id)}`, { signal }),
    // SSE carries live progress; this slow poll is the fallback when the
    // stream cannot be held open (a proxy that buffers, an expired cookie).
    refetchInterval: (q) => (q.state.data && !TERMINAL.has(q.state.data.status) ? 5000 : false),
  });
}

/** Server-side filters of the findings table. Empty values are not sent. */
export interface FindingFilters {
  severity: Severity[];
  confidence: string[];
  category: string;
  file: string;
  rule: string;
  ai_verdict: string;
  /** '' is open findings only (the default: triaged ones are hidden), 'all'
   * every finding, else one triage state. */
  triage: string;
  search: string;
  sort: '' | 'severity' | 'file' | 'confidence';
  /** Which files' findings: '' is production code only (the default: tests,
   * examples, docs, benchmarks and vendored code are hidden), 'all' every file. */
  file_kind: FileKindFilter;
}

/** File kinds the scanner tells apart, plus '' (production, the default) and 'all'. */
export const FILE_KINDS = ['all', 'test', 'example', 'docs', 'benchmark', 'vendored'] as const;
export type FileKindFilter = '' | (typeof FILE_KINDS)[number];

export const EMPTY_FILTERS: FindingFilters = {
  severity: [],
  confidence: [],
  category: '',
  file: '',
  rule: '',
  ai_verdict: '',
  triage: '',
  search: '',
  sort: '',
  file_kind: '',
};

/** Turns filters (and a cursor) into the findings query string. */
export function findingsQuery(f: FindingFilters, cursor = '', limit = 50): string {
  const q = new URLSearchParams();
  if (f.severity.length) q.set('severity', f.severity.join(','));
  if (f.confidence.length) q.set('confidence', f.confidence.join(','));
  for (const k of ['category', 'file', 'rule', 'ai_verdict', 'triage', 'search', 'sort'] as const) {
    let v = f[k].trim();
    // Triaged findings are hidden unless asked for: '' shows the open ones.
    if (k === 'triage') v = v === '' ? 'open' : v === 'all' ? '' : v;
    if (v) q.set(k, v);
  }
  q.set('limit', String(limit));
  if (cursor) q.set('cursor', cursor);
  q.set('file_kind', f.file_kind || 'production');
  return q.toString();
}

/** Reads filters back from a query string (the page URL keeps them). */
export function filtersFromQuery(q: URLSearchParams): FindingFilters {
  const list = (k: string) => (q.get(k) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const sort = q.get('sort') ?? '';
  return {
    severity: list('severity').filter((s): s is Severity => (SEVERITIES as string[]).includes(s)),
    confidence: list('confidence'),
    category: q.get('category') ?? '',
    file: q.get('file') ?? '',
    rule: q.get('rule') ?? '',
    ai_verdict: q.get('ai_verdict') ?? '',
    triage: q.get('triage') === 'open' ? '' : (q.get('triage') ?? ''),
    search: q.get('search') ?? '',
    sort: sort === 'severity' || sort === 'file' || sort === 'confidence' ? sort : '',
    file_kind: (FILE_KINDS as readonly string[]).includes(q.get('file_kind') ?? '') ? (q.get('file_kind') as FileKindFilter) : '',
  };
}

export function useFindings(id: string, filters: FindingFilters, enabled: boolean) {
  return useCursorPages<Page<FindingListItem>>({
    queryKey: ['analyses', id, 'findings', filters],
    enabled,
    url: (cursor) => `/api/v1/analyses/${encodeURIComponent(id)}/findings?${findingsQuery(filters, cursor)}`,
  });
}

export function useFinding(id: string) {
  return useQuery({
    queryKey: ['findings', id],
    queryFn: ({ signal }) => api<Finding>(`/api/v1/findings/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useTriage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { state: TriageState; reason: string }) =>
      api<Finding>(`/api/v1/findings/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (f) => {
      qc.setQueryData(['findings', id], f);
      void qc.invalidateQueries({ queryKey: ['analyses', f.analysis_id] });
    },
  });
}

/** POST /analyses/{id}/triage: one decision and one reason for several findings. */
export function useBulkTriage(analysisId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { finding_ids: string[]; state: TriageState; reason: string }) =>
      api<{ updated: number; analysis: Analysis }>(`/api/v1/analyses/${encodeURIComponent(analysisId)}/triage`, { method: 'POST', body }),
    onSuccess: (r) => {
      qc.setQueryData(['analyses', analysisId], r.analysis);
      void qc.invalidateQueries({ queryKey: ['analyses', analysisId] });
      void qc.invalidateQueries({ queryKey: ['findings'] });
    },
  });
}

/** GET /analyses/{id}/summary in a scope and kind of file (as the findings list's file_kind). */
export function useSummary(id: string, scope: 'open' | 'all', fileKind: FileKindFilter, top = 10, key: unknown = null) {
  return useQuery({
    queryKey: ['analyses', id, 'summary', scope, fileKind, top, key],
    queryFn: ({ signal }) =>
      api<Summary>(`/api/v1/analyses/${encodeURIComponent(id)}/summary?scope=${scope}&file_kind=${fileKind || 'production'}&top=${top}`, { signal }),
    staleTime: 60_000,
  });
}

export function useCompare(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['analyses', id, 'compare'],
    enabled,
    queryFn: ({ signal }) => api<Comparison>(`/api/v1/analyses/${encodeURIComponent(id)}/compare`, { signal }),
  });
}

export function useCancelAnalysis(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Analysis>(`/api/v1/analyses/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
    onSuccess: (a) => qc.setQueryData(['analyses', id], a),
  });
}

export function useDeleteAnalysis(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/api/v1/analyses/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['analyses', id] });
      void qc.invalidateQueries({ queryKey: ['analyses', 'list'] });
    },
  });
}

/** Report download URL for an export format. */
export function reportUrl(id: string, format: 'sarif' | 'json' | 'csv' | 'html' | 'pdf'): string {
  return `/api/v1/analyses/${encodeURIComponent(id)}/report.${format}`;
}
