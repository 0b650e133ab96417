import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../api/client';
import { SEVERITIES, type Analysis, type Summary } from './api';
import { chartBuckets, type Bucket } from './charts';
import { SEVERITY_COLOR } from './ui';

/** Buckets drawn per breakdown (the rest is summed as "other"). */
const TOP = 8;

function HBar({ title, data, color, testId }: { title: string; data: Bucket[] | undefined; color: string; testId: string }) {
  const h = Math.max(120, (data?.length ?? 0) * 28 + 30);
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium">{title}</figcaption>
      {data === undefined ? (
        <div style={{ height: h }} aria-hidden="true" />
      ) : data.length === 0 ? (
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

/**
 * Open findings (neither suppressed nor triaged) by severity, CWE, OWASP
 * category and file. The server aggregates every finding of the analysis
 * (GET /summary), so the charts are exact however many findings there are;
 * like the findings table by default, they count production code.
 */
export function ReportCharts({ analysis }: { analysis: Analysis }) {
  const q = useQuery({
    // counts and score change with triage; the key follows them
    queryKey: ['analyses', analysis.id, 'summary', analysis.counts],
    queryFn: ({ signal }) => api<Summary>(`/api/v1/analyses/${encodeURIComponent(analysis.id)}/summary?top=${TOP}&file_kind=production`, { signal }),
    staleTime: 60_000,
  });
  const counts = q.data?.by_severity ?? analysis.counts;
  const sev = SEVERITIES.map((s) => ({ name: s, count: counts[s] }));
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
        <HBar title="Open findings by CWE" data={q.data && chartBuckets(q.data.by_cwe)} color="#6366f1" testId="chart-cwe" />
        <HBar title="Open findings by OWASP Top 10 category" data={q.data && chartBuckets(q.data.by_owasp)} color="#0d9488" testId="chart-owasp" />
        <HBar title="Files with the most open findings" data={q.data && chartBuckets(q.data.by_file)} color="#db2777" testId="chart-file" />
      </div>
      {q.isPending && <p className="text-xs text-slate-500 dark:text-slate-400">Loading chart data…</p>}
      {q.isError && <p className="text-xs text-red-700 dark:text-red-400">The chart data could not be loaded: {q.error.message}</p>}
      {q.data && q.data.by_file.distinct > TOP && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {q.data.findings.toLocaleString()} open findings in {q.data.by_file.distinct.toLocaleString()} files; the {TOP} files with the most are shown, the rest are summed as “other”.
        </p>
      )}
    </div>
  );
}
