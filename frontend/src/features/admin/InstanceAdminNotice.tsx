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
      className="mb-4 flex items-start justify-between gap-2 rounded-md border border-indigo-200 bg-indigo-50 py-1.5 pr-1 pl-3 text-xs text-indigo-900 sm:mb-6 sm:items-center sm:py-2 sm:text-sm dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
    >
      {/* One short line on a phone, the whole sentence from 640 px. */}
      <p className="min-w-0 py-1">
        You are an <strong>instance administrator</strong>
        <span className="max-sm:hidden"> of this Vigil (the first account of an instance is one)</span>: users, sign-ins, audit log and KPIs
        are in{' '}
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
        aria-label="Dismiss"
        title="Dismiss"
        className="shrink-0 rounded-md px-2 py-1 font-medium hover:bg-indigo-100 dark:hover:bg-indigo-900"
      >
        <span aria-hidden="true" className="sm:hidden">
          ×
        </span>
        <span className="max-sm:hidden">Dismiss</span>
      </button>
    </div>
  );
}
