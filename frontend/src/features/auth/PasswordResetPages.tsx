import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useProviders } from './api';
import { Button, Card, ErrorNote, Field, fieldError } from './ui';

/** Ask for a reset link; the answer is the same whether the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const providers = useProviders();
  const noMail = providers.data?.email === false;
  const forgot = useMutation({
    mutationFn: () => api<{ status: string }>('/api/v1/auth/password/forgot', { method: 'POST', body: { email } }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    forgot.mutate();
  }
  return (
    <Card title="Reset your password">
      {noMail ? (
        <div role="status" data-testid="no-mail" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-medium">This Vigil instance sends no email.</p>
          <p className="mt-1">
            Ask an instance administrator for a password reset link (they can issue one for your account). Administrators turn email on
            with the <code>VIGIL_SMTP_*</code> settings.
          </p>
        </div>
      ) : forgot.isSuccess ? (
        <p role="status">If an account with this email exists, a reset link is on its way. It works once, for 30 minutes.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorNote error={forgot.error} fields={['email']} />
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">We will email you a link that works once, for 30 minutes.</p>
          <Field label="Email" name="email" type="email" value={email} onChange={setEmail} error={fieldError(forgot.error, 'email')} />
          <Button type="submit" disabled={forgot.isPending}>
            Send reset link
          </Button>
        </form>
      )}
    </Card>
  );
}

/** Set a new password with the token from the link. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () =>
      api('/api/v1/auth/password/reset', { method: 'POST', body: { token: params.get('token') ?? '', password } }),
    onSuccess: () => navigate('/signin'),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    reset.mutate();
  }
  return (
    <Card title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <ErrorNote error={reset.error} fields={['password']} />
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={fieldError(reset.error, 'password')}
        />
        <Button type="submit" disabled={reset.isPending}>
          Set password
        </Button>
      </form>
      <Link to="/signin" className="mt-4 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400">
        Back to sign in
      </Link>
    </Card>
  );
}
