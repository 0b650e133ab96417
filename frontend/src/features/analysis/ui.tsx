import type { ReactNode } from 'react';
import type { Severity } from './api';

export const SEVERITY_STYLE: Record<Severity, string> = {
  critical: 'bg-red-700 text-white dark:bg-red-600',
  high: 'bg-orange-600 text-white dark:bg-orange-500 dark:text-slate-950',
  medium: 'bg-amber-300 text-amber-950 dark:bg-amber-400',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  info: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

/** Chart colours per severity, readable on light and dark backgrounds. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '#b91c1c',
  high: '#ea580c',
  medium: '#f59e0b',
  low: '#0ea5e9',
  info: '#94a3b8',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${SEVERITY_STYLE[severity] ?? SEVERITY_STYLE.info}`}>
      {severity}
    </span>
  );
}

const STATUS_STYLE: Record<string, string> = {
  queued: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  running: 'bg-indigo-100 text-indigo-800 dark:bg-indigo-500/20 dark:text-indigo-200',
  completed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/20 dark:text-emerald-200',
  failed: 'bg-red-100 text-red-800 dark:bg-red-500/20 dark:text-red-200',
  canceled: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span data-testid="analysis-status" className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? STATUS_STYLE.queued}`}>
      {status}
    </span>
  );
}

export const TRIAGE_LABEL: Record<string, string> = {
  open: 'Open',
  false_positive: 'False positive',
  accepted_risk: 'Accepted risk',
  fixed: 'Fixed',
};

export const TIER_LABEL: Record<string, string> = { static: 'Static', standard: 'Standard', deep: 'Deep' };

export function Section({ title, children, actions, id, dense = false }: { title: string; children: ReactNode; actions?: ReactNode; id?: string; dense?: boolean }) {
  const hid = id ? `${id}-title` : undefined;
  // dense: tighter on small screens (the report's score card), as roomy as the others from md up.
  return (
    <section id={id} aria-labelledby={hid} className={`scroll-mt-20 rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900 ${dense ? 'p-3 md:p-5' : 'p-5'}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={hid} className={dense ? 'text-base font-semibold md:text-lg' : 'text-lg font-semibold'}>
          {title}
        </h2>
        {actions}
      </div>
      <div className={dense ? 'mt-2 md:mt-3' : 'mt-3'}>{children}</div>
    </section>
  );
}

export const inputClass =
  'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

export function total(c: { critical: number; high: number; medium: number; low: number; info: number }): number {
  return c.critical + c.high + c.medium + c.low + c.info;
}
