import { NavLink, useNavigate } from 'react-router';
import { useMe, useSessionKeepAlive, useSignOut } from './api';

/** Header corner: "Sign in" for visitors, the account and its links when signed in. */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  useSessionKeepAlive(!!me.data);
  if (!me.data) {
    return (
      <NavLink to="/signin" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500">
        Sign in
      </NavLink>
    );
  }
  const link = 'rounded-md px-2 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800';
  return (
    <div className="flex items-center gap-1">
      <NavLink to="/billing" className={link}>
        Billing
      </NavLink>
      <NavLink to="/settings/workspaces" className={link}>
        Workspaces
      </NavLink>
      {/* The account link is the signed-in name: one item instead of two keeps the header on one line at 1440 px. */}
      <NavLink
        to="/settings/account"
        className={`${link} max-w-[12rem] truncate`}
        data-testid="signed-in-as"
        aria-label={`Account: ${me.data.name || me.data.email}`}
        title={`Account settings (${me.data.email})`}
      >
        {me.data.name || me.data.email}
      </NavLink>
      {me.data.instance_admin && (
        <NavLink to="/admin" className={link} data-testid="admin-link">
          Admin
        </NavLink>
      )}
      <button type="button" className={link} onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin') })}>
        Sign out
      </button>
    </div>
  );
}
