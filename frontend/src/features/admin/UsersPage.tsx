import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/api';
import { ErrorNote } from '../auth/ui';
import { useAdminUsers, useUserAction, type AdminUser } from './api';
import { at, Empty, Pager, Panel, Tag } from './AdminLayout';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type UserAction = 'disable' | 'enable' | 'make-admin' | 'revoke-admin';

const actionBtn =
  'rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';

/**
 * Accounts: search (?q=), disable or enable, make or revoke administrator.
 * Role changes ask for confirmation first: an instance admin can see and
 * change everything.
 */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const cursor = params.get('cursor') ?? '';
  const [text, setText] = useState(q);
  const users = useAdminUsers(q, cursor);
  const act = useUserAction();
  const me = useMe();
  const [confirm, setConfirm] = useState<{ u: AdminUser; action: 'make-admin' | 'revoke-admin' } | null>(null);
  const run = (u: AdminUser, action: UserAction) => {
    if (action === 'make-admin' || action === 'revoke-admin') setConfirm({ u, action });
    else act.mutate({ id: u.id, action });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (text.trim()) p.set('q', text.trim());
    setParams(p);
  };
  const items = users.data?.items ?? [];
  return (
    <Panel title="Users">
      <form role="search" onSubmit={submit} className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search users by email or name
        </label>
        <input
          id="user-search"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Search by email or name"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500">
          Search
        </button>
      </form>
      <ErrorNote error={users.error ?? act.error} />
      {users.isPending ? (
        <p className="text-sm">Loading…</p>
      ) : items.length === 0 ? (
        <Empty>{q ? `No account matches “${q}”.` : 'No accounts yet.'}</Empty>
      ) : (
        <>
          <table className="w-full text-left text-sm max-md:hidden" data-testid="users-table">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3">Account</th>
                <th scope="col" className="py-2 pr-3">Status</th>
                <th scope="col" className="py-2 pr-3">Created</th>
                <th scope="col" className="py-2 text-right">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {items.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <td className="py-2 pr-3">
                    <div className="font-medium">{u.email}</div>
                    {u.name && <div className="text-xs text-slate-500 dark:text-slate-400">{u.name}</div>}
                  </td>
                  <td className="py-2 pr-3">
                    <Badges u={u} />
                  </td>
                  <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{at(u.created_at)}</td>
                  <td className="py-2 text-right">
                    <Actions u={u} self={u.id === me.data?.id} busy={act.isPending} run={(action) => run(u, action)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden" data-testid="users-cards">
            {items.map((u) => (
              <li key={u.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="user-card">
                <div className="break-all font-medium">{u.email}</div>
                {u.name && <div className="text-xs text-slate-500 dark:text-slate-400">{u.name}</div>}
                <div className="mt-2">
                  <Badges u={u} />
                </div>
                <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">Created {at(u.created_at)}</div>
                <div className="mt-3">
                  <Actions u={u} self={u.id === me.data?.id} busy={act.isPending} run={(action) => run(u, action)} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pager next={users.data?.next_cursor ?? ''} label="Users" />
      {confirm && (
        <ConfirmDialog
          title={confirm.action === 'make-admin' ? 'Make this account an instance admin?' : 'Remove the admin role?'}
          confirmLabel={confirm.action === 'make-admin' ? 'Make admin' : 'Remove admin'}
          destructive={confirm.action === 'revoke-admin'}
          busy={act.isPending}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            act.mutate({ id: confirm.u.id, action: confirm.action });
            setConfirm(null);
          }}
        >
          {confirm.action === 'make-admin' ? (
            <p>
              <strong className="break-all">{confirm.u.email}</strong> will be able to see every account and sign-in, disable users,
              grant credits and change who administers this instance. The change is recorded in the audit log.
            </p>
          ) : (
            <p>
              <strong className="break-all">{confirm.u.email}</strong> will no longer reach the admin area. The change is recorded in the
              audit log.
            </p>
          )}
        </ConfirmDialog>
      )}
    </Panel>
  );
}

function Badges({ u }: { u: AdminUser }) {
  return (
    <span className="flex flex-wrap gap-1">
      {u.disabled ? <Tag tone="red">Disabled</Tag> : <Tag tone="green">Active</Tag>}
      {u.instance_admin && <Tag tone="indigo">Instance admin</Tag>}
      {!u.email_verified && <Tag tone="amber">Email unconfirmed</Tag>}
    </span>
  );
}

function Actions({
  u,
  self,
  busy,
  run,
}: {
  u: AdminUser;
  self: boolean;
  busy: boolean;
  run: (a: UserAction) => void;
}) {
  return (
    <span className="inline-flex flex-wrap justify-end gap-2">
      {u.disabled ? (
        <button type="button" className={actionBtn} disabled={busy} onClick={() => run('enable')} aria-label={`Enable ${u.email}`}>
          Enable
        </button>
      ) : (
        !self && (
          <button type="button" className={actionBtn} disabled={busy} onClick={() => run('disable')} aria-label={`Disable ${u.email}`}>
            Disable
          </button>
        )
      )}
      {u.instance_admin ? (
        <button type="button" className={actionBtn} disabled={busy} onClick={() => run('revoke-admin')} aria-label={`Remove admin role from ${u.email}`}>
          Remove admin
        </button>
      ) : (
        !u.disabled && (
          <button type="button" className={actionBtn} disabled={busy} onClick={() => run('make-admin')} aria-label={`Make ${u.email} an instance admin`}>
            Make admin
          </button>
        )
      )}
    </span>
  );
}
