import { Link } from 'react-router';
import { useMeta, useReadiness } from '../api/meta';
import { ApiError } from '../api/client';
import { useMe } from '../features/auth/api';
import { DashboardPage } from '../features/dashboard/DashboardPage';

const steps = [
  {
    title: 'Submit code',
    text: 'Upload an archive, paste a snippet or run vigil scan --server from CI. You see the estimate before anything runs.',
  },
  {
    title: 'Static analysis, then AI review',
    text: 'Rules over syntax trees, taint flows, secrets and vulnerable dependencies; then language models triage each finding and suggest fixes.',
  },
  {
    title: 'Act on the report',
    text: 'Severity, data-flow traces and CWE/OWASP mapping; triage findings and export SARIF for code scanning.',
  },
];

/** The home page: the workspace dashboard when signed in, else what Vigil is. */
export function Home() {
  const me = useMe();
  if (me.data) return <DashboardPage />;
  return <Welcome />;
}

/** For visitors: what Vigil is and whether this instance is healthy. */
function Welcome() {
  const meta = useMeta();
  const ready = useReadiness();
  let status: { label: string; tone: string; detail: string };
  if (ready.isPending) {
    status = { label: 'Checking…', tone: 'bg-slate-400', detail: 'Asking the server whether it is ready.' };
  } else if (ready.isSuccess) {
    status = { label: 'Running', tone: 'bg-emerald-500', detail: 'The database is reachable and migrations are current.' };
  } else {
    const err = ready.error;
    status = {
      label: 'Not ready',
      tone: 'bg-amber-500',
      detail:
        err instanceof ApiError && err.status === 0
          ? err.detail
          : 'The server answered but is not ready to serve requests (database or migrations).',
    };
  }
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wider text-indigo-600 dark:text-indigo-400">Dashboard</p>
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
          Security analysis for your code, on your own infrastructure.
        </h1>
        <p className="max-w-2xl text-lg text-slate-600 dark:text-slate-300">
          Vigil finds vulnerabilities with static analysis and explains them with AI. It runs as one binary with its own
          database, so your source code never has to leave your network.
        </p>
      </section>

      <section aria-labelledby="status-heading" className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="status-heading" className="text-sm font-medium text-slate-500 dark:text-slate-400">
            Instance status
          </h2>
          <p className="mt-2 flex items-center gap-2 text-xl font-semibold" data-testid="ready-status">
            <span className={`inline-block h-2.5 w-2.5 rounded-full ${status.tone}`} aria-hidden="true" />
            {status.label}
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{status.detail}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 className="text-sm font-medium text-slate-500 dark:text-slate-400">Version</h2>
          <p className="mt-2 font-mono text-xl font-semibold" data-testid="version">
            {meta.data?.version ?? (meta.isError ? 'unknown' : '…')}
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Integrate through the <Link className="text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400" to="/docs/api">HTTP API</Link>.
          </p>
        </div>
      </section>

      <section aria-labelledby="how-heading" className="space-y-4">
        <h2 id="how-heading" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s.title} className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <span className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white">
                {i + 1}
              </span>
              <h3 className="mt-3 font-semibold">{s.title}</h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{s.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
