import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext, useSignUp } from './api';
import { Button, Card, ErrorNote, Field, fieldError } from './ui';

/** Create an account with email + password. */
export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signUp = useSignUp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    signUp.mutate({ email, password, name: name || undefined }, { onSuccess: (r) => r.signedIn && navigate(next) });
  }

  if (signUp.data && !signUp.data.signedIn) {
    // The same page whether the email was taken or not: only its inbox knows.
    return (
      <Card title="Check your email">
        <p role="status" data-testid="signup-check-email" className="mb-4">
          {signUp.data.status}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          <Link to={`/signin?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Sign in
          </Link>{' '}
          or{' '}
          <Link to="/auth/forgot-password" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            reset your password
          </Link>
          .
        </p>
      </Card>
    );
  }

  return (
    <Card title="Create your account">
      <form onSubmit={submit} noValidate>
        <ErrorNote error={signUp.error} fields={['email', 'name', 'password']} />
        <Field label="Name" name="name" autoComplete="name" required={false} value={name} onChange={setName} error={fieldError(signUp.error, 'name')} />
        <Field label="Email" name="email" type="email" autoComplete="username" value={email} onChange={setEmail} error={fieldError(signUp.error, 'email')} />
        <Field
          label="Password (at least 8 characters)"
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={fieldError(signUp.error, 'password')}
        />
        <Button type="submit" disabled={signUp.isPending}>
          Create account
        </Button>
      </form>
      <p className="mt-5 text-sm text-slate-600 dark:text-slate-300">
        Already have an account?{' '}
        <Link to="/signin" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Sign in
        </Link>
      </p>
    </Card>
  );
}
