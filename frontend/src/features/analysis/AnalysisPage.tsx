import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorNote, when } from '../auth/ui';
import { useAnalysisWorkspace } from '../auth/locate';
import { workspacePath, useWorkspacePath } from '../auth/workspace';
import { SEVERITIES, TERMINAL, reportUrl, useAnalysis, useCancelAnalysis, useCompare, useDeleteAnalysis, type Analysis } from './api';
import { FindingsTable } from './FindingsTable';
import { inline } from './Markdown';
import { useProgress, type ProgressState } from './progress';
import { ReportCharts } from './ReportCharts';
import { SEVERITY_STYLE, Section, SeverityBadge, StatusBadge, TIER_LABEL, total } from './ui';

const PHASE_LABEL: Record<string, string> = {
  queued: 'Waiting for a worker',
  running: 'Starting',
  unpacking: 'Unpacking the source',
  scanning: 'Scanning',
  ai_review: 'AI review',
  storing: 'Saving findings',
  retrying: 'Retrying on another worker',
  completed: 'Completed',
  failed: 'Failed',
  canceled: 'Canceled',
};

const CONNECTION_LABEL: Record<ProgressState['connection'], string> = {
  connecting: 'connecting',
  open: 'open',
  reconnecting: 'reconnecting…',
  restarting: 'server restarting',
  closed: 'closed',
};

function Progress({ analysis }: { analysis: Analysis }) {
  const p = useProgress(analysis);
  const cancel = useCancelAnalysis(analysis.id);
  const pct = p.filesTotal > 0 ? Math.min(100, Math.round((p.filesScanned / p.filesTotal) * 100)) : 0;
  return (
    <Section
      title="Progress"
      actions={
        !TERMINAL.has(p.status) && (
          <button
            type="button"
            onClick={() => cancel.mutate()}
            disabled={cancel.isPending}
            className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
          >
            {cancel.isPending ? 'Canceling…' : 'Cancel analysis'}
          </button>
        )
      }
    >
      <ErrorNote error={cancel.error} />
      <div data-testid="progress" aria-live="polite" className="space-y-3">
        {p.connection === 'restarting' && (
          <p role="status" data-testid="progress-restarting" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">
            Server restarting — reconnecting…
          </p>
        )}
        <p className="text-sm">
          <span className="font-medium" data-testid="progress-phase">
            {PHASE_LABEL[p.phase] ?? (p.phase || PHASE_LABEL[p.status] || p.status)}
          </span>
          {p.message && <span className="text-slate-600 dark:text-slate-400"> — {p.message}</span>}
        </p>
        <div
          role="progressbar"
          aria-label="Files scanned"
          aria-valuemin={0}
          aria-valuemax={p.filesTotal || 100}
          aria-valuenow={p.filesTotal ? p.filesScanned : 0}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className={`h-full bg-indigo-600 transition-all ${p.status === 'queued' ? 'animate-pulse' : ''}`} style={{ width: `${p.status === 'completed' ? 100 : pct}%` }} />
        </div>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Files scanned</dt>
            <dd className="font-semibold" data-testid="progress-files">
              {p.filesScanned.toLocaleString()} / {p.filesTotal.toLocaleString()}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Findings so far</dt>
            <dd className="font-semibold">{p.findings.toLocaleString()}</dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Cost so far</dt>
            <dd className="font-semibold">
              {p.costCredits} credits <span className="font-normal text-slate-500 dark:text-slate-400">(held {analysis.quote_max})</span>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500 dark:text-slate-400">Live updates</dt>
            <dd className="font-semibold">{CONNECTION_LABEL[p.connection]}</dd>
          </div>
        </dl>
      </div>
    </Section>
  );
}

function gradeColor(g: string) {
  return (
    {
      A: 'text-emerald-600 dark:text-emerald-400',
      B: 'text-lime-600 dark:text-lime-400',
      C: 'text-amber-600 dark:text-amber-400',
      D: 'text-orange-600 dark:text-orange-400',
      F: 'text-red-600 dark:text-red-400',
    }[g] ?? ''
  );
}

