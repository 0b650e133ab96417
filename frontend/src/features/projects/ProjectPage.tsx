import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ErrorNote, when } from '../auth/ui';
import { useCurrentWorkspace, workspacePath, useWorkspacePath } from '../auth/workspace';
import { SEVERITIES, type Analysis, type Severity } from '../analysis/api';
import { StatusBadge } from '../analysis/ui';

/** GET /api/v1/analyses?project=KEY: the project's analyses, newest first. */
export function useProjectAnalyses(key: string) {
  return useQuery({
    queryKey: ['projects', key, 'analyses'],
    queryFn: ({ signal }) =>
      api<{ items: Analysis[] }>(`/api/v1/analyses?${new URLSearchParams({ project: key, limit: '50' })}`, { signal }).then((r) => r.items),
  });
}

const LINE: Record<Severity, string> = {
  critical: 'text-red-600 dark:text-red-400',
  high: 'text-orange-600 dark:text-orange-400',
  medium: 'text-amber-500 dark:text-amber-300',
  low: 'text-sky-600 dark:text-sky-400',
  info: 'text-slate-400',
};

/**
 * One project (the analyses sharing a project key: an upload's name or
 * `vigil scan --project`): its latest score, open findings by severity
 * over its completed analyses, and its last analyses. Triage decisions
 * follow a finding's fingerprint across the project's analyses.
 */
export function ProjectPage() {
  const wsPath = useWorkspacePath();
  const { key = '' } = useParams();
  const { workspace } = useCurrentWorkspace();
  const q = useProjectAnalyses(key);
  const all = q.data ?? [];
  const completed = all.filter((a) => a.status === 'completed').reverse(); // oldest first
  const latest = completed[completed.length - 1];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to={workspacePath(workspace?.id, '')} className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← Dashboard
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="min-w-0 break-all text-2xl font-bold tracking-tight">{key}</h1>
        {latest && (
          <p className="text-lg" data-testid="project-score">
            Latest score <strong>{latest.grade ? `${latest.grade} (${latest.score ?? '—'})` : '—'}</strong>
          </p>
        )}
      </div>
      <ErrorNote error={q.error} />
      {q.isPending ? (
        <p className="text-sm">Loading…</p>
      ) : all.length === 0 ? (
        <p className="text-sm" data-testid="project-empty">
          No analyses of this project in {workspace?.name ?? 'this workspace'}.
        </p>
      ) : (
        <>
          <section aria-labelledby="trend-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 id="trend-heading" className="text-lg font-semibold">
              Open findings by severity
            </h2>
            <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
              One point per completed analysis, oldest to newest. Triage decisions carry across the project's analyses (they follow each finding's fingerprint).
            </p>
            <SeverityChart analyses={completed} />
          </section>
          <section aria-labelledby="analyses-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 id="analyses-heading" className="mb-2 text-lg font-semibold">
              Last analyses
            </h2>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="project-analyses">
              {all.slice(0, 10).map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <Link to={wsPath(`analyses/${a.id}`)} className="min-w-0 break-all font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {a.name || a.project_key}
                  </Link>
                  <span className="flex flex-wrap items-center gap-3">
                    {a.status === 'completed' && (
                      <span className="text-slate-600 dark:text-slate-300">
                        {a.counts.critical} critical · {a.counts.high} high · {a.grade || '—'}
                      </span>
                    )}
                    <StatusBadge status={a.status} />
                    <span className="text-xs text-slate-500 dark:text-slate-400">{when(a.created_at)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function SeverityChart({ analyses }: { analyses: Analysis[] }) {
  if (analyses.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No completed analysis yet.</p>;
  const shown = SEVERITIES.filter((s) => s !== 'info');
  const max = Math.max(1, ...analyses.flatMap((a) => shown.map((s) => a.counts[s])));
  const w = 600;
  const h = 120;
  const step = analyses.length > 1 ? w / (analyses.length - 1) : 0;
  const y = (v: number) => (h - 6 - (v / max) * (h - 12)).toFixed(1);
  const last = analyses[analyses.length - 1];
  const label = `Latest analysis: ${shown.map((s) => `${last.counts[s]} ${s}`).join(', ')}; ${analyses.length === 1 ? '1 completed analysis' : `${analyses.length} completed analyses`} shown`;
  return (
    <figure data-testid="project-chart">
      <svg viewBox={`0 0 ${w} ${h}`} className="h-32 w-full" role="img" aria-label={label} preserveAspectRatio="none">
        {shown.map((s) => (
          <path
            key={s}
            className={LINE[s]}
            d={analyses.map((a, i) => `${i === 0 ? 'M' : 'L'}${(analyses.length > 1 ? i * step : w / 2).toFixed(1)},${y(a.counts[s])}`).join(' ')}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs">
        {shown.map((s) => (
          <span key={s} className={LINE[s]}>
            ■ <span className="text-slate-600 dark:text-slate-300">{s}: {last.counts[s]}</span>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
