import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import {
  useChangePassword,
  useMe,
  useProviders,
  useRevokeSession,
  useSessions,
  useSignOutEverywhere,
  useUpdateProfile,
  type Me,
} from './api';
import { Button, ErrorNote, Field, Panel, fieldError, when } from './ui';

/** Profile, password, sessions, linked providers and API keys. */
export function AccountSettingsPage() {
  const me = useMe();
  if (me.isPending) return <p>Loading…</p>;
  if (!me.data) return <Navigate to="/signin?next=/settings/account" replace />;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Account settings</h1>
      <Profile me={me.data} />
      <Password me={me.data} />
      <Providers />
      <ApiKeysLink />
      <Sessions />
    </div>
  );
}

function Profile({ me }: { me: Me }) {
  const [name, setName] = useState(me.name);
  const update = useUpdateProfile();
  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate(name);
  }
  return (
    <Panel title="Profile">
      <p className="mb-3 text-sm break-all text-slate-600 dark:text-slate-300">Email: {me.email}</p>
      <form onSubmit={submit}>
        <ErrorNote error={update.error} fields={['name']} />
        <Field label="Display name" name="name" required={false} value={name} onChange={setName} error={fieldError(update.error, 'name')} />
        <Button type="submit" disabled={update.isPending}>
          Save
        </Button>
        {update.isSuccess && <span className="ml-3 text-sm text-green-700 dark:text-green-400">Saved</span>}
      </form>
    </Panel>
  );
}

function Password({ me }: { me: Me }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useChangePassword();
  function submit(e: FormEvent) {
    e.preventDefault();
    change.mutate({ current_password: current, new_password: next }, { onSuccess: () => (setCurrent(''), setNext('')) });
  }
  return (
    <Panel title={me.has_password ? 'Change password' : 'Set a password'}>
      <form onSubmit={submit} noValidate>
        <ErrorNote error={change.error} fields={['current_password', 'new_password']} />
        {me.has_password && (
          <Field
            label="Current password"
            name="current_password"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
            error={fieldError(change.error, 'current_password')}
          />
        )}
        <Field
          label="New password"
          name="new_password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={fieldError(change.error, 'new_password')}
        />
        <Button type="submit" disabled={change.isPending}>
          Change password
        </Button>
        {change.isSuccess && (
          <span className="ml-3 text-sm text-green-700 dark:text-green-400">Changed; your other sessions were signed out.</span>
        )}
      </form>
    </Panel>
  );
}

function Providers() {
  const providers = useProviders();
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;
  return (
    <Panel title="Sign-in providers">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Link a provider to sign in with it. You stay signed in while linking.
      </p>
      <div className="flex gap-2">
        {list.map((p) => (
          <a
            key={p.id}
            href={`${p.start_url}?next=${encodeURIComponent('/settings/account')}`}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Link {p.name}
          </a>
        ))}
      </div>
    </Panel>
  );
}

/** API keys moved to their own page (they belong to a workspace, not to the account). */
function ApiKeysLink() {
  return (
    <Panel title="API keys">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        API keys belong to a workspace.{' '}
        <Link to="/settings/api-keys" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Manage the current workspace's API keys and CI snippets
        </Link>
      </p>
    </Panel>
  );
}

function Sessions() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const everywhere = useSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <Panel title="Sessions">
      <ErrorNote error={sessions.error ?? revoke.error} />
      <ul className="mb-4 divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {(sessions.data ?? []).map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-3 py-2">
            <span className="min-w-0 break-words">
              {s.user_agent || 'unknown browser'} · {s.ip} · last active {when(s.last_used_at)}
              {s.current && <strong className="ml-2">(this browser)</strong>}
            </span>
            {!s.current && (
              <span className="shrink-0">
                <Button variant="secondary" onClick={() => revoke.mutate(s.id)}>
                  Sign out
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <Button variant="danger" onClick={() => everywhere.mutate(undefined, { onSettled: () => navigate('/signin') })}>
        Sign out everywhere
      </Button>
    </Panel>
  );
}
