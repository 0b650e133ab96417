import { useSearchParams } from 'react-router';
import { ErrorNote } from '../auth/ui';
import { useSignIns, type SignIn } from './api';
import { at, Empty, Pager, Panel, Tag } from './AdminLayout';

/** Sign-in attempts, newest first, paged. */
export function SignInsPage() {
  const [params] = useSearchParams();
  const q = useSignIns(params.get('cursor') ?? '');
  const items = q.data?.items ?? [];
  return (
    <Panel title="Sign-ins">
      <ErrorNote error={q.error} />
      {q.isPending ? (
        <p className="text-sm">Loading…</p>
      ) : items.length === 0 ? (
        <Empty>No sign-in attempts yet.</Empty>
      ) : (
        <>
          <table className="w-full text-left text-sm max-md:hidden">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3">When</th>
                <th scope="col" className="py-2 pr-3">Account</th>
                <th scope="col" className="py-2 pr-3">Result</th>
                <th scope="col" className="py-2 pr-3">Method</th>
                <th scope="col" className="py-2">From</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {items.map((s) => (
                <tr key={s.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{at(s.created_at)}</td>
                  <td className="py-2 pr-3">{s.email || <span className="text-slate-500">unknown account</span>}</td>
                  <td className="py-2 pr-3">
                    <Result s={s} />
                  </td>
                  <td className="py-2 pr-3">{s.method}</td>
                  <td className="py-2 text-slate-600 dark:text-slate-400">
                    {s.ip} · {browser(s.user_agent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden">
            {items.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="break-all font-medium">{s.email || 'unknown account'}</span>
                  <Result s={s} />
                </div>
                <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                  {at(s.created_at)} · {s.method} · {s.ip} · {browser(s.user_agent)}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pager next={q.data?.next_cursor ?? ''} label="Sign-ins" />
    </Panel>
  );
}

function Result({ s }: { s: SignIn }) {
  return s.success ? <Tag tone="green">Signed in</Tag> : <Tag tone="red">{s.reason ? `Failed: ${s.reason}` : 'Failed'}</Tag>;
}

/** "Chrome on macOS" from a user agent; the raw string when unknown. */
export function browser(ua: string): string {
  if (!ua) return 'unknown browser';
  const name = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : '';
  const os = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  if (name && os) return `${name} on ${os}`;
  return name || (ua.length > 40 ? ua.slice(0, 40) + '…' : ua);
}
