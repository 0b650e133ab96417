import { NavLink } from 'react-router';
import { useMe } from '../auth/api';
import { useBalance } from './api';

/** Header link to Billing with the workspace balance (only when billing is on). */
export function BalanceBadge() {
  const me = useMe();
  const balance = useBalance(!!me.data);
  const b = balance.data;
  if (!me.data || !b || !b.billing_enabled) return null;
  return (
    <NavLink
      to="/billing"
      data-testid="header-balance"
      title="Credits available (Billing)"
      className={`rounded-full border px-3 py-1 text-sm font-medium tabular-nums ${
        b.balance < 0
          ? 'border-red-300 text-red-700 dark:border-red-800 dark:text-red-300'
          : 'border-slate-200 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800'
      }`}
    >
      {b.available.toLocaleString()} credits
    </NavLink>
  );
}
