import type { Dispatch } from 'react';
import type { Tier } from '../api';
import { inputClass } from '../ui';
import type { FormAction, FormState } from './form';
import type { FieldError } from './SourcePicker';

export const TIERS: { id: Tier; name: string; what: string }[] = [
  { id: 'static', name: 'Static', what: 'Rules only: syntax-tree rules, taint flows, secrets and dependency checks. Fast, cheapest, no AI.' },
  {
    id: 'standard',
    name: 'Standard',
    what: 'Static analysis plus AI triage of every finding and an AI review of the riskiest files.',
  },
  {
    id: 'deep',
    name: 'Deep',
    what: 'AI review of all files, suggested fixes and an adversarial re-check of each finding.',
  },
];

/** OWASP Top 10 2021 categories a user may ask the AI review to focus on. */
export const FOCUS_AREAS: [string, string][] = [
  ['A01', 'Broken access control'],
  ['A02', 'Cryptographic failures'],
  ['A03', 'Injection'],
  ['A04', 'Insecure design'],
  ['A05', 'Security misconfiguration'],
  ['A06', 'Vulnerable components'],
  ['A07', 'Authentication failures'],
  ['A08', 'Software and data integrity'],
  ['A09', 'Logging and monitoring'],
  ['A10', 'Server-side request forgery'],
];

/** The tier cards; each AI tier says when the server has no AI configured (known from the last quote). */
export function TierPicker({ form, dispatch, fe }: { form: FormState; dispatch: Dispatch<FormAction>; fe: FieldError }) {
  return (
    <fieldset>
      <legend className="sr-only">Tier</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {TIERS.map((t) => (
          <label
            key={t.id}
            className={`flex cursor-pointer flex-col gap-1 rounded-lg border p-4 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${
              form.tier === t.id ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-500/10' : 'border-slate-200 dark:border-slate-700'
            }`}
          >
            <span className="flex items-center gap-2 font-semibold">
              <input type="radio" name="tier" value={t.id} checked={form.tier === t.id} onChange={() => dispatch({ type: 'tier', tier: t.id })} />
              {t.name}
            </span>
            <span className="text-slate-600 dark:text-slate-400">{t.what}</span>
            {t.id !== 'static' && form.quote && !form.quote.ai_configured && (
              <span className="text-xs font-medium text-amber-700 dark:text-amber-300">AI review not configured: runs static-only</span>
            )}
          </label>
        ))}
      </div>
      {fe('tier') && <p className="mt-2 text-sm text-red-600 dark:text-red-400">{fe('tier')}</p>}
    </fieldset>
  );
}

/** Name, exclude globs, test files, and (AI tiers only) the focus areas. */
export function AnalysisOptions({ form, dispatch, fe }: { form: FormState; dispatch: Dispatch<FormAction>; fe: FieldError }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="analysis-name" className="block text-sm font-medium">
            Name <span className="font-normal text-slate-500 dark:text-slate-400">(optional; analyses with the same name are compared)</span>
          </label>
          <input id="analysis-name" className={`mt-1 w-full ${inputClass}`} value={form.name} onChange={(e) => dispatch({ type: 'name', value: e.target.value })} />
          {fe('name') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('name')}</p>}
        </div>
        <div>
          <label htmlFor="exclude" className="block text-sm font-medium">
            Exclude globs <span className="font-normal text-slate-500 dark:text-slate-400">(one per line or comma-separated)</span>
          </label>
          <textarea id="exclude" rows={2} placeholder="docs/**, vendor/**" className={`mt-1 w-full font-mono ${inputClass}`} value={form.exclude} onChange={(e) => dispatch({ type: 'exclude', value: e.target.value })} />
          {fe('options') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('options')}</p>}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.includeTests} onChange={(e) => dispatch({ type: 'includeTests', value: e.target.checked })} />
          Include test files
        </label>
      </div>
      {form.tier !== 'static' && (
        <fieldset className="mt-4">
          <legend className="text-sm font-medium">
            Focus areas <span className="font-normal text-slate-500 dark:text-slate-400">(optional; the AI review looks at these first; static rules always all run)</span>
          </legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {FOCUS_AREAS.map(([id, label]) => (
              <label key={id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={form.focus.includes(id)} onChange={(e) => dispatch({ type: 'focus', id, on: e.target.checked })} />
                <span>
                  <span className="font-mono text-xs">{id}</span> {label}
                </span>
              </label>
            ))}
          </div>
          {fe('options.focus') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('options.focus')}</p>}
        </fieldset>
      )}
    </>
  );
}
