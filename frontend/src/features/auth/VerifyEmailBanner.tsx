import { ErrorNote } from './ui';
import { useMe, useResendVerification } from './api';

/**
 * Shown above every page while the signed-in account's email is not
 * confirmed: the app works, but invitations cannot be accepted yet.
 */
export function VerifyEmailBanner() {
  const me = useMe();
  const resend = useResendVerification();
  if (!me.data || me.data.email_verified || me.data.auth_method !== 'cookie') return null;
  return (
    <div
      role="region"
      aria-label="Email confirmation"
      data-testid="verify-email-banner"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      <ErrorNote error={resend.error} />
      {resend.isSuccess ? (
        <p role="status">A new confirmation link is on its way to {me.data.email}.</p>
      ) : (
        <p>
          Confirm your email address with the link we sent to <strong>{me.data.email}</strong> (needed to accept
          invitations).{' '}
          <button
            type="button"
            onClick={() => resend.mutate()}
            disabled={resend.isPending}
            className="font-medium underline hover:no-underline disabled:opacity-60"
          >
            Send a new link
          </button>
        </p>
      )}
    </div>
  );
}