/** Wide screens (the `md` breakpoint) show the server's notes open; small ones collapse them to one line. */
const WIDE = '(min-width: 768px)';

/**
 * The server's notes on the analysis (Markdown code spans and links, rendered
 * as React elements), as a disclosure: one line on a phone, so the findings
 * come first; open on a wide screen.
 */
export function Notes({ aiNote, notes }: { aiNote: string; notes: string[] }) {
  const [open, setOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? false);
  const n = notes.length + (aiNote ? 1 : 0);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm md:border-0 md:bg-transparent md:p-0 dark:border-slate-800 dark:bg-slate-900 md:dark:bg-transparent"
      data-testid="notes"
    >
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
        {n === 1 ? '1 note' : `${n} notes`} on this analysis
        {aiNote && <span className="font-normal text-amber-700 dark:text-amber-300"> · AI review off</span>}
      </summary>
      <ul className="mt-2 space-y-1">
        {aiNote && <li className="rounded-md bg-amber-50 px-3 py-2 text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">{inline(aiNote)}</li>}
        {notes.map((t) => (
          <li key={t} className="break-words text-slate-600 dark:text-slate-400">
            {inline(t)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Score({ analysis }: { analysis: Analysis }) {
  return (
    <Section title="Security score" dense>
      <div className="flex flex-wrap items-center gap-3 md:gap-6">
        <div className="flex items-baseline gap-2 md:block md:text-center">
          <div className={`text-3xl font-bold md:text-5xl ${gradeColor(analysis.grade)}`} data-testid="grade">
            {analysis.grade || '—'}
          </div>
          <div className="text-sm text-slate-600 dark:text-slate-400">
            <span className="text-xl font-semibold text-slate-900 md:text-2xl dark:text-slate-100" data-testid="score">
              {analysis.score ?? '—'}
            </span>{' '}
            / 100
          </div>
        </div>
        <ul className="flex flex-wrap gap-1 md:gap-2" aria-label="Open findings by severity">
          {SEVERITIES.map((s) => (
            <li key={s}>
              <Link
                to={`?severity=${s}#findings`}
                preventScrollReset
                title={`Show ${s} findings`}
                className={`block rounded-lg px-2 py-1 text-center hover:opacity-90 md:px-3 md:py-2 ${SEVERITY_STYLE[s]}`}
              >
                <div className="text-base font-bold md:text-xl">{analysis.counts[s]}</div>
                <div className="text-[0.65rem] uppercase md:text-xs">{s}</div>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <details className="mt-2 text-sm md:mt-4">
        <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">How is this computed?</summary>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{analysis.score_method}</p>
      </details>
    </Section>
  );
}

function Compare({ analysis }: { analysis: Analysis }) {
  const wsPath = useWorkspacePath();
  const [open, setOpen] = useState(false);
  const q = useCompare(analysis.id, open);
  return (
    <Section title="Compared with the previous analysis">
      {!open ? (
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Compare with previous
        </button>
      ) : q.isPending ? (
        <p className="text-sm">Comparing…</p>
      ) : q.isError ? (
        <ErrorNote error={q.error} />
      ) : q.data.previous_id === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No earlier completed analysis of project <strong>{analysis.project_key}</strong>: every finding is new.
        </p>
      ) : (
        <div className="space-y-3 text-sm" data-testid="compare">
          <p>
            Versus{' '}
            <Link className="text-indigo-700 underline dark:text-indigo-300" to={wsPath(`analyses/${q.data.previous_id}`)}>
              the previous analysis
            </Link>
            : <strong>{q.data.counts.new}</strong> new, <strong>{q.data.counts.fixed}</strong> fixed, <strong>{q.data.counts.unchanged}</strong> unchanged.
          </p>
          {(['new', 'fixed'] as const).map((k) =>
            q.data[k].length > 0 ? (
              <div key={k}>
                <h3 className="font-medium capitalize">{k}</h3>
                <ul className="mt-1 space-y-1">
                  {q.data[k].slice(0, 50).map((f) => (
                    <li key={f.id} className="flex items-center gap-2">
                      <SeverityBadge severity={f.severity} />
                      {k === 'new' ? (
                        <Link to={wsPath(`findings/${f.id}`)} className="text-indigo-700 hover:underline dark:text-indigo-300">
                          {f.title}
                        </Link>
                      ) : (
                        <span>{f.title}</span>
                      )}
                      <span className="font-mono text-xs text-slate-500">
                        {f.location.path}:{f.location.start_line}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
        </div>
      )}
    </Section>
  );
}

const EXPORTS = [
  ['sarif', 'SARIF'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['html', 'HTML'],
  ['pdf', 'PDF'],
] as const;

/** One analysis: live progress while it runs, the report when it completed. */
export function AnalysisPage() {
  const wsPath = useWorkspacePath();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const q = useAnalysis(id);
  const del = useDeleteAnalysis(id);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { hash, search } = useLocation();
  const completed = q.data?.status === 'completed';
  useEffect(() => {
    // Links such as "?severity=high#findings" land on the findings table.
    if (completed && hash === '#findings') document.getElementById('findings')?.scrollIntoView?.({ block: 'start' });
  }, [completed, hash, search]);

  const gone = q.error instanceof ApiError && q.error.status === 404;
  // Not in the acting workspace: a link to an analysis of another of the
  // user's workspaces (an old bookmark without /w/{id}/) opens there.
  const located = useAnalysisWorkspace(id, gone);
  if (q.isPending) return <p className="text-sm">Loading…</p>;
  // A failed background refresh (the server restarting, a dropped network)
  // keeps the analysis on screen: the progress view says it is reconnecting.
  if (q.isError && (gone || !q.data)) {
    if (gone && located.isPending) return <p className="text-sm">Loading…</p>;
    if (gone && located.data) return <Navigate replace to={workspacePath(located.data, `analyses/${id}`) + search + hash} />;
    if (gone) {
      return (
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">Analysis not found</h1>
          <p className="text-sm">
            It may have been deleted. <Link className="text-indigo-700 underline dark:text-indigo-300" to={wsPath('analyses')}>Back to history</Link>
          </p>
        </div>
      );
    }
    return <ErrorNote error={q.error} />;
  }
  const a = q.data!;
  const done = a.status === 'completed';
  // The server's notes may already say that AI review is off (once from the
  // quote, once from the run): say it once, prominently.
  const aiMissing = a.ai_status === 'not_configured';
  const aiNote = a.notes.filter((n) => /AI review not configured/i.test(n)).pop();
  const notes = [...new Set(a.notes)].filter((n) => !(aiMissing && /AI review not configured/i.test(n)));

  return (
    <div className="space-y-6">
      {done && (
        <a
          href="#findings"
          className="sr-only rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:z-50"
          onClick={(e) => {
            e.preventDefault();
            const el = document.getElementById('findings');
            el?.scrollIntoView?.({ block: 'start' });
            el?.querySelector<HTMLElement>('input, select, a')?.focus();
          }}
        >
          Skip to findings
        </a>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link className="text-indigo-700 hover:underline dark:text-indigo-300" to={wsPath('analyses')}>
              ← Analyses
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight break-all">{a.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <StatusBadge status={a.status} />
            <span>{TIER_LABEL[a.tier]} tier</span>·<span>{a.files_total} {a.files_total === 1 ? 'file' : 'files'}</span>·<span>{a.lines_total.toLocaleString()} {a.lines_total === 1 ? 'line' : 'lines'}</span>·
            <span>started {when(a.created_at)}</span>
            {a.finished_at && (
              <>
                ·<span>finished {when(a.finished_at)}</span>
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {TERMINAL.has(a.status) &&
            (confirmDelete ? (
              <span className="flex items-center gap-2 text-sm" role="group" aria-label="Confirm deletion">
                Delete this analysis and its findings?
                <button
                  type="button"
                  className="rounded-md bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-500"
                  onClick={() => del.mutate(undefined, { onSuccess: () => navigate(wsPath('analyses')) })}
                >
                  Delete
                </button>
                <button type="button" className="rounded-md px-2 py-1.5" onClick={() => setConfirmDelete(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => setConfirmDelete(true)}
                className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
              >
                Delete…
              </button>
            ))}
        </div>
      </div>
      <ErrorNote error={del.error} />

      {!TERMINAL.has(a.status) && <Progress analysis={a} />}

      {a.status === 'failed' && (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          The analysis failed{a.failure_reason ? `: ${a.failure_reason}` : '.'} Held credits were released.
        </p>
      )}
      {a.status === 'canceled' && (
        <p className="rounded-md bg-slate-100 px-4 py-3 text-sm dark:bg-slate-800">The analysis was canceled; unused credits were released.</p>
      )}

      {(aiMissing || notes.length > 0) && <Notes aiNote={aiMissing ? (aiNote ?? 'AI review not configured: this analysis ran the static rules only.') : ''} notes={notes} />}

      {done && (
        <>
          <Score analysis={a} />
          <Section title="Findings" id="findings">
            <FindingsTable analysisId={a.id} analysisKey={a.counts} />
          </Section>
          {a.ai_summary && (
            <Section title="Executive summary">
              <div data-testid="ai-summary">
                <p className="text-sm leading-6">{a.ai_summary.summary}</p>
                {a.ai_summary.top_risks.length > 0 && (
                  <>
                    <h3 className="mt-3 text-sm font-semibold">Top risks</h3>
                    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                      {a.ai_summary.top_risks.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                  Written by {a.ai_summary.model} from the findings below; AI output, check it against them.
                </p>
              </div>
            </Section>
          )}
          <details className="group rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="charts">
            <summary className="cursor-pointer text-lg font-semibold">Charts</summary>
            <div className="mt-3">
              {total(a.counts) === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No open findings.</p> : <ReportCharts analysis={a} />}
            </div>
          </details>
          <Compare analysis={a} />
          <Section
            title="Export"
            actions={
              <span className="text-sm text-slate-600 dark:text-slate-400">
                Cost: <strong>{a.cost_credits}</strong> {a.cost_credits === 1 ? 'credit' : 'credits'}
              </span>
            }
          >
            <div className="flex flex-wrap gap-2">
              {EXPORTS.map(([f, label]) =>
                f === 'pdf' && a.pdf_export && !a.pdf_export.available ? (
                  <button
                    key={f}
                    type="button"
                    disabled
                    aria-describedby="pdf-off"
                    data-testid="export-pdf-disabled"
                    className="cursor-not-allowed rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium opacity-50 dark:border-slate-700"
                  >
                    {label}
                  </button>
                ) : (
                <a
                  key={f}
                  href={reportUrl(a.id, f)}
                  download={f === 'html' ? undefined : `vigil-${a.id}.${f}`}
                  target={f === 'html' ? '_blank' : undefined}
                  rel="noopener"
                  className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  {label}
                </a>
                ),
              )}
            </div>
            {a.pdf_export && !a.pdf_export.available && (
              <p id="pdf-off" className="mt-2 text-xs text-amber-800 dark:text-amber-300" data-testid="pdf-off-reason">
                {a.pdf_export.reason}
              </p>
            )}
            <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Triaged findings stay in exports, marked as suppressed (SARIF suppressions).</p>
          </Section>
        </>
      )}

      <Section title="What is kept">
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="retention">
          {a.retention}{' '}
          {a.source_retained ? 'The source of this analysis is currently stored.' : a.source_deleted_at ? `The source of this analysis was deleted ${when(a.source_deleted_at)}.` : ''}
        </p>
      </Section>
    </div>
  );
}
