import type { ProviderHealth } from './api';

const styles: Record<ProviderHealth['breaker'], { label: string; cls: string }> = {
  closed: { label: 'Healthy', cls: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300' },
  half_open: { label: 'Recovering', cls: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-300' },
  open: { label: 'Unavailable', cls: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300' },
};

/** The circuit breaker state in words: closed = healthy, half-open = recovering, open = unavailable. */
export function HealthBadge({ breaker }: { breaker: ProviderHealth['breaker'] }) {
  const s = styles[breaker] ?? styles.open;
  return (
    <span
      title={`circuit breaker ${breaker.replace('_', '-')}`}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${s.cls}`}
    >
      {s.label}
    </span>
  );
}
