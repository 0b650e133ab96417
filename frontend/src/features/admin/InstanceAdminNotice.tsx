import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/api';

const key = (id: string) => `vigil.instance-admin-notice.${id}`;

/**
 * Tells an instance administrator, until dismissed, that this account
 * administers the instance (the first account of an instance does) and
 * where the admin area is.
 */
export function InstanceAdminNotice() {
  const me = useMe();
  const id = me.data?.id ?? '';
  const [dismissed, setDismissed] = useState(() => !!id && localStorage.getItem(key(id)) === '1');
  if (!me.data?.instance_admin || me.data.auth_method !== 'cookie' || dismissed || localStorage.getItem(key(id)) === '1') return null;
  return (
    <div
      role="region"
      aria-label="Instance administrator"
      data-testid="instance-admin-notice"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-900 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
    >
      <p className="min-w-0">
        You are an <strong>instance administrator</strong> of this Vigil (the first account of an instance is one): you manage its users, sign-ins,
        audit log and KPIs in{' '}
        <Link to="/admin" className="font-medium underline hover:no-underline">
          Admin
        </Link>
        .
      </p>
      <button
        type="button"
        onClick={() => {
          localStorage.setItem(key(id), '1');
          setDismissed(true);
        }}
        className="rounded-md px-2 py-1 text-sm font-medium hover:bg-indigo-100 dark:hover:bg-indigo-900"
      >
        Dismiss
      </button>
    </div>
  );
}
