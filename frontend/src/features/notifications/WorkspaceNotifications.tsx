import { useState, type FormEvent } from 'react';
import { Button, ErrorNote, Field, Panel, fieldError, when } from '../auth/ui';
import {
  EVENT_LABELS,
  useChannelMutations,
  useChannels,
  useDeliveries,
  type ChannelKind,
  type ChannelView,
  type DeliveryStatus,
  type DeliveryView,
  type EventType,
} from './api';

const ALL_EVENTS = Object.keys(EVENT_LABELS) as EventType[];

const KINDS: { value: ChannelKind; label: string; hint: string }[] = [
  { value: 'slack', label: 'Slack', hint: 'The incoming webhook URL of a Slack app (https://hooks.slack.com/services/…).' },
  { value: 'webhook', label: 'Webhook', hint: 'Any HTTPS endpoint: each delivery is signed with HMAC-SHA256 (X-Vigil-Signature).' },
  { value: 'email', label: 'Email', hint: 'Sent through this instance’s SMTP server.' },
];

const FORM_FIELDS = ['name', 'kind', 'url', 'email', 'events'];

const selectCls = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950';

const STATUS_STYLE: Record<DeliveryStatus, string> = {
  delivered: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  failed: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  retrying: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  pending: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
};

/**
 * Where the workspace is told about its analyses and credits (owners and
 * admins): Slack, email and signed webhooks, each choosing its events,
 * with "send test" and the delivery log.
 */
export function WorkspaceNotifications({ workspaceId }: { workspaceId: string }) {
  const list = useChannels(workspaceId);
  const items = list.data?.items ?? [];
  return (
    <Panel title="Notifications">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Tell your team when an analysis completes or fails, when it finds new critical or high findings, and when credits are nearly
        spent. Failed deliveries are retried with growing waits for about an hour.
      </p>
      <ErrorNote error={list.error} />
      {list.isPending && <p>Loading…</p>}
      {list.isSuccess && items.length === 0 && (
        <p className="mb-4 rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          No channels yet. Add Slack, an email address or a webhook below.
        </p>
      )}
      {items.length > 0 && (
        <ul className="mb-4 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Notification channels">
          {items.map((c) => (
            <ChannelRow key={c.id} workspaceId={workspaceId} channel={c} />
          ))}
        </ul>
      )}
      <AddChannel workspaceId={workspaceId} />
    </Panel>
  );
}

