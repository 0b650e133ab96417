import { useState, type FormEvent } from 'react';
import { Button, ErrorNote, Field, Panel, fieldError, when } from '../auth/ui';
import { useAIProviderMutations, useAIProviders, type AIProviderView, type ModelTier, type ProviderKind } from './api';
import { HealthBadge } from './HealthBadge';

const KINDS: { value: ProviderKind; label: string; hint: string }[] = [
  { value: 'openai', label: 'OpenAI or compatible', hint: 'Empty base URL = api.openai.com; or e.g. https://openrouter.ai/api/v1' },
  { value: 'anthropic', label: 'Anthropic', hint: 'Empty base URL = api.anthropic.com' },
  { value: 'ollama', label: 'Ollama', hint: 'Base URL of your Ollama server' },
];

/** The fields the add form shows errors under (ErrorNote does not repeat them). */
const AI_FORM_FIELDS = ['name', 'base_url', 'api_key', 'models', 'models[0].name', 'models[0].input_price', 'models[0].output_price', 'models[0].context'];

const selectCls = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950';

/**
 * The workspace's own AI provider keys (owners and admins). Keys are sent
 * once, checked by the server with a free call to the provider and never
 * shown again: only their last 4 characters.
 */
export function WorkspaceAIProviders({ workspaceId }: { workspaceId: string }) {
  const list = useAIProviders(workspaceId);
  const m = useAIProviderMutations(workspaceId);
  const items = list.data?.items ?? [];
  return (
    <Panel title="AI provider keys">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        Bring your own key: this workspace's analyses then use only its own providers, the provider bills you directly and no AI
        credits are charged.
      </p>
      <ErrorNote error={list.error ?? m.remove.error} />
      {list.isPending && <p>Loading…</p>}
      {list.isSuccess && items.length === 0 && (
        <p className="mb-4 rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
          No keys yet: analyses use the instance's AI providers (charged in credits), or run static-only when there are none.
        </p>
      )}
      {items.length > 0 && (
        <ul className="mb-4 divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {items.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-3 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {p.name} <span className="font-normal text-slate-500 dark:text-slate-400">{p.kind}</span>{' '}
                  {p.health && <HealthBadge breaker={p.health.breaker} calls={p.health.calls} />}
                </p>
                <p className="truncate text-xs text-slate-500 dark:text-slate-400" title={details(p)}>
                  {details(p)}
                </p>
              </div>
              <Button variant="danger" disabled={m.remove.isPending} onClick={() => m.remove.mutate(p.id)}>
                Remove {p.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AddProvider workspaceId={workspaceId} />
    </Panel>
  );
}

function details(p: AIProviderView): string {
  const key = p.has_key ? (p.key_last4 ? `key ••••${p.key_last4}` : 'key stored') : 'no key';
  const models = p.models.map((mo) => `${mo.name} (${mo.tier})`).join(', ');
  return `${key} · ${p.base_url || 'default endpoint'} · ${models} · checked ${when(p.last_validated_at)}`;
}

function AddProvider({ workspaceId }: { workspaceId: string }) {
  const { add } = useAIProviderMutations(workspaceId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProviderKind>('openai');
  const [baseURL, setBaseURL] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [model, setModel] = useState('');
  const [tier, setTier] = useState<ModelTier>('fast');
  const [inPrice, setInPrice] = useState('0');
  const [outPrice, setOutPrice] = useState('0');
  const [context, setContext] = useState('128000');
  const modelErr = (f: string) => fieldError(add.error, `models[0].${f}`) ?? (f === 'name' ? fieldError(add.error, 'models') : undefined);
  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate(
      {
        name: name.trim(),
        kind,
        base_url: baseURL.trim(),
        api_key: apiKey,
        models: [{ name: model.trim(), tier, input_price: Number(inPrice) || 0, output_price: Number(outPrice) || 0, context: Number(context) || 0 }],
      },
      // The key leaves the page once: the form forgets it on success.
      { onSuccess: () => (setName(''), setApiKey(''), setBaseURL(''), setModel('')) },
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Add an AI provider key" className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="mb-2 text-sm font-semibold">Add a key</h3>
      <ErrorNote error={add.error} fields={AI_FORM_FIELDS} />
      {add.isSuccess && (
        <p role="status" className="mb-3 text-sm text-emerald-700 dark:text-emerald-300">
          Key checked with the provider and stored encrypted.
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Name" name="ai_name" value={name} onChange={setName} error={fieldError(add.error, 'name')} />
        <div className="mb-3">
          <label htmlFor="ai-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="ai-kind" value={kind} onChange={(e) => setKind(e.target.value as ProviderKind)} className={selectCls}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Base URL (optional)"
          name="ai_base_url"
          value={baseURL}
          onChange={setBaseURL}
          required={false}
          error={fieldError(add.error, 'base_url')}
        />
        <Field
          label="API key"
          name="ai_api_key"
          type="password"
          autoComplete="off"
          value={apiKey}
          onChange={setApiKey}
          required={kind !== 'ollama'}
          error={fieldError(add.error, 'api_key')}
        />
      </div>
      <p className="-mt-2 mb-3 text-xs text-slate-500 dark:text-slate-400">{KINDS.find((k) => k.value === kind)?.hint}. Internal addresses are refused unless your operator allows them.</p>
      <div className="grid gap-x-4 sm:grid-cols-5">
        <div className="sm:col-span-2">
          <Field label="Model" name="ai_model" value={model} onChange={setModel} error={modelErr('name')} />
        </div>
        <div className="mb-3">
          <label htmlFor="ai-tier" className="block text-sm font-medium">
            Tier
          </label>
          <select id="ai-tier" value={tier} onChange={(e) => setTier(e.target.value as ModelTier)} className={selectCls}>
            <option value="fast">fast</option>
            <option value="strong">strong</option>
          </select>
        </div>
        <Field label="$ / M input" name="ai_in_price" type="number" value={inPrice} onChange={setInPrice} error={modelErr('input_price')} />
        <Field label="$ / M output" name="ai_out_price" type="number" value={outPrice} onChange={setOutPrice} error={modelErr('output_price')} />
      </div>
      <Field label="Context window (tokens)" name="ai_context" type="number" value={context} onChange={setContext} error={modelErr('context')} />
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? 'Checking the key…' : 'Check and add'}
      </Button>
    </form>
  );
}
