import { Navigate } from 'react-router';
import { useMe } from '../auth/api';
import { ErrorNote, when } from '../auth/ui';
import { formatLatency, useAIHealth, type ProviderHealth } from './api';
import { HealthBadge } from './HealthBadge';

/** Instance administrators: breaker state, recent errors and latency of the instance's AI providers. */
export function AIHealthPage() {
  const me = useMe();
  const isAdmin = !!me.data?.instance_admin;
  const health = useAIHealth(isAdmin);
  if (me.isPending) return <p>Loading…</p>;
  if (!me.data) return <Navigate to="/signin?next=/admin/ai" replace />;
  if (!isAdmin) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight">AI providers</h1>
        <p role="alert" className="mt-4 text-slate-600 dark:text-slate-300">
          Only instance administrators can see the health of the instance's AI providers.
        </p>
      </div>
    );
  }
  const data = health.data;
  return (
    <div className="mx-auto flex w-full max-w-5xl min-w-0 flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">AI providers</h1>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          As seen by the replica that answered; refreshed every 15 seconds{health.dataUpdatedAt ? ` · updated ${new Date(health.dataUpdatedAt).toLocaleTimeString()}` : ''}
        </p>
      </div>
      <ErrorNote error={health.error} />
      {health.isPending && <p>Loading…</p>}
      {data && !data.status.configured && (
        <section className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">{data.status.message}</h2>
          <p className="mx-auto mt-2 max-w-2xl text-sm text-slate-600 dark:text-slate-300">
            Analyses run static rules only, except in workspaces that added their own provider keys.
          </p>
          {data.status.help && (
            <p className="mx-auto mt-3 max-w-2xl text-left text-xs [overflow-wrap:anywhere] text-slate-500 dark:text-slate-400">{data.status.help}</p>
          )}
        </section>
      )}
      {data && data.status.configured && (
        <>
          <p role="status" className="text-sm text-slate-700 dark:text-slate-200">
            {data.status.message}
          </p>
          <ul className="grid gap-4 md:grid-cols-2">
            {data.providers.map((p) => (
              <ProviderCard key={p.name} p={p} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ProviderCard({ p }: { p: ProviderHealth }) {
  const errorRate = p.calls ? Math.round((100 * p.failures) / p.calls) : 0;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900" aria-label={`Provider ${p.name}`}>
      <div className="flex items-center justify-between gap-2">
        <h2 className="font-semibold">
          {p.name} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">{p.kind}</span>
        </h2>
        <HealthBadge breaker={p.breaker} calls={p.calls} />
      </div>
      <p className="mt-1 truncate text-xs text-slate-500 dark:text-slate-400" title={p.models.join(', ')}>
        {p.models.join(', ') || 'no models'}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <Stat label="Calls" value={String(p.calls)} />
        <Stat label="Failures" value={p.calls ? `${p.failures} (${errorRate}%)` : '—'} />
        <Stat label="Avg latency" value={formatLatency(p.avg_latency_ms)} />
        <Stat label="p95 latency" value={formatLatency(p.p95_latency_ms)} />
      </dl>
      {p.breaker === 'open' && p.open_until && (
        <p className="mt-3 text-sm text-red-700 dark:text-red-300">
          Skipped after {p.consecutive_failures} consecutive failures; retried after {when(p.open_until)}.
        </p>
      )}
      <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Recent errors</h3>
      {p.recent_errors.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">None since this replica started.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-xs">
          {[...p.recent_errors].reverse().map((e, i) => (
            <li key={i} className="break-words rounded bg-slate-50 px-2 py-1 font-mono dark:bg-slate-950">
              <span className="text-slate-500 dark:text-slate-400">{when(e.at)}</span> {e.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
}
