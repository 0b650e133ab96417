import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useCreateWorkspace, useInvitations, useMe, useMembers, useWorkspaceMutations, type Role, type WorkspaceRef } from './api';
import { Button, ErrorNote, Field, Panel, fieldError, when } from './ui';
import { WorkspaceAIProviders } from '../ai/WorkspaceAIProviders';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { WorkspaceNotifications } from '../notifications/WorkspaceNotifications';

const ROLES: Role[] = ['owner', 'admin', 'member', 'viewer'];

/** Members, invitations and roles of each workspace; create team workspaces. */
export function WorkspaceSettingsPage() {
  const me = useMe();
  const [selected, setSelected] = useState<string | undefined>();
  if (me.isPending) return <p>Loading…</p>;
  if (!me.data) return <Navigate to="/signin?next=/settings/workspaces" replace />;
  const list = me.data.workspaces;
  const ws = list.find((w) => w.id === selected) ?? list.find((w) => !w.personal) ?? list[0];
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Workspaces</h1>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="ws-select" className="text-sm font-medium">
          Workspace
        </label>
        <select
          id="ws-select"
          value={ws?.id}
          onChange={(e) => setSelected(e.target.value)}
          className="max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
        >
          {list.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name} {w.personal ? '(personal)' : ''} — {w.role}
            </option>
          ))}
        </select>
      </div>
      {ws && <WorkspacePanel key={ws.id} ws={ws} myId={me.data.id} />}
      <CreateWorkspace onCreated={setSelected} />
    </div>
  );
}

function WorkspacePanel({ ws, myId }: { ws: WorkspaceRef; myId: string }) {
  const canManage = ws.role === 'owner' || ws.role === 'admin';
  const members = useMembers(ws.id);
  const invitations = useInvitations(ws.id, canManage && !ws.personal);
  const m = useWorkspaceMutations(ws.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const navigate = useNavigate();
  function invite(e: FormEvent) {
    e.preventDefault();
    m.invite.mutate({ email, role }, { onSuccess: () => setEmail('') });
  }
  return (
    <>
      <Panel title={`Members of ${ws.name}`}>
        <ErrorNote error={members.error ?? m.setRole.error ?? m.remove.error} />
        <ResponsiveTable
          caption={`Members of ${ws.name}`}
          data-testid="members-table"
          variant="plain"
          rows={members.data ?? []}
          rowKey={(mem) => mem.user_id}
          columns={[
            {
              label: 'Member',
              card: 'plain',
              cell: (mem) => (
                <span className="break-words">
                  {mem.name || mem.email}
                  {mem.name && <span className="block break-all text-sm text-slate-500 dark:text-slate-400">{mem.email}</span>}
                </span>
              ),
            },
            {
              label: 'Role',
              cell: (mem) =>
                canManage && !ws.personal ? (
                  <select
                    aria-label={`Role of ${mem.email}`}
                    value={mem.role}
                    onChange={(e) => m.setRole.mutate({ userId: mem.user_id, role: e.target.value as Role })}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                ) : (
                  mem.role
                ),
            },
            {
              label: 'Actions',
              header: <span className="sr-only">Actions</span>,
              card: 'plain',
              align: 'right',
              cell: (mem) =>
                !ws.personal &&
                (canManage || mem.user_id === myId) && (
                  <Button variant="danger" onClick={() => m.remove.mutate(mem.user_id, { onSuccess: () => mem.user_id === myId && navigate('/') })}>
                    {mem.user_id === myId ? 'Leave' : 'Remove'}
                  </Button>
                ),
            },
          ]}
        />
      </Panel>
      {canManage && !ws.personal && (
        <Panel title="Invitations">
          <form onSubmit={invite} noValidate className="mb-4">
            <ErrorNote error={m.invite.error} fields={['email']} />
            <Field label="Email" name="invite_email" type="email" value={email} onChange={setEmail} error={fieldError(m.invite.error, 'email')} />
            <label htmlFor="invite-role" className="block text-sm font-medium">
              Role
            </label>
            <select
              id="invite-role"
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              className="mb-3 mt-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
            >
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
            <div>
              <Button type="submit" disabled={m.invite.isPending}>
                Invite
              </Button>
            </div>
          </form>
          {m.invite.data?.link && (
            <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950">
              <p className="font-medium">Email is not configured: send this link to {m.invite.data.email} yourself.</p>
              <code className="mt-1 block break-all">{m.invite.data.link}</code>
            </div>
          )}
          {m.invite.data?.emailed && <p role="status">Invitation emailed to {m.invite.data.email}.</p>}
          <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {(invitations.data ?? []).map((inv) => (
              <li key={inv.id} className="flex items-center justify-between gap-3 py-2">
                <span className="min-w-0 break-words">
                  <span className="break-all">{inv.email}</span> as {inv.role} · expires {when(inv.expires_at)}
                </span>
                <span className="shrink-0">
                  <Button variant="secondary" onClick={() => m.revokeInvitation.mutate(inv.id)}>
                    Withdraw
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {canManage && <WorkspaceAIProviders workspaceId={ws.id} />}
      {canManage && <WorkspaceNotifications workspaceId={ws.id} />}
    </>
  );
}

function CreateWorkspace({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const create = useCreateWorkspace();
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(name, { onSuccess: (w) => (setName(''), onCreated(w.id)) });
  }
  return (
    <Panel title="Create a team workspace">
      <form onSubmit={submit} noValidate>
        <ErrorNote error={create.error} fields={['name']} />
        <Field label="Name" name="workspace_name" value={name} onChange={setName} error={fieldError(create.error, 'name')} />
        <Button type="submit" disabled={create.isPending}>
          Create workspace
        </Button>
      </form>
    </Panel>
  );
}
