import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { useApiKeys, useCreateApiKey, useMe, useRevokeApiKey, type Me, type Scope } from './api';
import { Button, ErrorNote, Field, Panel, fieldError, when } from './ui';
import { roleCan } from './workspace';
import { ResponsiveTable } from '../../components/ResponsiveTable';

const SCOPES: { id: Scope; label: string }[] = [
  { id: 'read', label: 'read (see analyses and reports)' },
  { id: 'analyze', label: 'analyze (start analyses, triage)' },
  { id: 'admin', label: 'admin (everything you may do)' },
];

/** The CI snippets, each calling `vigil scan --server` with the key from a secret. */
export function ciSnippets(server: string): { id: string; title: string; file: string; text: string }[] {
  return [
    {
      id: 'github',
      title: 'GitHub Actions',
      file: '.github/workflows/vigil.yml',
      text: `name: vigil
on: [push, pull_request]
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # vigil must be on PATH (the release binary or the vigil image)
      - name: Vigil scan
        env:
          VIGIL_API_KEY: \${{ secrets.VIGIL_API_KEY }}
        run: vigil scan --server ${server} --format sarif -o vigil.sarif --fail-on high .
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: vigil.sarif
`,
    },
    {
      id: 'gitlab',
      title: 'GitLab CI',
      file: '.gitlab-ci.yml',
      text: `vigil:
  stage: test
  # vigil must be on PATH (the release binary or the vigil image);
  # VIGIL_API_KEY: a masked CI/CD variable holding the key
  script:
    - vigil scan --server ${server} --format sarif -o vigil.sarif --fail-on high .
  artifacts:
    when: always
    paths: [vigil.sarif]
`,
    },
    {
      id: 'shell',
      title: 'Shell',
      file: 'any terminal',
      text: `export VIGIL_API_KEY=vigil_...   # the key created above
vigil scan --server ${server} --fail-on high .
`,
    },
  ];
}

/** A button that copies text and says so (for screen readers too). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={() => void copy()} aria-label={label}>
        Copy
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text and copy it by hand' : ''}
      </span>
    </span>
  );
}

/**
 * /settings/api-keys: the current workspace's API keys (a key acts in the
 * workspace it was created in, with its creator's role there and its
 * scopes), a copy button for a new key, and CI snippets using it.
 */
export function ApiKeysPage() {
  const me = useMe();
  if (me.isPending) return <p>Loading…</p>;
  if (!me.data) return <Navigate to="/signin?next=/settings/api-keys" replace />;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">API keys</h1>
      <ApiKeys me={me.data} />
      <Snippets />
    </div>
  );
}

function ApiKeys({ me }: { me: Me }) {
  const ws = me.workspace;
  const allowed = roleCan(ws?.role, 'apikeys:manage');
  const keys = useApiKeys(allowed ? ws?.id : undefined);
  const create = useCreateApiKey(ws?.id);
  const revoke = useRevokeApiKey(ws?.id);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name, scopes }, { onSuccess: () => setName('') });
  }
  const toggle = (s: Scope) => setScopes((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  return (
    <Panel title="Keys">
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300" data-testid="api-keys-workspace">
        Keys for <strong>{ws ? (ws.personal ? `${ws.name} (personal)` : ws.name) : 'your workspace'}</strong>
        {ws && <> · you are {ws.role}</>}. A key acts only in this workspace, with your role there, limited by its scopes. Switch
        workspaces in the header to manage another workspace's keys.
      </p>
      {!allowed ? (
        <p className="text-sm" data-testid="api-keys-not-allowed">
          As a {ws?.role ?? 'guest'} you cannot create API keys here; ask an admin of the workspace for the member role.
        </p>
      ) : (
        <>
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
            <div className="mb-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950">
              <p className="font-medium">Copy your new key now: it is shown only once.</p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <code className="block min-w-0 break-all" data-testid="new-api-key">
                  {create.data.key}
                </code>
                <CopyButton text={create.data.key} label="Copy the new API key" />
              </div>
            </div>
          )}
          <ErrorNote error={keys.error ?? revoke.error} />
          {(keys.data ?? []).length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">No keys yet in this workspace.</p>
          ) : (
            <ResponsiveTable
              caption="API keys of this workspace"
              data-testid="api-keys-table"
              variant="plain"
              rows={keys.data ?? []}
              rowKey={(k) => k.id}
              columns={[
                {
                  label: 'Key',
                  card: 'plain',
                  cell: (k) => (
                    <>
                      <strong className="break-words">{k.name}</strong> <code className="text-xs">{k.prefix}…</code>
                    </>
                  ),
                },
                { label: 'Scopes', cell: (k) => k.scopes.join(', ') },
                { label: 'Created', cell: (k) => when(k.created_at) },
                { label: 'Last used', cell: (k) => (k.last_used_at ? when(k.last_used_at) : 'Never') },
                {
                  label: 'Actions',
                  header: <span className="sr-only">Actions</span>,
                  card: 'plain',
                  align: 'right',
                  cell: (k) =>
                    k.revoked_at ? (
                      <span className="text-slate-500">Revoked</span>
                    ) : (
                      <Button variant="danger" onClick={() => revoke.mutate(k.id)} aria-label={`Revoke ${k.name}`}>
                        Revoke
                      </Button>
                    ),
                },
              ]}
            />
          )}
        </>
      )}
    </Panel>
  );
}

function Snippets() {
  const server = typeof window === 'undefined' ? 'https://vigil.example.com' : window.location.origin;
  const snippets = ciSnippets(server);
  const [tab, setTab] = useState(snippets[0].id);
  const current = snippets.find((s) => s.id === tab) ?? snippets[0];
  return (
    <Panel title="Use a key in CI">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Store the key as a secret named <code>VIGIL_API_KEY</code>; <code>vigil scan --server</code> uploads the files a local scan would read,
        waits for this server's report and exits 1 when something at or above <code>--fail-on</code> is found.
      </p>
      <div role="tablist" aria-label="CI system" className="mb-2 flex flex-wrap gap-1">
        {snippets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === tab}
            aria-controls={`snippet-${s.id}`}
            onClick={() => setTab(s.id)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${
              s.id === tab ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300' : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
            }`}
          >
            {s.title}
          </button>
        ))}
      </div>
      <div id={`snippet-${current.id}`} role="tabpanel" aria-label={current.title}>
        <div className="mb-1 flex items-center justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
          <span>{current.file}</span>
          <CopyButton text={current.text} label={`Copy the ${current.title} snippet`} />
        </div>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" data-testid="ci-snippet">
          <code>{current.text}</code>
        </pre>
      </div>
    </Panel>
  );
}
