import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ErrorNote, Field, Panel, fieldError, when } from '../auth/ui';
import { SEVERITIES } from '../analysis/api';
import { SeverityBadge } from '../analysis/ui';
import { defaultBranchScans, triggerLabel, useRepository, useRepositoryMutations, useTopFindings, type Scan } from './api';
import { ScanChart } from './ScanChart';
import { useWorkspacePath } from '../auth/workspace';

/**
 * One repository: its latest result (open findings by severity and the
 * most severe of them), open findings over its scans, scan a ref,
 * settings, and the history of scans with their trigger.
 */
export function RepositoryPage() {
  const wsPath = useWorkspacePath();
  const { id = '' } = useParams();
  const repo = useRepository(id);
  const m = useRepositoryMutations();
  const navigate = useNavigate();
  const [ref, setRef] = useState('');
  const r = repo.data;
  function scan(e: FormEvent) {
    e.preventDefault();
    m.scan.mutate({ id, ref: ref.trim() }, { onSuccess: () => void repo.refetch() });
  }
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="text-sm">
        <Link to="/repositories" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← Repositories
        </Link>
      </p>
      <ErrorNote error={repo.error} />
      {r && (
        <>
          <h1 className="text-2xl font-semibold break-all">{r.name}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300 break-all">
            {r.provider === 'github' ? 'GitHub App' : 'git'} · {r.url}
          </p>
          <LatestResult scans={defaultBranchScans(r)} branch={r.default_branch} />
          <Panel title={`Open findings on ${r.default_branch || 'the default branch'}, by scan`}>
            <ScanChart scans={defaultBranchScans(r)} />
          </Panel>
          <Panel title="Scan now">
            <form onSubmit={scan} noValidate aria-label="Scan a ref" className="flex flex-wrap items-end gap-3">
              <div className="min-w-48 flex-1">
                <Field
                  label="Branch or tag"
                  name="scan_ref"
                  required={false}
                  value={ref}
                  onChange={setRef}
                  error={fieldError(m.scan.error, 'ref')}
                />
              </div>
              <div className="mb-3">
                <Button type="submit" disabled={m.scan.isPending}>
                  {m.scan.isPending ? 'Fetching…' : 'Scan'}
                </Button>
              </div>
            </form>
            <ErrorNote error={m.scan.error} fields={['ref']} />
            {m.scan.isSuccess && (
              <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
                Scanning {m.scan.data.ref || 'the default branch'} at {m.scan.data.commit.slice(0, 12)}:{' '}
                <Link to={wsPath(`analyses/${m.scan.data.id}`)} className="underline">
                  follow the analysis
                </Link>
              </p>
            )}
          </Panel>
          <Panel title="Settings">
            <ErrorNote error={m.update.error ?? m.remove.error} />
            <div className="grid gap-4 text-sm sm:grid-cols-3">
              <label className="block">
                <span className="font-medium">Tier</span>
                <select
                  className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 dark:border-slate-700 dark:bg-slate-950"
                  value={r.tier}
                  onChange={(e) => m.update.mutate({ id, tier: e.target.value as typeof r.tier }, { onSuccess: () => void repo.refetch() })}
                >
                  <option value="static">static</option>
                  <option value="standard">standard</option>
                  <option value="deep">deep</option>
                </select>
              </label>
              <label className="block">
                <span className="font-medium">Fail checks at</span>
                <select
                  className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 dark:border-slate-700 dark:bg-slate-950"
                  value={r.review_threshold}
                  onChange={(e) => m.update.mutate({ id, review_threshold: e.target.value }, { onSuccess: () => void repo.refetch() })}
                >
                  {['critical', 'high', 'medium', 'low', 'info'].map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
                <span className="mt-1 block text-xs text-slate-500 dark:text-slate-400">pull requests and pushes to the default branch</span>
              </label>
              <label className="flex items-center gap-2 pt-6">
                <input
                  type="checkbox"
                  checked={r.watched}
                  onChange={(e) => m.update.mutate({ id, watched: e.target.checked }, { onSuccess: () => void repo.refetch() })}
                />
                <span>Scan pushes and pull requests</span>
              </label>
              {r.provider === 'github' && (
                <label className="flex items-center gap-2 sm:col-span-3">
                  <input
                    type="checkbox"
                    checked={r.sarif_upload}
                    onChange={(e) => m.update.mutate({ id, sarif_upload: e.target.checked }, { onSuccess: () => void repo.refetch() })}
                  />
                  <span>Upload scan results to GitHub code scanning (SARIF)</span>
                </label>
              )}
            </div>
            <div className="mt-4">
              <Button variant="danger" onClick={() => m.remove.mutate(id, { onSuccess: () => navigate('/repositories') })}>
                Disconnect
              </Button>
            </div>
          </Panel>
          <Panel title="Scans">
            {r.scans.length === 0 ? (
              <p className="text-sm text-slate-500 dark:text-slate-400">No scans yet.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" aria-label="Scan history">
                  <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
                    <tr>
                      <th className="py-2 pr-3">When</th>
                      <th className="py-2 pr-3">Trigger</th>
                      <th className="py-2 pr-3">Ref</th>
                      <th className="py-2 pr-3">Commit</th>
                      <th className="py-2 pr-3">Result</th>
                      <th className="py-2">Code scanning</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                    {r.scans.map((s) => (
                      <tr key={s.id}>
                        <td className="py-2 pr-3 whitespace-nowrap">{when(s.created_at)}</td>
                        <td className="py-2 pr-3 whitespace-nowrap">
                          {triggerLabel(s)}
                          {s.triggered_by && <span className="text-xs text-slate-500 dark:text-slate-400"> by {s.triggered_by}</span>}
                        </td>
                        <td className="py-2 pr-3 whitespace-nowrap">{s.ref || '—'}</td>
                        <td className="py-2 pr-3 font-mono text-xs">{s.commit ? s.commit.slice(0, 12) : '—'}</td>
                        <td className="py-2 pr-3">
                          {s.analysis_id ? (
                            <Link to={wsPath(`analyses/${s.analysis_id}`)} className="text-indigo-700 hover:underline dark:text-indigo-300">
                              analysis
                            </Link>
                          ) : (
                            <span className="text-red-700 dark:text-red-300">{s.error || s.status}</span>
                          )}
                        </td>
                        <td className="py-2 whitespace-nowrap" title={s.sarif_id ? `SARIF upload ${s.sarif_id}` : undefined}>
                          {s.sarif_status ? (
                            <span className={s.sarif_status.startsWith('failed') ? 'text-red-700 dark:text-red-300' : undefined}>{s.sarif_status}</span>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Panel>
        </>
      )}
    </div>
  );
}

/** The default branch's latest completed scan: its counts and most severe open findings. */
function LatestResult({ scans, branch }: { scans: Scan[]; branch: string }) {
  const wsPath = useWorkspacePath();
  const latest = scans.find((s) => s.analysis_status === 'completed' && s.counts);
  const running = scans.find((s) => s.analysis_status === 'queued' || s.analysis_status === 'running');
  const top = useTopFindings(latest?.analysis_id);
  return (
    <Panel title={`Latest result on ${branch || 'the default branch'}`}>
      {running && (
        <p role="status" className="mb-3 text-sm text-indigo-700 dark:text-indigo-300">
          A scan of {running.ref || 'the default branch'} is {running.analysis_status}…
        </p>
      )}
      {!latest || !latest.counts ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No completed scan yet.</p>
      ) : (
        <div className="space-y-3" data-testid="latest-result">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {triggerLabel(latest)} scan of <span className="font-medium">{latest.ref || 'the default branch'}</span>
            {latest.commit && <span className="font-mono text-xs"> @ {latest.commit.slice(0, 12)}</span>}, {when(latest.created_at)} ·{' '}
            <Link to={wsPath(`analyses/${latest.analysis_id}`)} className="text-indigo-700 hover:underline dark:text-indigo-300">
              open the analysis
            </Link>
          </p>
          <ul className="flex flex-wrap gap-3 text-sm" aria-label="Open findings by severity">
            {SEVERITIES.map((sev) => (
              <li key={sev} className="flex items-center gap-1.5">
                <SeverityBadge severity={sev} /> <span className="font-semibold tabular-nums">{latest.counts?.[sev] ?? 0}</span>
              </li>
            ))}
          </ul>
          <ErrorNote error={top.error} />
          {top.data && top.data.length > 0 && (
            <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Most severe open findings">
              {top.data.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center gap-2 py-2">
                  <SeverityBadge severity={f.severity} />
                  <Link to={wsPath(`findings/${f.id}`)} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {f.title}
                  </Link>
                  <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">
                    {f.location.path}:{f.location.start_line}
                  </span>
                  <span className="text-xs text-slate-500 dark:text-slate-400">{f.rule_id}</span>
                </li>
              ))}
            </ul>
          )}
          {top.data && top.data.length === 0 && <p className="text-sm text-emerald-700 dark:text-emerald-300">No open findings in production code.</p>}
        </div>
      )}
    </Panel>
  );
}
