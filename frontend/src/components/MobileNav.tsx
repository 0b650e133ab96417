import { useEffect, useRef, useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { useMe, useSignOut } from '../features/auth/api';
import { useCurrentWorkspace, workspacePath } from '../features/auth/workspace';

const itemClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2.5 text-base font-medium ${
    isActive
      ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
  }`;

/**
 * Below 1024 px the header keeps the brand, the workspace switcher (from
 * 768 px), the theme toggle and this menu button; the navigation (into
 * the current workspace, as the header's) and the account's links move
 * into a drawer
 * (a modal dialog: Escape, the backdrop or a link closes it, and focus
 * returns to the button).
 */
export function MobileNav() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const { workspace, can } = useCurrentWorkspace();
  const ws = workspace?.id;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  if (!me.data) {
    return (
      <NavLink to="/signin" className="whitespace-nowrap rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 lg:hidden">
        Sign in
      </NavLink>
    );
  }
  return (
    <div className="lg:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen(!open)}
        data-testid="menu-button"
        className="inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-200 px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8}>
          <path strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        Menu
      </button>
      {open && (
        <div className="fixed inset-0 z-50" data-testid="mobile-nav-overlay">
          <div className="absolute inset-0 bg-slate-900/40" aria-hidden="true" onClick={() => setOpen(false)} />
          <div
            ref={panel}
            id="mobile-nav"
            role="dialog"
            aria-modal="true"
            aria-label="Menu"
            className="absolute inset-y-0 right-0 flex w-72 max-w-[85vw] flex-col gap-1 overflow-y-auto bg-white p-4 shadow-xl dark:bg-slate-900"
          >
            <p className="truncate px-3 pb-2 text-sm text-slate-600 dark:text-slate-400">{me.data.name || me.data.email}</p>
            <nav aria-label="Menu" className="flex flex-col gap-1">
              <NavLink to={ws ? workspacePath(ws, '') : '/'} end className={itemClass}>Dashboard</NavLink>
              <NavLink to={workspacePath(ws, 'analyses')} end className={itemClass}>Analyses</NavLink>
              {(!workspace || can('analysis:create')) && (
                <NavLink to={workspacePath(ws, 'analyses/new')} className={itemClass}>New analysis</NavLink>
              )}
              <NavLink to="/repositories" className={itemClass}>Repositories</NavLink>
              <NavLink to="/docs/api" className={itemClass}>API reference</NavLink>
              <hr className="my-2 border-slate-200 dark:border-slate-800" />
              <NavLink to="/billing" className={itemClass}>Billing</NavLink>
              <NavLink to="/settings/workspaces" className={itemClass}>Workspaces</NavLink>
              <NavLink to="/settings/account" className={itemClass}>Account</NavLink>
              {me.data.instance_admin && <NavLink to="/admin" className={itemClass}>Admin</NavLink>}
            </nav>
            <button
              type="button"
              className="mt-2 rounded-md px-3 py-2.5 text-left text-base font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin') })}
            >
              Sign out
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
