import { Link } from 'react-router';

/** Placeholder until the Identity module brings real sign-in. */
export function SignIn() {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <img src="/vigil.svg" alt="" width={48} height={48} className="mx-auto h-12 w-12" />
      <h1 className="mt-4 text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        Sign-in arrives with the Identity module: GitHub, Google, or email and password.
      </p>
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">Until then there is nothing to sign in to on this instance.</p>
      <Link to="/" className="mt-6 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to the dashboard
      </Link>
    </div>
  );
}
