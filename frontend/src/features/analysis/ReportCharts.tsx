import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../api/client';
import { EMPTY_FILTERS, SEVERITIES, findingsQuery, type Analysis, type Finding, type Page } from './api';
import { byCWE, byFile, byOWASP, topBuckets, type Bucket } from './charts';
import { SEVERITY_COLOR } from './ui';

/** Findings read for the CWE/OWASP/file charts: at most this many. */
const CHART_SAMPLE = 2000;

async function sample(id: string, signal: AbortSignal): Promise<{ items: Finding[]; truncated: boolean }> {
  const items: Finding[] = [];
  let cursor = '';
  do {
    const p = await api<Page<Finding>>(`/api/v1/analyses/${encodeURIComponent(id)}/findings?${findingsQuery(EMPTY_FILTERS, cursor, 500)}`, { signal });
    items.push(...p.items);
    cursor = p.next_cursor;
  } while (cursor && items.length < CHART_SAMPLE);
  return { items, truncated: !!cursor };
}

function HBar({ title, data, color, testId }: { title: string; data: Bucket[]; color: string; testId: string }) {
  const h = Math.max(120, data.length * 28 + 30);
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium">{title}</figcaption>
      {data.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">None.</p>
      ) : (
        <>
          <div style={{ height: h }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis type="number" allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} />
                <YAxis type="category" dataKey="name" width={150} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} tickFormatter={(v: string) => (v.length > 22 ? '…' + v.slice(-21) : v)} />
                <Tooltip contentStyle={{ background: 'var(--tooltip-bg, #fff)', color: '#0f172a', borderRadius: 6 }} cursor={{ fillOpacity: 0.1 }} />
                <Bar dataKey="count" fill={color} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="sr-only">
            <caption>{title}</caption>
            <tbody>
              {data.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}

/** Severity breakdown (from the analysis' counts) and the CWE/OWASP/file charts. */
export function ReportCharts({ analysis }: { analysis: Analysis }) {
  const sev = SEVERITIES.map((s) => ({ name: s, count: analysis.counts[s] }));
  const q = useQuery({
    queryKey: ['analyses', analysis.id, 'chart-sample'],
    queryFn: ({ signal }) => sample(analysis.id, signal),
    staleTime: 60_000,
  });
  const open = (q.data?.items ?? []).filter((f) => f.triage.state === 'open' && !f.suppression);
  return (
    <div className="space-y-3">
      <div className="grid gap-6 text-slate-700 md:grid-cols-2 dark:text-slate-300">
        <figure data-testid="chart-severity" className="min-w-0">
          <figcaption className="mb-1 text-sm font-medium">Open findings by severity</figcaption>
          <div style={{ height: 180 }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={sev} margin={{ left: 0, right: 8, top: 4, bottom: 4 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis dataKey="name" tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} />
                <YAxis allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" strokeOpacity={0.4} width={48} />
                <Tooltip contentStyle={{ color: '#0f172a', borderRadius: 6 }} cursor={{ fillOpacity: 0.1 }} />
                <Bar dataKey="count" isAnimationActive={false}>
                  {sev.map((s) => (
                    <Cell key={s.name} fill={SEVERITY_COLOR[s.name]} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
        <HBar title="Open findings by CWE" data={topBuckets(open, byCWE)} color="#6366f1" testId="chart-cwe" />
        <HBar title="Open findings by OWASP Top 10 category" data={topBuckets(open, byOWASP)} color="#0d9488" testId="chart-owasp" />
        <HBar title="Files with the most open findings" data={topBuckets(open, byFile)} color="#db2777" testId="chart-file" />
      </div>
      {q.isPending && <p className="text-xs text-slate-500 dark:text-slate-400">Loading chart data…</p>}
      {q.data?.truncated && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          CWE, OWASP and file charts are drawn from the first {q.data.items.length.toLocaleString()} findings (highest severity first); the severity chart counts all.
        </p>
      )}
    </div>
  );
}
