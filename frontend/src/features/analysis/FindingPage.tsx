import { useEffect, useLayoutEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client';
import { ErrorNote, when } from '../auth/ui';
import { useFindingWorkspace } from '../auth/locate';
import { useCurrentWorkspace, workspacePath, useWorkspacePath } from '../auth/workspace';
import { filtersFromQuery, findingsQuery, useFinding, useTriage, type Finding, type FindingListItem, type Page, type TriageState } from './api';
import { codeRows } from './code';
import { DiffView } from './DiffView';
import { useHighlightedLines } from './highlight';
import { Markdown } from './Markdown';
import { Section, SeverityBadge, TRIAGE_LABEL, inputClass } from './ui';

function CodeView({ finding }: { finding: Finding }) {
  const rows = codeRows(finding);
  const lines = rows.flatMap((r) => (r.kind === 'line' ? [r.text] : []));
  const spans = useHighlightedLines(finding.location.path, lines);
  let li = 0;
  if (rows.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No code was kept for this finding.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
      <table className="w-full border-collapse font-mono text-xs" data-testid="code">
        <caption className="sr-only">
          {finding.location.path}: highlighted lines are the finding; the others are the code around it and the steps of its data flow
        </caption>
        <tbody>
          {rows.map((r, i) =>
            r.kind === 'gap' ? (
              <tr key={`gap-${i}`}>
                <td className="select-none px-2 text-right text-slate-400">⋯</td>
                <td />
                <td />
              </tr>
            ) : (
              <tr key={r.n} className={r.hit ? 'bg-amber-100 dark:bg-amber-500/15' : ''} data-hit={r.hit || undefined}>
                <td className="w-12 select-none border-r border-slate-200 px-2 text-right text-slate-500 dark:border-slate-800">{r.n}</td>
                <td className="whitespace-pre px-3 py-0.5" data-testid="code-line">
                  {r.hit && <span className="sr-only">Finding: </span>}
                  {(spans[li++] ?? [{ text: r.text, cls: '' }]).map((sp, j) => (sp.cls ? <span key={j} className={sp.cls}>{sp.text}</span> : sp.text))}
                </td>
                <td className="w-16 px-2 text-right text-[10px] uppercase text-slate-500">{r.note}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

const KIND_STYLE: Record<string, string> = {
  source: 'bg-sky-100 text-sky-900 dark:bg-sky-500/20 dark:text-sky-100',
  sink: 'bg-red-100 text-red-900 dark:bg-red-500/20 dark:text-red-100',
};

function Trace({ finding }: { finding: Finding }) {
  if (finding.trace.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">This rule matches a single place; there is no data flow to show.</p>;
  return (
    <ol className="space-y-2" data-testid="trace" aria-label="Data flow from source to sink">
      {finding.trace.map((st, i) => (
        <li key={i} className="flex gap-3">
          <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold dark:bg-slate-700" aria-hidden="true">
            {i + 1}
          </span>
          <div className="min-w-0 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${KIND_STYLE[st.kind] ?? 'bg-slate-100 dark:bg-slate-800'}`}>{st.kind}</span>
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                {st.location.path}:{st.location.start_line}
                {st.location.start_column ? `:${st.location.start_column}` : ''}
              </span>
            </div>
            <p className="mt-0.5">{st.message}</p>
            {st.snippet && <pre className="mt-1 overflow-x-auto rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-950">{st.snippet.trim()}</pre>}
          </div>
        </li>
      ))}
    </ol>
  );
}

const ACTIONS: { state: TriageState; label: string; hint: string }[] = [
  { state: 'false_positive', label: 'False positive', hint: 'The code is not vulnerable.' },
  { state: 'accepted_risk', label: 'Accepted risk', hint: 'Vulnerable, but the risk is accepted.' },
  { state: 'fixed', label: 'Fixed', hint: 'Fixed; a re-scan will confirm.' },
  { state: 'open', label: 'Reopen', hint: 'Count it against the score again.' },
];

function Triage({ finding }: { finding: Finding }) {
  const m = useTriage(finding.id);
  const [state, setState] = useState<TriageState | ''>('');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState('');
  const choices = ACTIONS.filter((a) => (finding.triage.state === 'open' ? a.state !== 'open' : a.state !== finding.triage.state));
  const reasonErr = localError || (m.error instanceof ApiError ? m.error.fieldError('reason') : undefined);
  const { workspace, can } = useCurrentWorkspace();
  // A new finding (previous/next) starts with a clean form.
  useEffect(() => {
    setState('');
    setReason('');
    setLocalError('');
    m.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finding.id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!state) {
      setLocalError('');
      return;
    }
    if (!reason.trim()) {
      setLocalError('A reason is required: say why.');
      return;
    }
    setLocalError('');
    m.mutate({ state, reason: reason.trim() }, { onSuccess: () => { setState(''); setReason(''); } });
  };

  const open = finding.triage.state === 'open';
  return (
    <section id="triage" aria-labelledby="triage-title" className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h2 id="triage-title" className="sr-only">Triage</h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm" data-testid="triage-state">
          <span className="text-slate-600 dark:text-slate-400">Triage: </span>
          <strong
            className={`rounded px-1.5 py-0.5 ${
              open ? 'bg-slate-100 dark:bg-slate-800' : 'bg-emerald-100 text-emerald-900 dark:bg-emerald-500/20 dark:text-emerald-100'
            }`}
          >
            {TRIAGE_LABEL[finding.triage.state] ?? finding.triage.state}
          </strong>
          {finding.triage.reason && <span className="break-words text-slate-600 dark:text-slate-400"> — “{finding.triage.reason}”</span>}
        </p>
        {workspace && !can('analysis:triage') ? null : (
          <fieldset className="flex flex-wrap items-center gap-2">
            <legend className="sr-only">Mark as</legend>
            <span aria-hidden="true" className="text-sm text-slate-600 dark:text-slate-400">
              Mark as
            </span>
            {choices.map((a) => (
              <label
                key={a.state}
                title={a.hint}
                className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${
                  state === a.state
                    ? 'border-indigo-500 bg-indigo-50 text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-100'
                    : 'border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'
                }`}
              >
                <input type="radio" name="triage-state" value={a.state} checked={state === a.state} onChange={() => setState(a.state)} />
                {a.label}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {workspace && !can('analysis:triage') ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300" data-testid="triage-not-allowed">
          As a {workspace.role} of {workspace.name} you can read findings but not triage them; ask an admin of the workspace for the member role.
        </p>
      ) : (
        state && (
          <form id="triage-form" onSubmit={submit} className="mt-3 space-y-2">
            <div>
              <label htmlFor="triage-reason" className="block text-sm font-medium">
                Reason <span className="font-normal text-slate-500 dark:text-slate-400">(required; audited, and applied to this finding in later analyses too)</span>
              </label>
              <textarea
                id="triage-reason"
                rows={2}
                maxLength={2000}
                className={`mt-1 w-full ${inputClass}`}
                value={reason}
                aria-invalid={!!reasonErr}
                aria-describedby={reasonErr ? 'triage-reason-error' : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
              {reasonErr && (
                <p id="triage-reason-error" role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">
                  {reasonErr}
                </p>
              )}
            </div>
            {m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) && <ErrorNote error={m.error} />}
            <div className="flex flex-wrap items-center gap-2">
              <button type="submit" disabled={m.isPending} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50">
                {m.isPending ? 'Saving…' : 'Save decision'}
              </button>
              <button
                type="button"
                className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:underline dark:text-slate-300"
                onClick={() => {
                  setState('');
                  setReason('');
                  setLocalError('');
                  m.reset();
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        )
      )}
      {m.isSuccess && !state && (
        <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-300">
          Saved.
        </p>
      )}
      {finding.history && finding.history.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Triage history ({finding.history.length})</summary>
          <ul className="mt-1 space-y-1 text-xs text-slate-600 dark:text-slate-400">
            {finding.history.map((h, i) => (
              <li key={i} className="break-words">
                {when(h.at)}: {TRIAGE_LABEL[h.from] ?? h.from} → {TRIAGE_LABEL[h.to] ?? h.to} — “{h.reason}”
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Keys that move to the next or previous finding (visible on the buttons). */
const NEXT_KEYS = ['j', 'ArrowRight'];
const PREV_KEYS = ['k', 'ArrowLeft'];

/**
 * Whether a key press belongs to the page rather than to a control: not
 * typed into a field, not with a modifier, and (for arrows, which also
 * move radio buttons and scroll code sideways) not inside any control.
 */
export function isPageKey(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return false;
  if (e.key.startsWith('Arrow') && t && t !== document.body && !/^(A|BUTTON)$/.test(t.tagName)) return false;
  return true;
}

/**
 * Previous and next findings within the report's current filter (the
 * filter travels in the link state; a direct visit uses the report's
 * default: open findings in production code). j or → moves to the next
 * finding, k or ← to the previous one.
 */
function PrevNext({ finding, reportSearch }: { finding: Finding; reportSearch?: string }) {
  const wsPath = useWorkspacePath();
  const filters = filtersFromQuery(new URLSearchParams(reportSearch ?? ''));
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: ['analyses', finding.analysis_id, 'findings', filters, 'neighbours'],
    queryFn: ({ signal }) =>
      api<Page<FindingListItem>>(`/api/v1/analyses/${encodeURIComponent(finding.analysis_id)}/findings?${findingsQuery(filters, '', 500)}`, { signal }),
    staleTime: 30_000,
  });
  const items = q.data?.items ?? [];
  const i = items.findIndex((x) => x.id === finding.id);
  const prev = i > 0 ? items[i - 1] : undefined;
  const next = i >= 0 ? items[i + 1] : undefined;
  // A layout effect: the listener for this finding's neighbours is in place
  // before the page paints "i of n", so a key pressed as soon as the page
  // shows never reaches the previous finding's listener.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPageKey(e)) return;
      const to = NEXT_KEYS.includes(e.key) ? next : PREV_KEYS.includes(e.key) ? prev : undefined;
      if (!to) return;
      e.preventDefault();
      navigate(wsPath(`findings/${to.id}`), { state: { reportSearch } });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prev, next, navigate, reportSearch, wsPath]);
  if (i < 0) return null;
  const link = (x: FindingListItem | undefined, label: string, rel: string, keys: string) =>
    x ? (
      <Link
        to={wsPath(`findings/${x.id}`)}
        state={{ reportSearch }}
        rel={rel}
        aria-keyshortcuts={keys}
        title={`${x.title} (${x.location.path}:${x.location.start_line})`}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 px-2.5 py-1 text-slate-400 dark:border-slate-800 dark:text-slate-600">
        {label}
      </span>
    );
  const kbd = 'rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[10px] text-slate-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300';
  return (
    <nav aria-label="Findings in this filter" className="flex items-center gap-2" data-testid="prev-next">
      {link(prev, '← Previous', 'prev', 'k ArrowLeft')}
      <span className="whitespace-nowrap text-slate-600 dark:text-slate-400">
        {i + 1} of {items.length}
        {q.data?.next_cursor ? '+' : ''}
      </span>
      {link(next, 'Next →', 'next', 'j ArrowRight')}
      <span className="max-sm:hidden text-xs text-slate-500 dark:text-slate-400" aria-hidden="true" data-testid="prev-next-keys">
        <kbd className={kbd}>k</kbd> / <kbd className={kbd}>j</kbd>
      </span>
    </nav>
  );
}

/** Copies the page's address, to paste into a ticket or a chat. */
function CopyLink() {
  const [done, setDone] = useState('');
  return (
    <button
      type="button"
      className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      onClick={() => {
        const url = window.location.href;
        navigator.clipboard?.writeText(url).then(
          () => setDone('Link copied'),
          () => setDone('Copy failed: select the address bar'),
        ) ?? setDone('Copy failed: select the address bar');
      }}
    >
      <span aria-live="polite">{done || 'Copy link'}</span>
    </button>
  );
}

function refHref(r: string): string | undefined {
  return /^https?:\/\//.test(r) ? r : undefined;
}

/** One finding: code, trace, AI opinion, fix, references and triage. */
export function FindingPage() {
  const wsPath = useWorkspacePath();
  const { id = '' } = useParams();
  const q = useFinding(id);
  const location = useLocation();
  const from = (location.state as { reportSearch?: string } | null)?.reportSearch;
  const gone = q.error instanceof ApiError && q.error.status === 404;
  // Not in the acting workspace: a link to a finding of another of the
  // user's workspaces (an old bookmark without /w/{id}/) opens there.
  const located = useFindingWorkspace(id, gone);
  if (q.isPending || (gone && located.isPending)) return <p className="text-sm">Loading…</p>;
  if (gone && located.data) {
    return <Navigate replace to={workspacePath(located.data, `findings/${id}`) + location.search + location.hash} state={location.state} />;
  }
  if (q.isError) {
    return gone ? (
      <div>
        <h1 className="text-2xl font-bold">Finding not found</h1>
        <Link className="text-sm text-indigo-700 underline dark:text-indigo-300" to={wsPath('analyses')}>
          Back to analyses
        </Link>
      </div>
    ) : (
      <ErrorNote error={q.error} />
    );
  }
  const f = q.data;
  return (
    <div className="space-y-6">
      <header className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900" data-testid="finding-header">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <Link className="text-indigo-700 hover:underline dark:text-indigo-300" to={`/analyses/${f.analysis_id}${from ? `?${from}` : ''}#findings`}>
            ← Report
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <PrevNext finding={f} reportSearch={from} />
            <CopyLink />
          </div>
        </div>
        <h1 className="mt-3 flex flex-wrap items-center gap-3 text-xl font-bold tracking-tight sm:text-2xl">
          <SeverityBadge severity={f.severity} />
          <span className="min-w-0 break-words">{f.title}</span>
        </h1>
        <p className="mt-1 text-sm break-words text-slate-600 dark:text-slate-400">
          <span className="font-mono break-all">
            {f.location.path}:{f.location.start_line}
          </span>{' '}
          · rule <span className="font-mono">{f.rule_id}</span> · {f.confidence} confidence
          {f.suppression && <> · suppressed ({f.suppression.kind}{f.suppression.justification ? `: ${f.suppression.justification}` : ''})</>}
        </p>
        <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label="Classification">
          {f.cwe.map((c) => (
            <li key={c}>
              <a
                className="rounded bg-indigo-50 px-2 py-0.5 font-medium text-indigo-800 hover:underline dark:bg-indigo-500/15 dark:text-indigo-200"
                href={/^CWE-\d+$/.test(c) ? `https://cwe.mitre.org/data/definitions/${c.slice(4)}.html` : undefined}
                target="_blank"
                rel="noopener noreferrer"
              >
                {c}
              </a>
            </li>
          ))}
          {f.owasp.map((o) => (
            <li key={o} className="rounded bg-teal-50 px-2 py-0.5 font-medium text-teal-800 dark:bg-teal-500/15 dark:text-teal-200">
              OWASP {o}
            </li>
          ))}
        </ul>
        <Triage finding={f} />
      </header>

      <Section title="Code">
        <p className="mb-2 text-sm">{f.message}</p>
        <CodeView finding={f} />
      </Section>

      {f.trace.length > 0 && (
        <Section title="Data flow">
          <Trace finding={f} />
        </Section>
      )}

      {f.kind === 'ai' || f.ai?.verdict ? (
      <Section title="AI review">
        {f.kind === 'ai' ? (
          <div className="space-y-2 text-sm" data-testid="ai">
            <p>
              Raised by the AI review
              {f.extra.ai_model && (
                <span className="text-slate-500 dark:text-slate-400">
                  {' '}
                  · model {f.extra.ai_provider ? `${f.extra.ai_provider}/${f.extra.ai_model}` : f.extra.ai_model}
                  {f.extra.ai_confidence && ` · confidence ${f.extra.ai_confidence}`}
                </span>
              )}
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              The cited lines were checked against the code, and a second AI pass tried to disprove it before it was reported
              {f.extra.recheck_model
                ? ` (confirmed by model ${f.extra.recheck_provider ? `${f.extra.recheck_provider}/${f.extra.recheck_model}` : f.extra.recheck_model})`
                : ''}
              .
            </p>
          </div>
        ) : f.ai && f.ai.verdict ? (
          <div className="space-y-2 text-sm" data-testid="ai">
            <p>
              Verdict: <strong>{f.ai.verdict.replace(/_/g, ' ')}</strong>
              {f.ai.model && <span className="text-slate-500 dark:text-slate-400"> · model {f.ai.model}</span>}
            </p>
            {f.ai.explanation && <Markdown text={f.ai.explanation} />}
          </div>
        ) : null}
      </Section>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="ai">
          AI review not configured or not run for this finding (the Static tier uses rules only).
        </p>
      )}

      {(f.ai?.fix_diff || f.remediation) && (
        <Section title="Suggested fix">
          {f.ai?.fix_diff ? (
            <>
              <p className="mb-2 text-xs text-slate-500 dark:text-slate-400" data-testid="fix-model">
                Written by the AI{f.extra.ai_fix_model ? ` · model ${f.extra.ai_fix_model}` : ''}. Review it before applying: nothing is applied for you.
              </p>
              <DiffView diff={f.ai.fix_diff} />
            </>
          ) : null}
          {f.remediation && <Markdown className={`${f.ai?.fix_diff ? 'mt-3 ' : ''}text-sm`} text={f.remediation} />}
        </Section>
      )}

      {f.references.length > 0 && (
        <Section title="References">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {f.references.map((r) => (
              <li key={r} className="break-all">
                {refHref(r) ? (
                  <a className="text-indigo-700 underline dark:text-indigo-300" href={r} target="_blank" rel="noopener noreferrer">
                    {r}
                  </a>
                ) : (
                  r
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
