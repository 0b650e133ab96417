import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import {
  useApiKeys,
  useChangePassword,
  useCreateApiKey,
  useMe,
  useProviders,
  useRevokeApiKey,
  useRevokeSession,
  useSessions,
  useSignOutEverywhere,
  useUpdateProfile,
  type Me,
  type Scope,
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
      <ApiKeys me={me.data} />
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
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">Email: {me.email}</p>
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

const SCOPES: { id: Scope; label: string }[] = [
  { id: 'read', label: 'read (see results)' },
  { id: 'analyze', label: 'analyze (start analyses)' },
  { id: 'admin', label: 'admin (everything you may do)' },
];

function ApiKeys({ me }: { me: Me }) {
  const ws = me.workspace?.id;
  const keys = useApiKeys(ws);
  const create = useCreateApiKey(ws);
  const revoke = useRevokeApiKey(ws);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name, scopes }, { onSuccess: () => setName('') });
  }
  const toggle = (s: Scope) => setScopes((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  return (
    <Panel title={`API keys (${me.workspace?.name ?? 'workspace'})`}>
      <form onSubmit={submit} noValidate className="mb-4">
        <ErrorNote error={create.error} fields={['name']} />
        <Field label="Key name" name="key_name" value={name} onChange={setName} error={fieldError(create.error, 'name')} />
        <fieldset className="mb-3">
          <legend className="text-sm font-medium">Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s.id} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={scopes.includes(s.id)} onChange={() => toggle(s.id)} /> {s.label}
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={create.isPending}>
          Create key
        </Button>
      </form>
      {create.data?.key && (
        <div role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950">
          <p className="font-medium">Copy your new key now: it is shown only once.</p>
          <code className="mt-1 block break-all" data-testid="new-api-key">
            {create.data.key}
          </code>
        </div>
      )}
      <ErrorNote error={keys.error ?? revoke.error} />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-500">
            <th className="py-1">Name</th>
            <th>Prefix</th>
            <th>Scopes</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(keys.data ?? []).map((k) => (
            <tr key={k.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1">{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.scopes.join(', ')}</td>
              <td>{when(k.last_used_at)}</td>
              <td className="text-right">
                {k.revoked_at ? (
                  <span className="text-slate-500">revoked</span>
                ) : (
                  <Button variant="danger" onClick={() => revoke.mutate(k.id)}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
          <li key={s.id} className="flex items-center justify-between py-2">
            <span>
              {s.user_agent || 'unknown browser'} · {s.ip} · last active {when(s.last_used_at)}
              {s.current && <strong className="ml-2">(this browser)</strong>}
            </span>
            {!s.current && (
              <Button variant="secondary" onClick={() => revoke.mutate(s.id)}>
                Sign out
              </Button>
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
