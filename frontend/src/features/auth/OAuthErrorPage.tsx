import { Link, useSearchParams } from 'react-router';
import { Card } from './ui';

const messages: Record<string, string> = {
  invalid_state:
    'The sign-in attempt could not be verified (it expired, was started in another browser, or was tampered with). Please start again.',
  provider_error: 'The sign-in provider reported a problem. Please try again in a moment.',
  access_denied: 'You declined access at the provider, so you were not signed in.',
  email_unverified: 'Your account at the provider has no verified primary email. Verify your email there, then try again.',
  account_exists:
    'An account with this email already exists. Sign in with your password (or the provider you used before), then link this provider from your account settings.',
  identity_in_use: 'This provider account is already linked to another Vigil account.',
  account_disabled: 'This account is disabled. Contact your administrator.',
  signup_disabled: 'Sign-up is disabled on this instance. Ask an administrator for an account.',
  invalid_redirect: 'The link you followed asked to send you to another site after signing in, which Vigil never does.',
  provider_disabled: 'This sign-in provider is not enabled on this instance.',
  provider_unavailable: 'The sign-in provider could not be reached. Please try again later.',
  server_error: 'Something went wrong on our side. Please try again.',
};

/** Where refused OAuth sign-ins land: /auth/error?code=... */
export function OAuthErrorPage() {
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  return (
    <Card title="Sign-in did not complete">
      <p className="text-slate-700 dark:text-slate-200" data-testid="oauth-error-message">
        {messages[code] ?? 'The sign-in could not be completed. Please try again.'}
      </p>
      {code && <p className="mt-2 text-xs text-slate-500">Error code: {code}</p>}
      <Link to="/signin" className="mt-5 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to sign in
      </Link>
    </Card>
  );
}
