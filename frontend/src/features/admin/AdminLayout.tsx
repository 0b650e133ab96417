import type { ReactNode } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useMe } from '../auth/api';

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
    isActive
      ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300'
      : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
  }`;

/**
 * The instance administration area: a heading, its sections as tabs, and
 * the section. Visitors are sent to sign in; accounts that are not
 * instance administrators are told so (the API refuses them anyway).
 */
export function AdminLayout() {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) return <p className="text-sm">Loading…</p>;
  if (!me.data) return <Navigate to={`/signin?next=${encodeURIComponent(pathname + search)}`} replace />;
  if (!me.data.instance_admin) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight">Admin</h1>
        <p role="alert" className="mt-4 text-slate-600 dark:text-slate-300">
          Only instance administrators can open the admin area.
        </p>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Admin</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">This instance's accounts, activity and audit trail.</p>
      </div>
      <nav aria-label="Admin sections" className="-mx-1 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-800">
        <NavLink to="/admin" end className={tabClass}>Overview</NavLink>
        <NavLink to="/admin/users" className={tabClass}>Users</NavLink>
        <NavLink to="/admin/sign-ins" className={tabClass}>Sign-ins</NavLink>
        <NavLink to="/admin/audit" className={tabClass}>Audit log</NavLink>
        <NavLink to="/admin/ai" className={tabClass}>AI health</NavLink>
      </nav>
      <Outlet />
    </div>
  );
}

/** A bordered panel with a title. */
export function Panel({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900" aria-label={title}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** What a list shows when it has nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <p data-testid="empty-state" className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </p>
  );
}

/**
 * Cursor paging kept in the URL (?cursor=): "Next page" follows the
 * server's next_cursor, "First page" drops it; the browser's Back button
 * returns to the page before.
 */
export function Pager({ next, label }: { next: string; label: string }) {
  const [params, setParams] = useSearchParams();
  const cursor = params.get('cursor') ?? '';
  if (!cursor && !next) return null;
  const go = (c: string) => {
    const p = new URLSearchParams(params);
    if (c) p.set('cursor', c);
    else p.delete('cursor');
    setParams(p);
  };
  const btn =
    'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';
  return (
    <nav aria-label={`${label} pages`} className="mt-3 flex items-center justify-end gap-2">
      <button type="button" className={btn} disabled={!cursor} onClick={() => go('')}>
        First page
      </button>
      <button type="button" className={btn} disabled={!next} onClick={() => go(next)} data-testid="next-page">
        Next page
      </button>
    </nav>
  );
}

/** Formats a time as the viewer's locale does. */
export function at(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** A small rounded label. */
export function Tag({ tone, children }: { tone: 'green' | 'red' | 'indigo' | 'slate' | 'amber'; children: ReactNode }) {
  const tones = {
    green: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300',
    red: 'bg-red-50 text-red-800 dark:bg-red-500/15 dark:text-red-300',
    indigo: 'bg-indigo-50 text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-300',
    slate: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
    amber: 'bg-amber-50 text-amber-900 dark:bg-amber-500/15 dark:text-amber-300',
  }[tone];
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${tones}`}>{children}</span>;
}