function ChannelRow({ workspaceId, channel: c }: { workspaceId: string; channel: ChannelView }) {
  const m = useChannelMutations(workspaceId);
  const [open, setOpen] = useState(false);
  const toggle = (e: EventType) => {
    const events = c.events.includes(e) ? c.events.filter((x) => x !== e) : ALL_EVENTS.filter((x) => x === e || c.events.includes(x));
    m.update.mutate({ id: c.id, patch: { events } });
  };
  const tested = m.test.data;
  return (
    <li className="py-3 text-sm" data-channel={c.name}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium">
            {c.name}{' '}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600 dark:bg-slate-800 dark:text-slate-300">
              {c.kind}
            </span>
            {!c.enabled && <span className="ml-2 text-xs font-normal text-amber-700 dark:text-amber-300">paused</span>}
          </p>
          <p className="truncate text-xs text-slate-500 dark:text-slate-400" title={c.target_hint}>
            {c.target_hint}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={m.test.isPending} onClick={() => m.test.mutate(c.id)}>
            {m.test.isPending ? 'Sending…' : 'Send test'}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(!open)}>
            {open ? 'Hide deliveries' : 'Deliveries'}
          </Button>
          <Button variant="secondary" onClick={() => m.update.mutate({ id: c.id, patch: { enabled: !c.enabled } })}>
            {c.enabled ? 'Pause' : 'Resume'}
          </Button>
          <Button variant="danger" disabled={m.remove.isPending} onClick={() => m.remove.mutate(c.id)}>
            Remove
          </Button>
        </div>
      </div>
      <fieldset className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">Events sent to {c.name}</legend>
        {ALL_EVENTS.map((e) => (
          <label key={e} className="inline-flex items-center gap-1.5 text-xs">
            <input type="checkbox" checked={c.events.includes(e)} disabled={m.update.isPending} onChange={() => toggle(e)} />
            {EVENT_LABELS[e]}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={m.update.error ?? m.test.error ?? m.remove.error} />
      {tested && (
        <p role="status" className="mt-2 text-xs">
          Test <StatusBadge status={tested.status} /> {tested.response_code > 0 && <>HTTP {tested.response_code}</>} {tested.error}
        </p>
      )}
      {open && <Deliveries workspaceId={workspaceId} channelId={c.id} />}
    </li>
  );
}

function StatusBadge({ status }: { status: DeliveryStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>{status}</span>;
}

function Deliveries({ workspaceId, channelId }: { workspaceId: string; channelId: string }) {
  const page = useDeliveries(workspaceId, channelId);
  const items = page.data?.items ?? [];
  return (
    <div className="mt-3 overflow-x-auto">
      <ErrorNote error={page.error} />
      {page.isSuccess && items.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">Nothing sent yet.</p>}
      {items.length > 0 && (
        <table className="w-full text-left text-xs" aria-label="Delivery log">
          <thead>
            <tr className="text-slate-500 dark:text-slate-400">
              <th className="py-1 pr-2 font-medium">When</th>
              <th className="pr-2 font-medium">Event</th>
              <th className="pr-2 font-medium">Status</th>
              <th className="pr-2 font-medium">Tries</th>
              <th className="pr-2 font-medium">Code</th>
              <th className="font-medium">Detail</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                <td className="whitespace-nowrap py-1 pr-2">{when(d.created_at)}</td>
                <td className="pr-2">{d.event === 'test' ? 'Test' : EVENT_LABELS[d.event]}</td>
                <td className="pr-2">
                  <StatusBadge status={d.status} />
                </td>
                <td className="pr-2">{d.attempts}</td>
                <td className="pr-2">{d.response_code || '—'}</td>
                <td className="break-words">{detail(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function detail(d: DeliveryView): string {
  if (d.status === 'retrying' && d.next_attempt_at) return `${d.error} · next try ${when(d.next_attempt_at)}`;
  return d.error;
}

function AddChannel({ workspaceId }: { workspaceId: string }) {
  const { create } = useChannelMutations(workspaceId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ChannelKind>('slack');
  const [target, setTarget] = useState('');
  const [events, setEvents] = useState<EventType[]>(['analysis.failed', 'findings.critical_high', 'credits.low']);
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name: name.trim(), kind, events, ...(kind === 'email' ? { email: target.trim() } : { url: target.trim() }) },
      // The URL may hold a token: the form forgets it once stored.
      { onSuccess: () => (setName(''), setTarget('')) },
    );
  }
  const secret = create.data?.secret;
  return (
    <form onSubmit={submit} noValidate aria-label="Add a notification channel" className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="mb-2 text-sm font-semibold">Add a channel</h3>
      <ErrorNote error={create.error} fields={FORM_FIELDS} />
      {create.isSuccess && (
        <div role="status" className="mb-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          <p>Channel “{create.data.name}” added; its address is stored encrypted.</p>
          {secret && (
            <>
              <p className="mt-1 font-medium">Signing secret (shown this once; verify X-Vigil-Signature with it):</p>
              <code className="mt-1 block break-all">{secret}</code>
            </>
          )}
        </div>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Name" name="channel_name" value={name} onChange={setName} error={fieldError(create.error, 'name')} />
        <div className="mb-3">
          <label htmlFor="channel-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="channel-kind" value={kind} onChange={(e) => setKind(e.target.value as ChannelKind)} className={selectCls}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        label={kind === 'email' ? 'Email address' : kind === 'slack' ? 'Incoming webhook URL' : 'Endpoint URL'}
        name="channel_target"
        type={kind === 'email' ? 'email' : 'url'}
        autoComplete="off"
        value={target}
        onChange={setTarget}
        error={fieldError(create.error, kind === 'email' ? 'email' : 'url')}
      />
      <p className="-mt-2 mb-3 text-xs text-slate-500 dark:text-slate-400">
        {KINDS.find((k) => k.value === kind)?.hint}
        {kind !== 'email' && ' Internal addresses are refused unless your operator allows them.'}
      </p>
      <fieldset className="mb-3">
        <legend className="text-sm font-medium">Events</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {ALL_EVENTS.map((ev) => (
            <label key={ev} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="channel_events"
                value={ev}
                checked={events.includes(ev)}
                onChange={() => setEvents(events.includes(ev) ? events.filter((x) => x !== ev) : ALL_EVENTS.filter((x) => x === ev || events.includes(x)))}
              />
              {EVENT_LABELS[ev]}
            </label>
          ))}
        </div>
        {fieldError(create.error, 'events') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fieldError(create.error, 'events')}</p>}
      </fieldset>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add channel'}
      </Button>
    </form>
  );
}
