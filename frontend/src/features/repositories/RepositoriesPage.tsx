import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ErrorNote, Field, Panel, fieldError } from '../auth/ui';
import { installGitHub, useInstalled, useRepositories, useRepositoryMutations, type Repository } from './api';

/** Connected repositories: list, add by HTTPS clone URL, GitHub App installation. */
export function RepositoriesPage() {
  const list = useRepositories();
  const repos = list.data ?? [];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Repositories</h1>
      <Panel title="Connected repositories">
        <ErrorNote error={list.error} />
        {list.isPending && <p>Loading…</p>}
        {list.isSuccess && repos.length === 0 && (
          <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
            No repositories yet. Add one by its clone URL below, or install the GitHub App.
          </p>
        )}
        {repos.length > 0 && (
          <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Repositories">
            {repos.map((r) => (
              <RepositoryRow key={r.id} r={r} />
            ))}
          </ul>
        )}
      </Panel>
      <AddRepository />
      <GitHubPanel />
    </div>
  );
}

function RepositoryRow({ r }: { r: Repository }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3">
      <div className="min-w-0">
        <Link to={`/repositories/${r.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          {r.name}
        </Link>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">
          {r.provider === 'github' ? 'GitHub App' : 'git'} · {r.default_branch || 'default branch'} · {r.tier}
          {r.has_token ? ` · token ••••${r.token_last4 ?? ''}` : ''}
          {r.watched ? '' : ' · not watched'}
        </p>
      </div>
    </li>
  );
}

function AddRepository() {
  const { add } = useRepositoryMutations();
  const [url, setURL] = useState('');
  const [token, setToken] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate({ url: url.trim(), ...(token ? { token } : {}) }, { onSuccess: () => (setURL(''), setToken('')) });
  }
  return (
    <Panel title="Add a repository">
      <form onSubmit={submit} noValidate aria-label="Add a repository">
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
          Any git host (GitLab, Gitea, Bitbucket, self-hosted) by its HTTPS clone URL. A token for a private repository is stored
          encrypted and never shown again.
        </p>
        <ErrorNote error={add.error} fields={['url', 'token']} />
        {add.isSuccess && (
          <p role="status" className="mb-3 text-sm text-emerald-700 dark:text-emerald-300">
            Connected {add.data.name}.
          </p>
        )}
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Clone URL" name="repo_url" value={url} onChange={setURL} error={fieldError(add.error, 'url')} />
          <Field
            label="Access token (optional)"
            name="repo_token"
            type="password"
            autoComplete="off"
            required={false}
            value={token}
            onChange={setToken}
            error={fieldError(add.error, 'token')}
          />
        </div>
        <Button type="submit" disabled={add.isPending || !url.trim()}>
          Add repository
        </Button>
      </form>
    </Panel>
  );
}

function GitHubPanel() {
  const installed = useInstalled();
  const [params] = useSearchParams();
  const { add } = useRepositoryMutations();
  const [err, setErr] = useState<unknown>(null);
  if (installed.isPending || installed.data === null) return null;
  const repos = installed.data?.repositories ?? [];
  // GitHub's setup callback comes back here with ?github=installed.
  const justInstalled = params.get('github') === 'installed';
  return (
    <Panel title="GitHub">
      <ErrorNote error={installed.error ?? err ?? add.error} />
      {justInstalled && (
        <p role="status" className="mb-3 text-sm text-emerald-700 dark:text-emerald-300">
          The GitHub App is installed for this workspace: watch the repositories Vigil should scan.
        </p>
      )}
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Install the Vigil GitHub App on the repositories you choose: pushes to the default branch and pull requests are then scanned,
        and pull requests get a review with comments on their changed lines.
      </p>
      <Button onClick={() => installGitHub().catch(setErr)}>Install on GitHub</Button>
      {repos.length > 0 && (
        <ul className="mt-4 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Installed repositories">
          {repos.map((r) => (
            <li key={`${r.installation_id}-${r.github_id}`} className="flex items-center justify-between gap-2 py-2">
              <span>
                {r.full_name} {r.private && <span className="text-xs text-slate-500">private</span>}
              </span>
              {r.repository_id ? (
                <Link to={`/repositories/${r.repository_id}`} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
                  Watched
                </Link>
              ) : (
                <Button variant="secondary" disabled={add.isPending} onClick={() => add.mutate({ url: r.url })}>
                  Watch {r.full_name}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
