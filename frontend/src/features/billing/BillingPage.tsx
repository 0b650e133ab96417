import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/api';
import { Button, ErrorNote, Field, fieldError, Panel, when } from '../auth/ui';
import {
  kindLabel,
  money,
  useBalance,
  useCheckouts,
  useGrant,
  useLedger,
  usePacks,
  useStartCheckout,
  type Checkout,
  type LedgerEntry,
  type Pack,
} from './api';
import { LoadMore } from '../../components/LoadMore';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { useWorkspacePath } from '../auth/workspace';

/** /billing: balance, packs for sale, purchases and the full ledger. */
export function BillingPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const signedIn = !!me.data;
  const balance = useBalance(signedIn);
  if (me.isPending) return <p className="text-sm">Loading…</p>;
  if (!signedIn) {
    return (
      <p className="text-sm">
        <Link className="text-indigo-600 underline dark:text-indigo-400" to="/signin?next=/billing">
          Sign in
        </Link>{' '}
        to see your credits.
      </p>
    );
  }
  const b = balance.data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Billing</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Credits pay for analyses. Each analysis shows its price before it starts; unused credits roll over.
        </p>
      </div>
      {params.get('checkout') === 'cancelled' && (
        <p role="status" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200">
          Checkout cancelled: nothing was charged and your balance is unchanged.
        </p>
      )}
      <ErrorNote error={balance.error} />
      {b && (
        <section aria-label="Balance" className="grid gap-4 sm:grid-cols-3">
          <Stat label="Balance" value={b.balance} testId="billing-balance" negative={b.balance < 0} />
          <Stat label="Held by running analyses" value={b.held} />
          <Stat label="Available" value={b.available} />
        </section>
      )}
      {b && b.balance < 0 && (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          The balance is negative after a refund or a payment dispute. New analyses are refused until credits are added.
        </p>
      )}
      {b && !b.billing_enabled ? (
        <Panel title="Billing is off">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This instance does not sell credits (no Stripe key is configured), so analyses never wait for credits.
          </p>
        </Panel>
      ) : (
        <Packs />
      )}
      <Purchases />
      <History />
      {me.data?.instance_admin && <AdminGrant defaultWorkspace={me.data.workspace?.id ?? ''} />}
    </div>
  );
}

function Stat({ label, value, testId, negative = false }: { label: string; value: number; testId?: string; negative?: boolean }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
      <p data-testid={testId} className={`mt-1 text-3xl font-semibold tabular-nums ${negative ? 'text-red-600 dark:text-red-400' : ''}`}>
        {value.toLocaleString()}
      </p>
    </div>
  );
}

