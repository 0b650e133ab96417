import { Link } from 'react-router';
import { ErrorNote, when } from '../auth/ui';
import { useMe } from '../auth/api';
import { useCurrentWorkspace } from '../auth/workspace';
import { SEVERITIES, useAnalyses } from './api';
import { SEVERITY_STYLE, StatusBadge, TIER_LABEL } from './ui';
import { LoadMore } from '../../components/LoadMore';

/** The workspace's analyses, newest first, with "load more" pages. */
export function HistoryPage() {
  const me = useMe();
  const q = useAnalyses();
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const { workspace, can } = useCurrentWorkspace();
  const mayCreate = !workspace || can('analysis:create');
  if (me.data === null) {
    return (
      <p className="text-sm">
        <Link className="text-indigo-700 underline dark:text-indigo-300" to="/signin?next=/analyses">
          Sign in
        </Link>{' '}
        to see your analyses.
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Analyses</h1>
        {mayCreate && (
          <Link to="/analyses/new" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
            New analysis
          </Link>
        )}
      </div>
      <ErrorNote error={q.error} />
      {q.isPending ? (
        <p className="text-sm">Loading…</p>
      ) : rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center dark:border-slate-700" data-testid="history-empty">
          <h2 className="text-lg font-semibold">No analyses yet</h2>
          {mayCreate ? (
            <>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Upload an archive or paste a snippet to get your first security report.</p>
              <Link to="/analyses/new" className="mt-4 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
                Start an analysis
              </Link>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Analyses that the members of {workspace?.name} start appear here.</p>
          )}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm" data-testid="history-table">
            <caption className="sr-only">Analyses of this workspace, newest first</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-3 py-2">Name</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Tier</th>
                <th scope="col" className="px-3 py-2">Open findings</th>
                <th scope="col" className="px-3 py-2">Score</th>
                <th scope="col" className="px-3 py-2 text-right">Cost (credits)</th>
                <th scope="col" className="px-3 py-2">Started</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {rows.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                  <td className="max-w-xs px-3 py-2">
                    <Link to={`/analyses/${a.id}`} className="font-medium break-all text-indigo-700 hover:underline dark:text-indigo-300">
                      {a.name}
                    </Link>
                    <div className="text-xs text-slate-500 dark:text-slate-400">
                      {a.files_total} files · {a.lines_total.toLocaleString()} lines
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="px-3 py-2">{TIER_LABEL[a.tier] ?? a.tier}</td>
                  <td className="px-3 py-2">
                    {a.status === 'completed' ? (
                      <span className="flex gap-1">
                        {SEVERITIES.filter((s) => s !== 'info').map((s) => (
                          <span key={s} title={s} className={`min-w-6 rounded px-1.5 text-center text-xs font-semibold ${SEVERITY_STYLE[s]}`}>
                            <span className="sr-only">{s}: </span>
                            {a.counts[s]}
                          </span>
                        ))}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="px-3 py-2">{a.score !== null ? `${a.grade} (${a.score})` : '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {a.status === 'completed' || a.status === 'failed' || a.status === 'canceled' ? a.cost_credits : `≤ ${a.quote_max}`}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600 dark:text-slate-400">{when(a.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && <LoadMore pages={q} shown={rows.length} />}
    </div>
  );
}
