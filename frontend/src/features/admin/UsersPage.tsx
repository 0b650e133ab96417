import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/api';
import { ErrorNote } from '../auth/ui';
import { useAdminUsers, useUserAction, type AdminUser } from './api';
import { at, Empty, Pager, Panel, Tag } from './AdminLayout';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ResponsiveTable } from '../../components/ResponsiveTable';

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
        <ResponsiveTable
          caption={q ? `Accounts matching “${q}”` : 'Accounts'}
          data-testid="users-table"
          variant="plain"
          rows={items}
          rowKey={(u) => u.id}
          rowProps={() => ({ 'data-testid': 'user-row' })}
          columns={[
            {
              label: 'Account',
              card: 'plain',
              cell: (u) => (
                <>
                  <div className="break-all font-medium">{u.email}</div>
                  {u.name && <div className="text-xs text-slate-500 dark:text-slate-400">{u.name}</div>}
                </>
              ),
            },
            { label: 'Status', cell: (u) => <Badges u={u} /> },
            { label: 'Created', className: 'text-slate-600 dark:text-slate-400', cell: (u) => at(u.created_at) },
            {
              label: 'Actions',
              card: 'plain',
              align: 'right',
              className: 'max-md:pt-2',
              cell: (u) => <Actions u={u} self={u.id === me.data?.id} busy={act.isPending} run={(action) => run(u, action)} />,
            },
          ]}
        />
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
    <span className="inline-flex flex-wrap gap-2 md:justify-end">
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
