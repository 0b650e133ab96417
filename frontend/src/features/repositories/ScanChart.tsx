import { SEVERITIES, type Severity } from '../analysis/api';
import { SEVERITY_COLOR } from '../analysis/ui';
import { when } from '../auth/ui';
import { triggerLabel, type Scan } from './api';

/** Most scans the chart shows (the newest). */
const MAX_BARS = 30;

/** The completed scans with counts, oldest first (the newest MAX_BARS). */
export function chartScans(scans: Scan[]): (Scan & { counts: NonNullable<Scan['counts']> })[] {
  return scans
    .filter((s): s is Scan & { counts: NonNullable<Scan['counts']> } => s.analysis_status === 'completed' && !!s.counts)
    .slice(0, MAX_BARS)
    .reverse();
}

function total(c: Record<Severity, number>): number {
  return SEVERITIES.reduce((n, s) => n + c[s], 0);
}

/**
 * Open findings by severity per completed scan, oldest on the left: one
 * stacked bar a scan (critical at the bottom), with its trigger and date
 * in the bar's tooltip, and a legend with the latest scan's counts.
 */
export function ScanChart({ scans }: { scans: Scan[] }) {
  const shown = chartScans(scans);
  if (shown.length === 0) {
    return (
      <p data-testid="scan-chart-empty" className="text-sm text-slate-600 dark:text-slate-400">
        No completed scan yet: the chart fills in as scans finish.
      </p>
    );
  }
  const w = 600;
  const h = 140;
  const pad = 4;
  const max = Math.max(1, ...shown.map((s) => total(s.counts)));
  const slot = w / Math.max(shown.length, 8);
  const bw = Math.max(4, slot * 0.7);
  const last = shown[shown.length - 1];
  const label = `Open findings by severity over the last ${shown.length === 1 ? 'completed scan' : `${shown.length} completed scans`}; latest: ${SEVERITIES.map((s) => `${last.counts[s]} ${s}`).join(', ')}`;
  return (
    <figure data-testid="scan-chart">
      <svg viewBox={`0 0 ${w} ${h}`} className="h-36 w-full" role="img" aria-label={label} preserveAspectRatio="none">
        <line x1={0} x2={w} y1={h - pad} y2={h - pad} className="text-slate-300 dark:text-slate-700" stroke="currentColor" vectorEffect="non-scaling-stroke" />
        {shown.map((s, i) => {
          let y = h - pad;
          const x = i * slot + (slot - bw) / 2;
          return (
            <g key={s.id} data-testid="scan-bar">
              <title>{`${triggerLabel(s)} · ${s.ref || 'default branch'} · ${when(s.created_at)}: ${total(s.counts)} open`}</title>
              {total(s.counts) === 0 && <rect x={x} y={h - pad - 2} width={bw} height={2} className="text-emerald-500 dark:text-emerald-400" fill="currentColor" />}
              {SEVERITIES.map((sev) => {
                const v = s.counts[sev];
                if (v === 0) return null;
                const bh = (v / max) * (h - 2 * pad);
                y -= bh;
                return <rect key={sev} x={x} y={y} width={bw} height={bh} fill={SEVERITY_COLOR[sev]} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs">
        {SEVERITIES.map((s) => (
          <span key={s}>
            <span style={{ color: SEVERITY_COLOR[s] }}>■</span> <span className="text-slate-600 dark:text-slate-300">{s}: {last.counts[s]}</span>
          </span>
        ))}
        <span className="text-slate-500 dark:text-slate-400">latest of {shown.length === 1 ? '1 completed scan' : `${shown.length} completed scans`}, at most {max} open</span>
      </figcaption>
    </figure>
  );
}
