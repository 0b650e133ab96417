import { Link } from 'react-router';
import { ErrorNote, when } from '../auth/ui';
import { useMe } from '../auth/api';
import { useCurrentWorkspace, useWorkspacePath } from '../auth/workspace';
import { SEVERITIES, useAnalyses, type Analysis } from './api';
import { SEVERITY_STYLE, StatusBadge, TIER_LABEL } from './ui';
import { LoadMore } from '../../components/LoadMore';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { WorkspaceLink } from '../../components/WorkspaceLink';

const COLUMNS: Column<Analysis>[] = [
  {
    label: 'Name',
    card: 'plain',
    className: 'md:max-w-xs',
    cell: (a) => (
      <>
        <WorkspaceLink to={`analyses/${a.id}`} className="font-medium break-all text-indigo-700 hover:underline dark:text-indigo-300">
          {a.name}
        </WorkspaceLink>
        <div className="text-xs text-slate-500 dark:text-slate-400">
          {a.files_total} files · {a.lines_total.toLocaleString()} lines
        </div>
      </>
    ),
  },
  { label: 'Status', cell: (a) => <StatusBadge status={a.status} /> },
  { label: 'Tier', cell: (a) => TIER_LABEL[a.tier] ?? a.tier },
  {
    label: 'Open findings',
    cell: (a) =>
      a.status === 'completed' ? (
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
      ),
  },
  { label: 'Score', cell: (a) => (a.score !== null ? `${a.grade} (${a.score})` : '—') },
  {
    label: 'Cost (credits)',
    align: 'right',
    cell: (a) => (a.status === 'completed' || a.status === 'failed' || a.status === 'canceled' ? a.cost_credits : `≤ ${a.quote_max}`),
  },
  { label: 'Started', className: 'whitespace-nowrap text-slate-600 dark:text-slate-400', cell: (a) => when(a.created_at) },
];

/** The workspace's analyses, newest first, with "load more" pages. */
export function HistoryPage() {
  const wsPath = useWorkspacePath();
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
          <Link to={wsPath('analyses/new')} className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
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
              <Link to={wsPath('analyses/new')} className="mt-4 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500">
                Start an analysis
              </Link>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Analyses that the members of {workspace?.name} start appear here.</p>
          )}
        </div>
      ) : (
        <ResponsiveTable
          caption="Analyses of this workspace, newest first"
          data-testid="history-table"
          columns={COLUMNS}
          rows={rows}
          rowKey={(a) => a.id}
          rowProps={() => ({ className: 'hover:bg-slate-50 dark:hover:bg-slate-800/40' })}
        />
      )}
      {rows.length > 0 && <LoadMore pages={q} shown={rows.length} />}
    </div>
  );
}
