import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_FILTERS, SEVERITIES, filtersFromQuery, findingsQuery, useFindings, type Finding, type FindingFilters } from './api';
import { SeverityBadge, TRIAGE_LABEL, inputClass } from './ui';

const CONFIDENCES = ['high', 'medium', 'low'];
const VERDICTS = [
  ['', 'Any'],
  ['true_positive', 'True positive'],
  ['false_positive', 'False positive'],
  ['unavailable', 'Unavailable'],
];

/** Debounces a text value so typing does not send a request per key. */
function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return v;
}

function toggle<T>(list: T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** Filter controls; text fields are debounced before they reach onChange. */
export function FindingFiltersForm({ value, onChange }: { value: FindingFilters; onChange: (f: FindingFilters) => void }) {
  const [text, setText] = useState({ search: value.search, category: value.category, file: value.file, rule: value.rule });
  const debounced = useDebounced(text);
  useEffect(() => {
    if (
      debounced.search !== value.search ||
      debounced.category !== value.category ||
      debounced.file !== value.file ||
      debounced.rule !== value.rule
    ) {
      onChange({ ...value, ...debounced });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const field = (k: keyof typeof text, label: string, placeholder: string) => (
    <div className="min-w-0">
      <label htmlFor={`filter-${k}`} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </label>
      <input
        id={`filter-${k}`}
        type={k === 'search' ? 'search' : 'text'}
        placeholder={placeholder}
        className={`mt-1 w-full ${inputClass}`}
        value={text[k]}
        onChange={(e) => setText({ ...text, [k]: e.target.value })}
      />
    </div>
  );

  return (
    <form role="search" aria-label="Filter findings" onSubmit={(e) => e.preventDefault()} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {field('search', 'Search', 'title, message, path or rule')}
        {field('category', 'Category', 'CWE-89 or A03')}
        {field('file', 'File (path prefix)', 'src/')}
        {field('rule', 'Rule', 'rule id')}
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset>
          <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">Severity</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {SEVERITIES.map((s) => (
              <label key={s} className="flex items-center gap-1 text-sm capitalize">
                <input type="checkbox" checked={value.severity.includes(s)} onChange={() => onChange({ ...value, severity: toggle(value.severity, s) })} />
                {s}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">Confidence</legend>
          <div className="mt-1 flex gap-3">
            {CONFIDENCES.map((c) => (
              <label key={c} className="flex items-center gap-1 text-sm capitalize">
                <input type="checkbox" checked={value.confidence.includes(c)} onChange={() => onChange({ ...value, confidence: toggle(value.confidence, c) })} />
                {c}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="filter-triage" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
            Triage
          </label>
          <select id="filter-triage" className={`mt-1 ${inputClass}`} value={value.triage} onChange={(e) => onChange({ ...value, triage: e.target.value })}>
            <option value="">Any</option>
            {Object.entries(TRIAGE_LABEL).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-ai" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
            AI verdict
          </label>
          <select id="filter-ai" className={`mt-1 ${inputClass}`} value={value.ai_verdict} onChange={(e) => onChange({ ...value, ai_verdict: e.target.value })}>
            {VERDICTS.map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-files" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
            Files
          </label>
          <select id="filter-files" className={`mt-1 ${inputClass}`} value={value.file_kind} onChange={(e) => onChange({ ...value, file_kind: e.target.value as FindingFilters['file_kind'] })}>
            <option value="">Production code</option>
            <option value="all">All files</option>
            <option value="test">Tests</option>
            <option value="example">Examples</option>
            <option value="docs">Docs</option>
            <option value="benchmark">Benchmarks</option>
            <option value="vendored">Vendored</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
            Sort by
          </label>
          <select id="filter-sort" className={`mt-1 ${inputClass}`} value={value.sort} onChange={(e) => onChange({ ...value, sort: e.target.value as FindingFilters['sort'] })}>
            <option value="">Severity</option>
            <option value="file">File</option>
            <option value="confidence">Confidence</option>
          </select>
        </div>
        <button
          type="button"
          className="rounded-md px-2 py-2 text-sm text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          onClick={() => {
            setText({ search: '', category: '', file: '', rule: '' });
            onChange(EMPTY_FILTERS);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}

/** The findings table: server-side filters and keyset "load more". */
export function FindingsTable({ analysisId }: { analysisId: string }) {
  // Filters live in the page URL: shareable, and kept when coming back
  // from a finding.
  // Local state answers the click at once (the router applies the URL in
  // a transition); the URL follows, and a link that changes the URL (a
  // severity tile) updates the state.
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fromUrl = useMemo(() => filtersFromQuery(params), [key]);
  const [filters, setLocal] = useState<FindingFilters>(fromUrl);
  useEffect(() => setLocal(fromUrl), [fromUrl]);
  const setFilters = (f: FindingFilters) => {
    setLocal(f);
    const q = new URLSearchParams(findingsQuery(f));
    q.delete('limit');
    setParams(q, { replace: true, preventScrollReset: true });
  };
  const q = useFindings(analysisId, filters, true);
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="space-y-4">
      <FindingFiltersForm value={filters} onChange={setFilters} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm" data-testid="findings-table">
          <caption className="sr-only">Findings</caption>
          <thead className="bg-slate-50 text-xs uppercase text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-2">Severity</th>
              <th scope="col" className="px-3 py-2">Finding</th>
              <th scope="col" className="px-3 py-2">Location</th>
              <th scope="col" className="px-3 py-2">Confidence</th>
              <th scope="col" className="px-3 py-2">AI</th>
              <th scope="col" className="px-3 py-2">Triage</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((f) => (
              <tr key={f.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                <td className="px-3 py-2 align-top">
                  <SeverityBadge severity={f.severity} />
                </td>
                <td className="px-3 py-2 align-top">
                  <Link to={`/findings/${f.id}`} state={{ reportSearch: key }} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {f.title}
                  </Link>
                  <div className="text-xs text-slate-500 dark:text-slate-400">
                    {f.rule_id}
                    {f.cwe.length > 0 && ` · ${f.cwe.join(', ')}`}
                  </div>
                </td>
                <td className="max-w-xs px-3 py-2 align-top font-mono text-xs break-all">
                  {f.location.path}:{f.location.start_line}
                </td>
                <td className="px-3 py-2 align-top capitalize">{f.confidence}</td>
                <td className="px-3 py-2 align-top text-xs" data-testid="ai-cell">
                  <AICell f={f} />
                </td>
                <td className="px-3 py-2 align-top text-xs">{f.suppression?.kind === 'inline' ? 'Suppressed in code' : TRIAGE_LABEL[f.triage.state] ?? f.triage.state}</td>
              </tr>
            ))}
            {q.isSuccess && rows.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-slate-500 dark:text-slate-400">
                  No findings match these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3 text-sm" aria-live="polite">
        <span className="text-slate-600 dark:text-slate-400">{q.isPending ? 'Loading findings…' : `${rows.length.toLocaleString()} shown`}</span>
        {q.hasNextPage && (
          <button
            type="button"
            onClick={() => void q.fetchNextPage()}
            disabled={q.isFetchingNextPage}
            className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {q.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
        {q.isError && <span role="alert" className="text-red-600 dark:text-red-400">{(q.error as Error).message}</span>}
      </div>
    </div>
  );
}

/** The AI column: the verdict (or that the AI raised the finding) and the model behind it. */
function AICell({ f }: { f: Finding }) {
  let label = '—';
  let model = '';
  if (f.ai?.verdict) {
    label = f.ai.verdict.replace(/_/g, ' ');
    model = f.ai.model;
  } else if (f.kind === 'ai') {
    label = 'raised by AI';
    const x = f.extra ?? {};
    model = x.ai_provider && x.ai_model ? `${x.ai_provider}/${x.ai_model}` : (x.ai_model ?? '');
  }
  return (
    <>
      {label}
      {model && <div className="break-all text-slate-500 dark:text-slate-400">{model}</div>}
    </>
  );
}
