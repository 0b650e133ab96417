import { Link, useSearchParams } from 'react-router';
import { ErrorNote, Panel } from '../auth/ui';
import { useCheckoutStatus } from './api';
import { useWorkspacePath } from '../auth/workspace';

/**
 * /billing/success?session_id=…: where Stripe sends the buyer back. The
 * credits arrive with Stripe's webhook, which may land after the redirect,
 * so the page says "processing" and polls until the payment is settled.
 */
export function CheckoutSuccessPage() {
  const wsPath = useWorkspacePath();
  const [params] = useSearchParams();
  const id = params.get('session_id') ?? '';
  const st = useCheckoutStatus(id);
  const c = st.data?.checkout;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Thank you</h1>
      {!id && <p role="alert" className="text-sm">This page needs the session id Stripe adds to the link.</p>}
      <ErrorNote error={st.error} />
      <div aria-live="polite">
        {id && (!c || c.status === 'open' || c.status === 'pending') && (
          <Panel title="Processing your payment…">
            <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400" data-testid="checkout-processing">
              <span aria-hidden="true" className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-indigo-500 border-t-transparent" />
              Waiting for Stripe to confirm the payment. Credits appear here as soon as it does; you can leave this page.
            </p>
          </Panel>
        )}
        {c?.status === 'paid' && st.data && (
          <Panel title="Credits added">
            <p className="text-sm" data-testid="checkout-done">
              {c.credits.toLocaleString()} credits were added. Your balance is now{' '}
              <strong data-testid="checkout-balance">{st.data.balance.balance.toLocaleString()}</strong> credits.
            </p>
            <div className="mt-4 flex gap-3 text-sm">
              <Link className="rounded-md bg-indigo-600 px-3 py-2 font-medium text-white hover:bg-indigo-500" to={wsPath('analyses/new')}>
                Start an analysis
              </Link>
              <Link className="rounded-md border border-slate-300 px-3 py-2 font-medium dark:border-slate-700" to={wsPath('billing')}>
                Back to billing
              </Link>
            </div>
          </Panel>
        )}
        {(c?.status === 'failed' || c?.status === 'expired') && (
          <Panel title={c.status === 'failed' ? 'The payment failed' : 'The checkout expired'}>
            <p className="text-sm">
              Nothing was credited. <Link className="text-indigo-600 underline dark:text-indigo-400" to={wsPath('billing')}>Try again from Billing</Link>.
            </p>
          </Panel>
        )}
      </div>
    </div>
  );
}
