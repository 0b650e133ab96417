import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorNote } from '../auth/ui';
import { useKPIs, type KPIs } from './api';
import { Panel } from './AdminLayout';

const WINDOWS = [7, 30, 90];
const OUTCOMES: [string, string, string][] = [
  ['completed', 'Completed', '#059669'],
  ['failed', 'Failed', '#dc2626'],
  ['canceled', 'Canceled', '#64748b'],
  ['in_progress', 'In progress', '#6366f1'],
];
const TIER_COLORS = ['#6366f1', '#0ea5e9', '#f59e0b', '#10b981', '#ec4899'];

/** Instance KPIs over a window kept in the URL (?days=7|30|90), with charts. */
export function KPIsPage() {
  const [params, setParams] = useSearchParams();
  const days = WINDOWS.includes(Number(params.get('days'))) ? Number(params.get('days')) : 30;
  const q = useKPIs(days);
  const k = q.data;
  return (
    <div className="flex min-w-0 flex-col gap-6" data-testid="admin-kpis">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">{k ? `${k.from} to ${k.to} (UTC)` : ' '}</p>
        <div role="group" aria-label="Window" className="inline-flex rounded-md border border-slate-300 dark:border-slate-700">
          {WINDOWS.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={d === days}
              onClick={() => setParams(d === 30 ? {} : { days: String(d) })}
              className={`px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md ${
                d === days ? 'bg-indigo-600 text-white' : 'hover:bg-slate-100 dark:hover:bg-slate-800'
              }`}
            >
              {d} days
            </button>
          ))}
        </div>
      </div>
      <ErrorNote error={q.error} />
      {q.isPending && <p className="text-sm">Loading…</p>}
      {k && <Overview k={k} />}
    </div>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{hint}</dd>}
    </div>
  );
}

const usd = (n: number) => `$${n.toFixed(n < 10 ? 2 : 0)}`;
const short = (day: string) => day.slice(5);

function Overview({ k }: { k: KPIs }) {
  const t = k.totals;
  const data = k.series.map((d) => ({
    day: short(d.day),
    'Sign-ups': d.sign_ups,
    'Signed in': d.signed_in,
    ...Object.fromEntries(OUTCOMES.map(([key, label]) => [label, d.by_outcome[key] ?? 0])),
    ...Object.fromEntries(k.tiers.map((tier) => [`tier:${tier}`, d.by_tier[tier] ?? 0])),
    Sold: d.credits_sold,
    Spent: d.credits_spent,
    'AI cost (USD)': Number(d.ai_cost_usd.toFixed(4)),
  }));
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="kpi-totals">
        <Stat label="Accounts" value={String(t.users)} hint={`${t.admins} admin${t.admins === 1 ? '' : 's'}, ${t.disabled} disabled`} />
        <Stat label="Sign-ups" value={String(t.sign_ups)} hint={`in ${k.days} days`} />
        <Stat label="Active users" value={String(t.active_users)} hint="signed in or used a session or key" />
        <Stat label="Analyses" value={String(t.analyses)} hint={`in ${k.days} days`} />
        <Stat label="Credits sold" value={String(t.credits_sold)} hint={`${t.credits_granted} granted`} />
        <Stat label="Credits spent" value={String(t.credits_spent)} hint={t.credits_refunded ? `${t.credits_refunded} refunded or revoked` : undefined} />
        <Stat label="AI cost" value={usd(t.ai_cost_usd)} hint="provider spend on analyses" />
      </dl>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <Chart title="Sign-ups and sign-ins per day" data={data} bars={[['Sign-ups', '#6366f1'], ['Signed in', '#0ea5e9']]} empty={t.sign_ups === 0 && k.series.every((d) => d.signed_in === 0)} />
        <Chart title="Analyses per day by outcome" data={data} stacked bars={OUTCOMES.map(([, label, color]) => [label, color])} empty={t.analyses === 0} />
        <Chart
          title="Analyses per day by tier"
          data={data}
          stacked
          bars={k.tiers.map((tier, i) => [`tier:${tier}`, TIER_COLORS[i % TIER_COLORS.length], tier[0].toUpperCase() + tier.slice(1)])}
          empty={t.analyses === 0}
        />
        <Chart title="Credits sold and spent per day" data={data} bars={[['Sold', '#059669'], ['Spent', '#f59e0b']]} empty={t.credits_sold === 0 && t.credits_spent === 0} />
        <Chart title="AI cost per day (USD)" data={data} bars={[['AI cost (USD)', '#ec4899']]} empty={t.ai_cost_usd === 0} decimals />
      </div>
      {k.by_tier_outcome.length > 0 && (
        <Panel title="Analyses by tier and outcome">
          <ul className="space-y-2 text-sm md:hidden" data-testid="tier-outcome-cards">
            {k.tiers.map((tier) => (
              <li key={tier} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <div className="font-medium capitalize">{tier}</div>
                <div className="mt-1 text-slate-600 dark:text-slate-400">
                  {OUTCOMES.map(([key, label]) => `${k.by_tier_outcome.find((m) => m.tier === tier && m.outcome === key)?.count ?? 0} ${label.toLowerCase()}`).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
          <table className="w-full text-left text-sm max-md:hidden" data-testid="tier-outcome">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-3">Tier</th>
                {OUTCOMES.map(([key, label]) => (
                  <th key={key} scope="col" className="py-1 pr-3 text-right">{label}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {k.tiers.map((tier) => (
                <tr key={tier}>
                  <th scope="row" className="py-1 pr-3 font-medium capitalize">{tier}</th>
                  {OUTCOMES.map(([key]) => (
                    <td key={key} className="py-1 pr-3 text-right tabular-nums">
                      {k.by_tier_outcome.find((m) => m.tier === tier && m.outcome === key)?.count ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
    </>
  );
}

type Row = Record<string, string | number>;

/** A bar chart in the app's chart style, with its numbers as a table for screen readers. */
function Chart({
  title,
  data,
  bars,
  stacked = false,
  empty,
  decimals = false,
}: {
  title: string;
  data: Row[];
  bars: ([string, string] | [string, string, string])[];
  stacked?: boolean;
  empty: boolean;
  decimals?: boolean;
}) {
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 text-slate-700 shadow-sm dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300" data-testid="kpi-chart">
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      {empty ? (
        <p className="py-10 text-center text-sm text-slate-500 dark:text-slate-400" data-testid="empty-state">Nothing in this window.</p>
      ) : (
        <>
          <div style={{ height: 220 }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} margin={{ left: 0, right: 8, top: 4, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis dataKey="day" tick={{ fill: 'currentColor', fontSize: 11 }} stroke="currentColor" strokeOpacity={0.4} minTickGap={12} />
                <YAxis allowDecimals={decimals} tick={{ fill: 'currentColor', fontSize: 11 }} stroke="currentColor" strokeOpacity={0.4} width={44} />
                <Tooltip contentStyle={{ color: '#0f172a', borderRadius: 6 }} cursor={{ fillOpacity: 0.1 }} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                {bars.map(([key, color, name]) => (
                  <Bar key={key} dataKey={key} name={name ?? key} fill={color} stackId={stacked ? 'a' : undefined} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          {/* sr-only on a wrapper: a table keeps its content width and would widen the page. */}
          <div className="sr-only">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {bars.map(([key, , name]) => (
                  <th key={key} scope="col">{name ?? key}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  {bars.map(([key]) => (
                    <td key={key}>{d[key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </figure>
  );
}
