import { Link, useLocation } from 'react-router';

/** Shown for any client route that does not exist. */
export function NotFound() {
  const { pathname } = useLocation();
  return (
    <div className="mx-auto max-w-lg py-12 text-center">
      <p className="font-mono text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        There is no page at <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm dark:bg-slate-800">{pathname}</code>.
      </p>
      <Link
        to="/"
        className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500"
      >
        Go to the dashboard
      </Link>
    </div>
  );
}
