import { ApiError } from '../../../api/client';
import { ErrorNote } from '../../auth/ui';
import type { Quote, Tier } from '../api';
import { fmtBytes } from './form';

/** Fields shown next to their inputs; errors on any other field are listed here. */
const FIELDS_SHOWN_INLINE = ['files', 'content', 'filename', 'tier', 'options', 'options.focus'];

/** Field errors the form cannot show beside an input. */
export function otherFieldErrors(error: unknown) {
  return error instanceof ApiError ? error.fieldErrors.filter((f) => !FIELDS_SHOWN_INLINE.includes(f.field)) : [];
}

/**
 * The estimate: request errors, the quote (credits, size, notes), and the
 * two steps, "Get quote" then "Confirm and start".
 */
export function QuotePanel({
  quote,
  tier,
  ready,
  billingOff,
  error,
  quoting,
  starting,
  onQuote,
  onStart,
}: {
  quote: Quote | null;
  tier: Tier;
  ready: boolean;
  billingOff: boolean;
  error: unknown;
  quoting: boolean;
  starting: boolean;
  onQuote: () => void;
  onStart: () => void;
}) {
  const others = otherFieldErrors(error);
  // An error made only of field errors is shown beside the fields.
  const onlyInlineFields = error instanceof ApiError && error.fieldErrors.length > 0 && others.length === 0;
  return (
    <>
      {error != null && !onlyInlineFields && <ErrorNote error={error} />}
      {others.length > 0 && (
        <ul role="alert" className="mb-3 list-disc pl-5 text-sm text-red-600 dark:text-red-400">
          {others.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {quote ? (
        <div data-testid="quote" className="space-y-2 text-sm">
          <p className="text-base">
            <strong className="text-2xl">{quote.min_credits === quote.max_credits ? quote.min_credits : `${quote.min_credits}–${quote.max_credits}`}</strong>{' '}
            {quote.max_credits === 1 ? 'credit' : 'credits'} for {quote.files} {quote.files === 1 ? 'file' : 'files'}, {quote.lines.toLocaleString()} {quote.lines === 1 ? 'line' : 'lines'} ({fmtBytes(quote.bytes)}).
          </p>
          <p className="text-slate-600 dark:text-slate-400" data-testid="quote-charge">
            {billingOff
              ? 'Billing is off on this instance: nothing is charged; the estimate shows the size of the work.'
              : 'The maximum is held while the analysis runs; you are charged the actual cost and the rest is released.'}
          </p>
          {!quote.ai_configured && tier !== 'static' && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">AI review not configured on this server: the analysis runs the static rules only.</p>
          )}
          {quote.notes.length > 0 && (
            <ul className="list-disc pl-5 text-slate-600 dark:text-slate-400">
              {quote.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{ready ? 'Get a quote to see the cost.' : 'Add code first.'}</p>
      )}
      <div className="mt-4 flex gap-2">
        <button
          type="button"
          disabled={!ready || quoting}
          onClick={onQuote}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {quoting ? 'Checking…' : 'Get quote'}
        </button>
        <button
          type="button"
          disabled={!quote || starting}
          onClick={onStart}
          className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
        >
          {starting ? 'Starting…' : 'Confirm and start'}
        </button>
      </div>
    </>
  );
}