function Packs() {
  const packs = usePacks();
  const start = useStartCheckout();
  const [chosen, setChosen] = useState('');
  const buy = (p: Pack) => {
    setChosen(p.id);
    start.mutate(p.id, { onSuccess: (r) => window.location.assign(r.url) });
  };
  const list = packs.data?.packs ?? [];
  return (
    <Panel title="Buy credits">
      <ErrorNote error={packs.error ?? start.error} />
      {packs.isPending && <p className="text-sm">Loading packs…</p>}
      {!packs.isPending && list.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No credit packs are configured.</p>}
      <ul className="grid gap-4 sm:grid-cols-3">
        {list.map((p) => (
          <li key={p.id} className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <p className="font-semibold">{p.name}</p>
            <p className="mt-1 text-2xl font-bold tabular-nums">{p.credits.toLocaleString()} credits</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {money(p.price, p.currency)} · {money(Math.round(p.price / p.credits), p.currency)} per credit
            </p>
            <div className="mt-4">
              <button
                type="button"
                aria-label={`Buy ${p.name}: ${p.credits} credits for ${money(p.price, p.currency)}`}
                disabled={start.isPending || (start.isSuccess && chosen === p.id)}
                onClick={() => buy(p)}
                className="w-full rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
              >
                {chosen === p.id && (start.isPending || start.isSuccess) ? 'Opening Stripe…' : 'Buy'}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Payments are handled by Stripe; Vigil never sees your card.</p>
    </Panel>
  );
}

const STATUS_TEXT: Record<string, string> = {
  open: 'Awaiting payment',
  pending: 'Processing',
  paid: 'Paid',
  expired: 'Expired',
  failed: 'Failed',
};

const PURCHASE_COLUMNS: Column<Checkout>[] = [
  { label: 'Date', cell: (c) => when(c.created_at) },
  { label: 'Credits', align: 'right', cell: (c) => c.credits.toLocaleString() },
  { label: 'Amount', align: 'right', cell: (c) => money(c.amount, c.currency) },
  {
    label: 'Status',
    cell: (c) => (
      <>
        {STATUS_TEXT[c.status] ?? c.status}
        {c.refunded_credits > 0 && <span className="text-slate-500"> · {c.refunded_credits} refunded</span>}
        {c.disputed_credits > 0 && <span className="text-red-600 dark:text-red-400"> · {c.disputed_credits} disputed</span>}
      </>
    ),
  },
  {
    label: 'Receipt',
    cell: (c) =>
      c.receipt_url ? (
        <a className="text-indigo-600 underline dark:text-indigo-400" href={c.receipt_url} target="_blank" rel="noreferrer noopener">
          Receipt
        </a>
      ) : (
        <span className="text-slate-400">—</span>
      ),
  },
];

function ledgerColumns(byId: Map<string, Checkout>): Column<LedgerEntry>[] {
  return [
    { label: 'Time', className: 'md:whitespace-nowrap', cell: (e) => when(e.created_at) },
    { label: 'Kind', cell: (e) => kindLabel(e.kind) },
    {
      label: 'Amount',
      align: 'right',
      cell: (e) => (
        <span className={e.amount < 0 ? 'text-red-600 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}>{e.amount > 0 ? `+${e.amount}` : e.amount}</span>
      ),
    },
    { label: 'Balance', align: 'right', cell: (e) => e.balance_after },
    {
      label: 'For',
      cell: (e) => <EntryFor entry={e} checkout={e.reference_type === 'checkout' ? byId.get(e.reference_id ?? '') : undefined} />,
    },
  ];
}

function Purchases() {
  const q = useCheckouts();
  const list = q.data?.checkouts ?? [];
  if (!q.isPending && list.length === 0) return null;
  return (
    <Panel title="Purchases">
      <ErrorNote error={q.error} />
      <ResponsiveTable caption="Credit purchases" variant="plain" columns={PURCHASE_COLUMNS} rows={list} rowKey={(c) => c.id} />
    </Panel>
  );
}

function History() {
  const q = useLedger();
  const checkouts = useCheckouts();
  const byId = new Map((checkouts.data?.checkouts ?? []).map((c) => [c.id, c]));
  const entries = q.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Panel title="History">
      <ErrorNote error={q.error} />
      {q.isPending && <p className="text-sm">Loading…</p>}
      {!q.isPending && entries.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">No credit movements yet.</p>
      )}
      {entries.length > 0 && (
        <ResponsiveTable
          caption="Credit movements, newest first"
          data-testid="ledger"
          variant="plain"
          columns={ledgerColumns(byId)}
          rows={entries}
          rowKey={(e) => e.id}
        />
      )}
      {entries.length > 0 && (
        <div className="mt-3">
          <LoadMore pages={q} shown={entries.length} />
        </div>
      )}
    </Panel>
  );
}

function EntryFor({ entry, checkout }: { entry: LedgerEntry; checkout?: Checkout }) {
  const wsPath = useWorkspacePath();
  if (checkout) {
    return (
      <span>
        {entry.memo || 'Payment'} · {money(checkout.amount, checkout.currency)}
        {checkout.receipt_url && (
          <>
            {' · '}
            <a className="text-indigo-600 underline dark:text-indigo-400" href={checkout.receipt_url} target="_blank" rel="noreferrer noopener">
              receipt
            </a>
          </>
        )}
      </span>
    );
  }
  if (entry.reference_type === 'analysis' && entry.reference_id) {
    return (
      <Link className="text-indigo-600 underline dark:text-indigo-400" to={wsPath(`analyses/${entry.reference_id}`)}>
        {entry.memo || 'Analysis'}
      </Link>
    );
  }
  return <span>{entry.memo || '—'}</span>;
}

function AdminGrant({ defaultWorkspace }: { defaultWorkspace: string }) {
  const grant = useGrant();
  const [workspace, setWorkspace] = useState(defaultWorkspace);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    grant.mutate(
      { workspace_id: workspace.trim(), amount: Number(amount), reason: reason.trim(), idempotency_key: key },
      { onSuccess: () => { setAmount(''); setReason(''); setKey(crypto.randomUUID()); } },
    );
  };
  return (
    <Panel title="Grant or revoke credits (instance administrator)">
      <form onSubmit={submit} className="max-w-md">
        <ErrorNote error={grant.error} fields={['amount', 'reason', 'workspace_id']} />
        {grant.data && (
          <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
            {grant.data.applied ? 'Done.' : 'Already applied.'} That workspace now has {grant.data.balance.balance} credits.
          </p>
        )}
        <Field label="Workspace id" name="workspace_id" value={workspace} onChange={setWorkspace} error={fieldError(grant.error, 'workspace_id')} />
        <Field label="Amount (negative to revoke)" name="amount" type="number" value={amount} onChange={setAmount} error={fieldError(grant.error, 'amount')} />
        <Field label="Reason" name="reason" value={reason} onChange={setReason} error={fieldError(grant.error, 'reason')} />
        <Button type="submit" disabled={grant.isPending}>
          {Number(amount) < 0 ? 'Revoke' : 'Grant'}
        </Button>
      </form>
    </Panel>
  );
}
