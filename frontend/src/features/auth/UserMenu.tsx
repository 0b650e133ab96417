import { useEffect, useRef, useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { useMe, useSessionKeepAlive, useSignOut } from './api';

/** Up to two initials of a name (or the email's first letter). */
export function initials(nameOrEmail: string): string {
  const words = nameOrEmail.split(/[\s@._-]+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0] ?? '';
  const second = nameOrEmail.includes('@') ? '' : (words[1]?.[0] ?? '');
  return (first + second).toUpperCase();
}

const itemClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-2 text-sm font-medium ${
    isActive
      ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
  }`;

/**
 * Header corner from 1024 px: "Sign in" for visitors; signed in, one
 * button with the account's name (its initials between 1024 and 1279 px)
 * that opens the account's links: Account, Workspaces, Billing, Admin for
 * instance admins, Sign out. One button instead of five links keeps the
 * header on one line whatever the name. The panel is a disclosure: Escape
 * or a click elsewhere closes it (Escape gives focus back to the button),
 * and so does following a link.
 */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useSessionKeepAlive(!!me.data);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    // Focus leaving the menu (Tab past its last item) closes it too.
    const onFocus = (e: FocusEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);
  if (!me.data) {
    return (
      <NavLink to="/signin" className="whitespace-nowrap rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
        Sign in
      </NavLink>
    );
  }
  const name = me.data.name || me.data.email;
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="account-menu"
        aria-label={name}
        title={`Account menu (${me.data.email})`}
        onClick={() => setOpen(!open)}
        data-testid="signed-in-as"
        className="inline-flex h-9 max-w-[13rem] items-center gap-1.5 rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span
          aria-hidden="true"
          className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700 dark:bg-indigo-500/20 dark:text-indigo-200"
        >
          {initials(name)}
        </span>
        <span className="truncate max-xl:sr-only">{name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0" fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
        </svg>
      </button>
      {open && (
        <div
          id="account-menu"
          className="absolute right-0 top-full z-50 mt-2 w-60 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="truncate px-3 pb-2 pt-1 text-xs text-slate-500 dark:text-slate-400" title={me.data.email}>
            {me.data.email}
          </p>
          <nav aria-label="Account" className="flex flex-col gap-0.5">
            <NavLink to="/settings/account" className={itemClass}>
              Account
            </NavLink>
            <NavLink to="/settings/workspaces" className={itemClass}>
              Workspaces
            </NavLink>
            <NavLink to="/billing" className={itemClass}>
              Billing
            </NavLink>
            {me.data.instance_admin && (
              <NavLink to="/admin" className={itemClass} data-testid="admin-link">
                Admin
              </NavLink>
            )}
          </nav>
          <hr className="my-2 border-slate-200 dark:border-slate-800" />
          <button
            type="button"
            className="w-full rounded-md px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
            onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin') })}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
