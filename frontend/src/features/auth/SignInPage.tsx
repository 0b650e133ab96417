import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext, useProviders, useSignIn } from './api';
import { Button, Card, ErrorNote, Field } from './ui';

/** Sign in with email + password or an enabled provider. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const providers = useProviders();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => navigate(next) });
  }

  return (
    <Card title="Sign in">
      {providers.data && providers.data.providers.length > 0 && (
        <div className="mb-5 flex flex-col gap-2">
          {providers.data.providers.map((p) => (
            <a
              key={p.id}
              href={`${p.start_url}?next=${encodeURIComponent(next)}`}
              className="rounded-md border border-slate-300 px-3 py-2 text-center text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Continue with {p.name}
            </a>
          ))}
          <p className="mt-2 text-center text-xs text-slate-500">or with your email</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorNote error={signIn.error} />
        <Field label="Email" name="email" type="email" autoComplete="username" value={email} onChange={setEmail} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <div className="flex items-center justify-between">
          <Button type="submit" disabled={signIn.isPending}>
            Sign in
          </Button>
          <Link to="/auth/forgot-password" className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            Forgot password?
          </Link>
        </div>
      </form>
      {providers.data?.signup !== false && (
        <p className="mt-5 text-sm text-slate-600 dark:text-slate-300">
          New here?{' '}
          <Link to={`/signup?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Create an account
          </Link>
        </p>
      )}
    </Card>
  );
}
