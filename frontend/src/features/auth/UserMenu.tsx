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
      <span className="mr-1 hidden border-r border-slate-200 pr-3 text-sm text-slate-600 sm:inline dark:border-slate-700 dark:text-slate-300" data-testid="signed-in-as">
        {me.data.name || me.data.email}
      </span>
      <NavLink to="/billing" className={link}>
        Billing
      </NavLink>
      <NavLink to="/settings/workspaces" className={link}>
        Workspaces
      </NavLink>
      <NavLink to="/settings/account" className={link}>
        Account
      </NavLink>
      {me.data.instance_admin && (
        <NavLink to="/admin/ai" className={link}>
          AI health
        </NavLink>
      )}
      <button type="button" className={link} onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin') })}>
        Sign out
      </button>
    </div>
  );
}
