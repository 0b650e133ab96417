import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_FILTERS, SEVERITIES, filtersFromQuery, findingsQuery, useBulkTriage, useFindings, useSummary, type FindingFilters, type FindingListItem, type TriageState } from './api';
import { SeverityBadge, TRIAGE_LABEL, inputClass } from './ui';
import { LoadMore } from '../../components/LoadMore';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { useWorkspacePath } from '../auth/workspace';

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

  // Below md only the search shows until "More filters" is pressed, so the
  // findings come first on a phone; from md up every control shows.
  const [more, setMore] = useState(false);
  const extra = more ? '' : 'max-md:hidden';
  const active = (Object.keys(EMPTY_FILTERS) as (keyof FindingFilters)[]).filter(
    (k) => k !== 'search' && JSON.stringify(value[k]) !== JSON.stringify(EMPTY_FILTERS[k]),
  ).length;
  const field = (k: keyof typeof text, label: string, placeholder: string, className = '') => (
    <div className={`min-w-0 ${className}`}>
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
        {field('category', 'Category', 'CWE-89 or A03', extra)}
        {field('file', 'File (path prefix)', 'src/', extra)}
        {field('rule', 'Rule', 'rule id', extra)}
      </div>
      <button
        type="button"
        aria-expanded={more}
        aria-controls="more-filters"
        onClick={() => setMore(!more)}
        className="text-sm font-medium text-indigo-700 md:hidden dark:text-indigo-300"
        data-testid="more-filters"
      >
        {more ? 'Fewer filters' : 'More filters'}
        {active > 0 && ` (${active} set)`}
      </button>
      <div id="more-filters" className={`flex flex-wrap items-end gap-x-6 gap-y-3 ${extra}`}>
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
            <option value="">Open (triaged hidden)</option>
            <option value="all">Any</option>
            {Object.entries(TRIAGE_LABEL)
              .filter(([k]) => k !== 'open')
              .map(([k, l]) => (
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

/** How the loaded findings may be grouped. */
export type Grouping = '' | 'file' | 'rule' | 'cwe';

/** The key a finding is grouped under. */
export function groupKey(f: FindingListItem, g: Grouping): string {
  if (g === 'file') return f.location.path;
  if (g === 'rule') return f.rule_id;
  if (g === 'cwe') return f.cwe[0] ?? 'No CWE';
  return '';
}

/** Groups rows by key, keeping the server's order inside each group and
 * ordering groups by their first row (so the most severe group leads). */
export function groupRows<T extends FindingListItem>(rows: T[], g: Grouping): { key: string; rows: T[] }[] {
  if (!g) return [{ key: '', rows }];
  const out: { key: string; rows: T[] }[] = [];
  const at = new Map<string, number>();
  for (const f of rows) {
    const k = groupKey(f, g);
    let i = at.get(k);
    if (i === undefined) {
      i = out.length;
      at.set(k, i);
      out.push({ key: k, rows: [] });
    }
    out[i].rows.push(f);
  }
  return out;
}

const TRIAGE_CHOICES = [
  ['false_positive', 'False positive'],
  ['accepted_risk', 'Accepted risk'],
  ['fixed', 'Fixed'],
  ['open', 'Reopen'],
] as const;

/** Bulk triage of the selected findings: one state, one reason. */
function BulkBar({ analysisId, selected, onDone }: { analysisId: string; selected: string[]; onDone: (n: number) => void }) {
  const [state, setState] = useState<TriageState>('false_positive');
  const [reason, setReason] = useState('');
  const m = useBulkTriage(analysisId);
  const needsReason = state !== 'open' && reason.trim() === '';
  return (
    <form
      aria-label="Triage the selected findings"
      data-testid="bulk-triage"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm dark:border-indigo-900 dark:bg-indigo-950/40"
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({ finding_ids: selected, state, reason }, { onSuccess: (r) => { setReason(''); onDone(r.updated); } });
      }}
    >
      <span className="self-center font-medium">{selected.length} selected</span>
      <div>
        <label htmlFor="bulk-state" className="block text-xs font-medium">Mark as</label>
        <select id="bulk-state" className={`mt-1 ${inputClass}`} value={state} onChange={(e) => setState(e.target.value as TriageState)}>
          {TRIAGE_CHOICES.map(([k, l]) => (
            <option key={k} value={k}>{l}</option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor="bulk-reason" className="block text-xs font-medium">Reason{state !== 'open' && ' (required)'}</label>
        <input id="bulk-reason" className={`mt-1 w-full ${inputClass}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why, for the audit trail" />
      </div>
      <button type="submit" disabled={needsReason || m.isPending} className="rounded-md bg-indigo-600 px-3 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-50">
        {m.isPending ? 'Saving…' : `Apply to ${selected.length}`}
      </button>
      {m.isError && <span role="alert" className="basis-full text-red-700 dark:text-red-400">{(m.error as Error).message}</span>}
    </form>
  );
}

/** The findings table: server-side filters, keyset "load more", bulk
 * triage and grouping. Triaged findings are hidden by default; the count of
 * hidden ones comes from the summary, which counts the same files. */
export function FindingsTable({ analysisId, analysisKey }: { analysisId: string; analysisKey?: unknown }) {
  const wsPath = useWorkspacePath();
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
  const grouping = (['file', 'rule', 'cwe'].includes(params.get('group') ?? '') ? params.get('group') : '') as Grouping;
  const writeUrl = (f: FindingFilters, g: Grouping) => {
    const q = new URLSearchParams(findingsQuery(f));
    q.delete('limit');
    if (f.triage === '') q.delete('triage');
    if (f.triage === 'all') q.set('triage', 'all');
    if (g) q.set('group', g);
    setParams(q, { replace: true, preventScrollReset: true });
  };
  const setFilters = (f: FindingFilters) => {
    setLocal(f);
    setSelected([]);
    writeUrl(f, grouping);
  };
  const [selected, setSelected] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const q = useFindings(analysisId, filters, true);
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const open = useSummary(analysisId, 'open', filters.file_kind, 1, analysisKey);
  const every = useSummary(analysisId, 'all', filters.file_kind, 1, analysisKey);
  const hidden = open.data && every.data ? every.data.findings - open.data.findings : 0;
  const groups = groupRows(rows, grouping);
  const allSelected = rows.length > 0 && rows.every((f) => selected.includes(f.id));
  const columns: Column<FindingListItem>[] = [
    {
      label: 'Select',
      card: 'lead',
      header: (
        <input type="checkbox" aria-label="Select every finding shown" checked={allSelected} onChange={() => setSelected(allSelected ? [] : rows.map((f) => f.id))} />
      ),
      cell: (f) => (
        <input
          type="checkbox"
          aria-label={`Select ${f.title} at ${f.location.path}:${f.location.start_line}`}
          checked={selected.includes(f.id)}
          onChange={() => setSelected(toggle(selected, f.id))}
        />
      ),
    },
    { label: 'Severity', card: 'plain', cell: (f) => <SeverityBadge severity={f.severity} /> },
    {
      label: 'Finding',
      card: 'plain',
      cell: (f) => (
        <>
          <Link
            to={wsPath(`findings/${f.id}`)}
            state={{ reportSearch: key }}
            className={`font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${isTriaged(f) ? 'line-through decoration-slate-400' : ''}`}
          >
            {f.title}
          </Link>
          <div className="text-xs break-all text-slate-500 dark:text-slate-400">
            {f.rule_id}
            {f.cwe.length > 0 && ` · ${f.cwe.join(', ')}`}
          </div>
        </>
      ),
    },
    {
      label: 'Location',
      card: 'plain',
      className: 'font-mono text-xs break-all md:max-w-xs',
      cell: (f) => `${f.location.path}:${f.location.start_line}`,
    },
    { label: 'Confidence', className: 'capitalize max-md:text-xs', cell: (f) => f.confidence },
    { label: 'AI', className: 'text-xs', cell: (f) => <div data-testid="ai-cell"><AICell f={f} /></div> },
    {
      label: 'Triage',
      className: 'text-xs',
      cell: (f) => (
        <div data-testid="triage-cell">
          {f.suppression?.kind === 'inline' ? 'Suppressed in code' : (TRIAGE_LABEL[f.triage.state] ?? f.triage.state)}
          {f.triage.state !== 'open' && f.triage.reason && <div className="text-slate-500 dark:text-slate-400">{f.triage.reason}</div>}
        </div>
      ),
    },
  ];
  return (
    <div className="space-y-4">
      <FindingFiltersForm value={filters} onChange={setFilters} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor="group-by" className="text-xs font-medium text-slate-600 dark:text-slate-400">Group by</label>
        <select id="group-by" className={inputClass} value={grouping} onChange={(e) => writeUrl(filters, e.target.value as Grouping)}>
          <option value="">Nothing</option>
          <option value="file">File</option>
          <option value="rule">Rule</option>
          <option value="cwe">CWE</option>
        </select>
        {filters.triage === '' && hidden > 0 && (
          <span data-testid="hidden-triaged" className="text-slate-600 dark:text-slate-400">
            {hidden.toLocaleString()} triaged or suppressed {hidden === 1 ? 'finding' : 'findings'} hidden.{' '}
            <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => setFilters({ ...filters, triage: 'all' })}>
              Show them
            </button>
          </span>
        )}
        {done && <span role="status" className="text-emerald-700 dark:text-emerald-300">{done}</span>}
      </div>
      {selected.length > 0 && (
        <BulkBar
          analysisId={analysisId}
          selected={selected}
          onDone={(n) => {
            setSelected([]);
            setDone(`${n} ${n === 1 ? 'finding' : 'findings'} triaged; the score is recomputed.`);
          }}
        />
      )}
      {rows.length > 0 && (
        <label className="flex items-center gap-2 text-sm md:hidden">
          <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? [] : rows.map((f) => f.id))} />
          Select every finding shown
        </label>
      )}
      <ResponsiveTable
        caption="Findings"
        data-testid="findings-table"
        columns={columns}
        groups={groups.map((g) => ({
          key: g.key,
          rows: g.rows,
          heading: grouping ? (
            <span data-testid="finding-group">
              {g.key} <span className="font-sans text-slate-500 dark:text-slate-400">({g.rows.length})</span>
            </span>
          ) : undefined,
        }))}
        rowKey={(f) => f.id}
        rowProps={(f) => ({
          'data-testid': 'finding-row',
          'data-triaged': isTriaged(f) || undefined,
          className: `hover:bg-slate-50 dark:hover:bg-slate-800/40 ${isTriaged(f) ? 'opacity-60' : ''}`,
        })}
        empty={q.isSuccess ? 'No findings match these filters.' : undefined}
      />
      <LoadMore pages={q} shown={rows.length} pendingText="Loading findings…">
        {q.isError && <span role="alert" className="text-red-600 dark:text-red-400">{(q.error as Error).message}</span>}
      </LoadMore>
    </div>
  );
}

/** Triaged or suppressed in code: shown muted (and hidden by default). */
function isTriaged(f: FindingListItem): boolean {
  return f.triage.state !== 'open' || f.suppression?.kind === 'inline';
}

/** The AI column: the verdict (or that the AI raised the finding) and the model behind it. */
function AICell({ f }: { f: FindingListItem }) {
  let label = '—';
  let model = '';
  if (f.ai?.verdict) {
    label = f.ai.verdict.replace(/_/g, ' ');
    model = f.ai.model;
  } else if (f.kind === 'ai') {
    label = 'raised by AI';
    const x = f.extra;
    model = x.ai_provider && x.ai_model ? `${x.ai_provider}/${x.ai_model}` : (x.ai_model ?? '');
  }
  return (
    <>
      {label}
      {model && <div className="break-all text-slate-500 dark:text-slate-400">{model}</div>}
    </>
  );
}
