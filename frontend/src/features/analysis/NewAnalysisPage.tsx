import { useReducer, type Dispatch } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useMe } from '../auth/api';
import { useBalance } from '../billing/api';
import { useCreateAnalysis, useQuote } from './api';
import { Section } from './ui';
import { buildSubmission, formReducer, initialForm, isReady, type FormAction } from './new/form';
import { SourcePicker } from './new/SourcePicker';
import { AnalysisOptions, TierPicker } from './new/AnalysisOptions';
import { QuotePanel } from './new/QuotePanel';
import { useWorkspacePath } from '../auth/workspace';

/**
 * New Analysis: upload or paste, tier and options, quote, confirm. The
 * form's state and rules are in new/form.ts; each section is its own part.
 */
export function NewAnalysisPage() {
  const wsPath = useWorkspacePath();
  const me = useMe();
  // With billing off nothing is charged: the estimate must not say otherwise.
  const billing = useBalance(!!me.data);
  const billingOff = billing.data?.billing_enabled === false;
  const navigate = useNavigate();
  const [form, apply] = useReducer(formReducer, initialForm);
  const quoteM = useQuote();
  const create = useCreateAnalysis();

  // Any edit makes the last quote (and its errors) stale.
  const dispatch: Dispatch<FormAction> = (a) => {
    apply(a);
    quoteM.reset();
    create.reset();
  };

  const error = create.error ?? quoteM.error;
  const fe = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);

  if (me.data === null) {
    return (
      <p className="text-sm">
        <Link className="text-indigo-600 underline dark:text-indigo-300" to="/signin?next=/analyses/new">
          Sign in
        </Link>{' '}
        to start an analysis.
      </p>
    );
  }

  const submission = buildSubmission(form);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">New analysis</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Upload an archive or files, or paste a snippet. You see the credit estimate before anything runs.
        </p>
      </div>

      <Section title="Code">
        <SourcePicker form={form} dispatch={dispatch} fe={fe} />
      </Section>

      <Section title="Tier">
        <TierPicker form={form} dispatch={dispatch} fe={fe} />
      </Section>

      <Section title="Options">
        <AnalysisOptions form={form} dispatch={dispatch} fe={fe} />
      </Section>

      <Section title="Estimate">
        <QuotePanel
          quote={form.quote}
          tier={form.tier}
          ready={isReady(form)}
          billingOff={billingOff}
          error={error}
          quoting={quoteM.isPending}
          starting={create.isPending}
          onQuote={() => quoteM.mutate(submission, { onSuccess: (quote) => apply({ type: 'quoted', quote }) })}
          onStart={() => create.mutate(submission, { onSuccess: (c) => navigate(wsPath(`analyses/${c.id}`)) })}
        />
      </Section>
    </div>
  );
}
