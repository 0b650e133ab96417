import { Link, useSearchParams } from 'react-router';
import { useMe, useVerifyEmail } from './api';
import { Button, Card, ErrorNote } from './ui';

/**
 * /auth/verify-email?token=...: confirms the address on a click (not on
 * load, so mail scanners that open links confirm nothing). Works signed
 * out too: the link may be opened in another browser.
 */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const me = useMe();
  const verify = useVerifyEmail();
  const link = 'font-medium text-indigo-600 hover:underline dark:text-indigo-400';
  return (
    <Card title="Confirm your email">
      <ErrorNote error={verify.error} />
      {verify.isSuccess ? (
        <p role="status" data-testid="email-verified">
          Your email address is confirmed.{' '}
          {me.data ? (
            <Link to="/" className={link}>
              Continue
            </Link>
          ) : (
            <Link to="/signin" className={link}>
              Sign in
            </Link>
          )}
        </p>
      ) : (
        <>
          <p className="mb-4">Confirm that this email address is yours.</p>
          <Button onClick={() => verify.mutate(token)} disabled={verify.isPending || !token}>
            Confirm my email
          </Button>
        </>
      )}
    </Card>
  );
}
