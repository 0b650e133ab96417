import type { ProviderHealth } from './api';

const styles: Record<ProviderHealth['breaker'], { label: string; cls: string }> = {
  closed: { label: 'Healthy', cls: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300' },
  half_open: { label: 'Recovering', cls: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-300' },
  open: { label: 'Unavailable', cls: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300' },
};

const unused = { label: 'No calls yet', cls: 'bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-500/10 dark:text-slate-300' };

/**
 * The circuit breaker state in words: closed = healthy, half-open =
 * recovering, open = unavailable; a closed breaker that has seen no call
 * yet says so rather than claiming the provider works.
 */
export function HealthBadge({ breaker, calls }: { breaker: ProviderHealth['breaker']; calls?: number }) {
  const s = breaker === 'closed' && calls === 0 ? unused : (styles[breaker] ?? styles.open);
  return (
    <span
      title={calls === 0 ? 'no call yet on this replica' : `circuit breaker ${breaker.replace('_', '-')}`}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.cls}`}
    >
      {s.label}
    </span>
  );
}
