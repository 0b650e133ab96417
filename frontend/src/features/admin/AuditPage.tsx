import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorNote, fieldError } from '../auth/ui';
import { useAudit, useVerifyAudit, type AuditFilter } from './api';
import { at, Empty, Pager, Panel } from './AdminLayout';

const FIELDS: { key: keyof AuditFilter; label: string; type: string; placeholder?: string }[] = [
  { key: 'actor', label: 'Actor', type: 'text', placeholder: 'email, name or id' },
  { key: 'action', label: 'Action', type: 'text', placeholder: 'e.g. admin. or auth.signin' },
  { key: 'target', label: 'Target', type: 'text', placeholder: 'e.g. user: or user:ID' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];

/**
 * The audit log: filters kept in the URL (?actor=&action=&target=&from=&to=),
 * newest first, paged; "Verify chain" checks every entry's hash from the first.
 */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    target: params.get('target') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const [form, setForm] = useState(filter);
  const q = useAudit(filter, params.get('cursor') ?? '');
  const verify = useVerifyAudit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const f of FIELDS) if (form[f.key].trim()) p.set(f.key, form[f.key].trim());
    setParams(p);
  };
  const clear = () => {
    setForm({ actor: '', action: '', target: '', from: '', to: '' });
    setParams(new URLSearchParams());
  };
  const items = q.data?.items ?? [];
  const filtered = FIELDS.some((f) => filter[f.key]);
  const v = verify.data;
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <Panel
        title="Hash chain"
        actions={
          <button
            type="button"
            onClick={() => verify.mutate()}
            disabled={verify.isPending}
            data-testid="verify-chain"
            className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
          >
            {verify.isPending ? 'Verifying…' : 'Verify chain'}
          </button>
        }
      >
        <ErrorNote error={verify.error} />
        {v ? (
          <p
            role="status"
            data-testid="verify-result"
            className={`rounded-md px-3 py-2 text-sm ${
              v.intact
                ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-500/15 dark:text-emerald-200'
                : 'bg-red-50 text-red-800 dark:bg-red-500/15 dark:text-red-200'
            }`}
          >
            {v.message} <span className="text-xs opacity-80">Checked {at(v.verified_at)}.</span>
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Every entry's hash covers the one before it, so an edited, removed or reordered entry breaks the chain. Verify it from the first entry (the same
            check as <code>vigil admin audit verify</code>).
          </p>
        )}
      </Panel>
      <Panel title="Audit log">
        <form onSubmit={submit} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6" aria-label="Filter the audit log">
          {FIELDS.map((f) => {
            const err = fieldError(q.error, f.key);
            return (
              <div key={f.key} className={f.type === 'date' ? 'min-w-0' : 'min-w-0 lg:col-span-1'}>
                <label htmlFor={`audit-${f.key}`} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
                  {f.label}
                </label>
                <input
                  id={`audit-${f.key}`}
                  type={f.type}
                  value={form[f.key]}
                  placeholder={f.placeholder}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `audit-${f.key}-error` : undefined}
                  onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
                  className="mt-1 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950 dark:[color-scheme:dark]"
                />
                {err && (
                  <p id={`audit-${f.key}-error`} className="mt-1 text-xs text-red-600 dark:text-red-400">
                    {err}
                  </p>
                )}
              </div>
            );
          })}
          <div className="flex items-end gap-2">
            <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
              Filter
            </button>
            {filtered && (
              <button type="button" onClick={clear} className="rounded-md px-2 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                Clear
              </button>
            )}
          </div>
        </form>
        <ErrorNote error={q.error} fields={FIELDS.map((f) => f.key)} />
        {q.isPending ? (
          <p className="text-sm">Loading…</p>
        ) : items.length === 0 ? (
          <Empty>{filtered ? 'No entry matches these filters.' : 'The audit log is empty.'}</Empty>
        ) : (
          <>
            <table className="w-full table-fixed text-left text-sm max-md:hidden" data-testid="audit-table">
              <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
                <tr>
                  <th scope="col" className="w-16 py-2 pr-3">#</th>
                  <th scope="col" className="w-48 py-2 pr-3">When</th>
                  <th scope="col" className="py-2 pr-3">Action</th>
                  <th scope="col" className="py-2 pr-3">Actor</th>
                  <th scope="col" className="py-2">Target</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {items.map((e) => (
                  <tr key={e.id} data-testid="audit-row">
                    <td className="py-2 pr-3 text-slate-500">{e.seq}</td>
                    <td className="py-2 pr-3">{at(e.at)}</td>
                    <td className="truncate py-2 pr-3 font-mono text-xs" title={e.action}>{e.action}</td>
                    <td className="truncate py-2 pr-3" title={e.actor_email || e.actor_id}>{e.actor_email || e.actor_id || '—'}</td>
                    <td className="truncate py-2 font-mono text-xs" title={e.target}>{e.target || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="space-y-3 md:hidden" data-testid="audit-cards">
              {items.map((e) => (
                <li key={e.id} className="min-w-0 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid="audit-card">
                  <div className="break-all font-mono text-xs font-semibold">{e.action}</div>
                  <div className="mt-1 break-all">{e.actor_email || e.actor_id || 'no actor'}</div>
                  {e.target && <div className="mt-1 break-all font-mono text-xs text-slate-600 dark:text-slate-400">{e.target}</div>}
                  <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                    #{e.seq} · {at(e.at)}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        <Pager next={q.data?.next_cursor ?? ''} label="Audit log" />
      </Panel>
    </div>
  );
}
