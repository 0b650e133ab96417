import { Link } from 'react-router';
import { ErrorNote, when } from '../auth/ui';
import { useCurrentWorkspace, workspacePath, useWorkspacePath } from '../auth/workspace';
import { StatusBadge } from '../analysis/ui';
import { inline } from '../analysis/Markdown';
import { useDashboard, type SetupCheck, type TrendPoint } from './api';

/** The signed-in home: what needs attention in the current workspace. */
export function DashboardPage() {
  const wsPath = useWorkspacePath();
  const { workspace, can } = useCurrentWorkspace();
  const q = useDashboard(!!workspace);
  const ws = workspace?.id;
  const d = q.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {workspace ? (workspace.personal ? 'Your dashboard' : `${workspace.name} dashboard`) : 'Dashboard'}
        </h1>
        {can('analysis:create') && d && !d.empty && (
          <Link to={workspacePath(ws, 'analyses/new')} className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
            New analysis
          </Link>
        )}
      </div>
      <ErrorNote error={q.error} />
      {q.isPending ? (
        <p className="text-sm">Loading…</p>
      ) : !d ? null : (
        <>
          {d.empty ? (
            <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700" data-testid="dashboard-empty">
              <h2 className="text-lg font-semibold">Scan your first project</h2>
              <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
                Upload an archive or paste code to get a report with every finding's code, data flow and reason. From CI, run{' '}
                <code>vigil scan --server</code> with an API key.
              </p>
              {can('analysis:create') ? (
                <div className="mt-4 flex flex-wrap justify-center gap-2">
                  <Link to={workspacePath(ws, 'analyses/new')} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
                    Scan your first project
                  </Link>
                  <Link to="/settings/api-keys" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                    Set up CI
                  </Link>
                </div>
              ) : (
                <p className="mt-3 text-sm">Analyses that members of {workspace?.name} start will appear here.</p>
              )}
            </div>
          ) : (
            <>
              <section aria-labelledby="open-heading" className="grid gap-4 sm:grid-cols-3">
                <h2 id="open-heading" className="sr-only">
                  Open findings
                </h2>
                <Stat label="Open critical" value={d.open_critical} tone="text-red-700 dark:text-red-400" testid="open-critical" />
                <Stat label="Open high" value={d.open_high} tone="text-orange-700 dark:text-orange-400" testid="open-high" />
                <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                  <p className="text-sm text-slate-600 dark:text-slate-400">Critical + high, last 30 days</p>
                  <Trend points={d.trend} />
                </div>
              </section>
              <section aria-labelledby="projects-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                <h2 id="projects-heading" className="mb-2 text-lg font-semibold">
                  Projects
                </h2>
                {d.projects.length === 0 ? (
                  <p className="text-sm text-slate-600 dark:text-slate-400">No completed analysis yet.</p>
                ) : (
                  <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="dashboard-projects">
                    {d.projects.map((p) => (
                      <li key={p.project_key} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                        <Link
                          to={workspacePath(ws, `projects/${encodeURIComponent(p.project_key)}`)}
                          className="min-w-0 break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                        >
                          {p.project_key}
                        </Link>
                        <span className="flex flex-wrap items-center gap-3 text-slate-600 dark:text-slate-300">
                          <span>
                            <strong className="text-red-700 dark:text-red-400">{p.counts.critical}</strong> critical ·{' '}
                            <strong className="text-orange-700 dark:text-orange-400">{p.counts.high}</strong> high
                          </span>
                          <span>{p.grade ? `${p.grade} (${p.score ?? '—'})` : '—'}</span>
                          <span className="text-xs">{when(p.finished_at)}</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="recent-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                <div className="mb-2 flex items-center justify-between">
                  <h2 id="recent-heading" className="text-lg font-semibold">
                    Recent analyses
                  </h2>
                  <Link to={workspacePath(ws, 'analyses')} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
                    All analyses
                  </Link>
                </div>
                <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="dashboard-recent">
                  {d.recent.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                      <Link to={wsPath(`analyses/${a.id}`)} className="min-w-0 break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                        {a.name || a.project_key}
                      </Link>
                      <span className="flex items-center gap-3">
                        <StatusBadge status={a.status} />
                        <span className="text-xs text-slate-500 dark:text-slate-400">{when(a.created_at)}</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            </>
          )}
          {d.setup && <Setup checks={d.setup} />}
        </>
      )}
    </div>
  );
}

function Stat({ label, value, tone, testid }: { label: string; value: number; tone: string; testid: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
      <p className={`mt-1 text-3xl font-bold ${value > 0 ? tone : ''}`} data-testid={testid}>
        {value}
      </p>
    </div>
  );
}

/** A small line of critical + high per day, with the numbers for screen readers. */
function Trend({ points }: { points: TrendPoint[] }) {
  const values = points.map((p) => p.critical + p.high);
  const max = Math.max(1, ...values);
  const w = 240;
  const h = 48;
  const step = points.length > 1 ? w / (points.length - 1) : w;
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(h - (v / max) * (h - 4) - 2).toFixed(1)}`).join(' ');
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  const summary = `${last} open critical and high today, ${first} thirty days ago`;
  return (
    <figure className="mt-2" data-testid="dashboard-trend">
      <svg viewBox={`0 0 ${w} ${h}`} className="h-12 w-full text-indigo-600 dark:text-indigo-400" role="img" aria-label={summary} preserveAspectRatio="none">
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2} vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">{summary}</figcaption>
    </figure>
  );
}

function Setup({ checks }: { checks: SetupCheck[] }) {
  const done = checks.filter((c) => c.done).length;
  return (
    <section aria-labelledby="setup-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="setup-checklist">
      <h2 id="setup-heading" className="text-lg font-semibold">
        Instance setup ({done} of {checks.length} done)
      </h2>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">Shown to workspace admins. Settings without a link are set in the server's configuration (<code>vigil config</code> lists them).</p>
      <ul className="space-y-2">
        {checks.map((c) => (
          <li key={c.id} className="flex gap-2 text-sm" data-testid={`setup-${c.id}`}>
            <span aria-hidden="true" className={c.done ? 'text-emerald-600 dark:text-emerald-400' : 'text-amber-600 dark:text-amber-400'}>
              {c.done ? '✓' : '!'}
            </span>
            <span className="min-w-0">
              <strong>{c.label}</strong>: <span className="sr-only">{c.done ? 'done. ' : 'not set up. '}</span>
              {inline(c.detail)}{' '}
              {c.link &&
                (c.link.startsWith('/') ? (
                  <Link to={c.link} className="text-indigo-700 underline dark:text-indigo-300">
                    Set it up
                  </Link>
                ) : (
                  <a href={c.link} className="text-indigo-700 underline dark:text-indigo-300">
                    Set it up
                  </a>
                ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
