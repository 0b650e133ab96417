// Types and hooks for the analysis API (modules/analysis: views.go,
// create.go, query.go). JSON field names are the server's snake_case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { pageURL, useCursorPages } from '../../api/pages';

export type Tier = 'static' | 'standard' | 'deep';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Status = 'queued' | 'running' | 'completed' | 'failed' | 'canceled';
export type TriageState = 'open' | 'false_positive' | 'accepted_risk' | 'fixed';

export const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const TERMINAL: ReadonlySet<string> = new Set(['completed', 'failed', 'canceled']);

export interface Counts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
}

export interface Options {
  include_tests: boolean;
  exclude?: string[];
  focus?: string[];
}

export interface Analysis {
  id: string;
  workspace_id: string;
  created_by: string;
  name: string;
  project_key: string;
  source_kind: string;
  tier: Tier;
  options: Options;
  status: Status;
  phase: string;
  failure_reason?: string;
  attempts: number;
  quote_min: number;
  quote_max: number;
  cost_credits: number;
  credits_state: string;
  ai_cost_usd: number;
  ai_status: string;
  /** The AI executive summary and the model that wrote it, when there is one. */
  ai_summary?: { summary: string; top_risks: string[]; model: string };
  files_total: number;
  files_scanned: number;
  lines_total: number;
  lines_scanned: number;
  counts: Counts;
  score: number | null;
  grade: string;
  score_method: string;
  notes: string[];
  source_retained: boolean;
  source_deleted_at?: string;
  retention: string;
  created_at: string;
  started_at?: string;
  finished_at?: string;
  /** Whether this server can print the PDF report (completed analyses), and why not. */
  pdf_export?: { available: boolean; reason?: string };
}

/** One dimension of a Summary: top buckets, the sum of the rest, how many keys in all. */
export interface Breakdown {
  buckets: { key: string; count: number }[];
  other: number;
  distinct: number;
}

/** GET /api/v1/analyses/{id}/summary: counts over every finding in scope. */
export interface Summary {
  analysis_id: string;
  scope: 'open' | 'all';
  findings: number;
  by_severity: Counts;
  by_cwe: Breakdown;
  by_owasp: Breakdown;
  by_rule: Breakdown;
  by_file: Breakdown;
}

export interface Quote {
  tier: Tier;
  min_credits: number;
  max_credits: number;
  files: number;
  lines: number;
  bytes: number;
  ai_configured: boolean;
  ai_min_usd: number;
  ai_max_usd: number;
  notes: string[];
}

export interface Created {
  id: string;
  status: Status;
  quote: Quote;
}

export interface Location {
  path: string;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
}

export interface TraceStep {
  location: Location;
  kind: string;
  message: string;
  snippet?: string;
}

export interface Finding {
  id: string;
  analysis_id: string;
  fingerprint: string;
  rule_id: string;
  kind: string;
  title: string;
  message: string;
  severity: Severity;
  confidence: string;
  cwe: string[];
  owasp: string[];
  location: Location;
  snippet: string;
  /** Source around the matched lines: lines[i] is line start_line + i (null for secrets). */
  context?: { start_line: number; lines: string[] } | null;
  trace: TraceStep[];
  remediation: string;
  references: string[];
  extra?: Record<string, string> | null;
  suppression?: { kind: string; justification: string };
  ai: { verdict: string; explanation: string; model: string; fix_diff: string } | null;
  triage: { state: TriageState; reason: string };
  history?: { from: string; to: string; reason: string; actor_id: string; at: string }[];
}

export interface Page<T> {
  items: T[];
  next_cursor: string;
}

export interface Comparison {
  previous_id: string | null;
  new: Finding[];
  fixed: Finding[];
  unchanged: Finding[];
  counts: { new: number; fixed: number; unchanged: number };
}

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
  return useCursorPages<Page<Finding>>({
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
