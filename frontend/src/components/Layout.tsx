import { NavLink, Outlet } from 'react-router';
import { useTheme } from '../theme';
import { useMeta } from '../api/meta';
import { UserMenu } from '../features/auth/UserMenu';
import { BalanceBadge } from '../features/billing/BalanceBadge';
import { VerifyEmailBanner } from '../features/auth/VerifyEmailBanner';
import { InstanceAdminNotice } from '../features/admin/InstanceAdminNotice';
import { WorkspaceSwitcher } from '../features/auth/WorkspaceSwitcher';
import { useCurrentWorkspace, workspacePath } from '../features/auth/workspace';
import { MobileNav } from './MobileNav';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded-md px-2.5 py-2 text-sm font-medium transition-colors ${
    isActive
      ? 'bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300'
      : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
  }`;

/**
 * The app shell: header with brand, workspace switcher, navigation (links
 * into the current workspace, only to what its role allows) and theme toggle.
 */
export function Layout() {
  const { theme, toggle } = useTheme();
  const meta = useMeta();
  const dark = theme === 'dark';
  const { workspace, can } = useCurrentWorkspace();
  const ws = workspace?.id;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/85 backdrop-blur dark:border-slate-800 dark:bg-slate-950/85">
        {/* One line from 768 px up: below 1024 px the navigation and the account's links live in the
            menu drawer, from 1024 px the account's links in the account menu. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6 md:flex-nowrap xl:gap-x-6">
          <NavLink to="/" className="flex shrink-0 items-center gap-2 rounded-md" aria-label="Vigil home">
            <img src="/vigil.svg" alt="" width={32} height={32} className="h-8 w-8" />
            <span className="text-lg font-semibold tracking-tight">Vigil</span>
          </NavLink>
          <div className="order-3 flex w-full min-w-0 items-center gap-2 md:order-none md:w-auto">
            <WorkspaceSwitcher />
            <nav aria-label="Main" className="flex min-w-0 gap-1 overflow-x-auto max-lg:hidden">
              <NavLink to={ws ? workspacePath(ws, '') : '/'} end className={navClass}>
                Dashboard
              </NavLink>
              <NavLink to={workspacePath(ws, 'analyses')} end className={navClass}>
                Analyses
              </NavLink>
              {(!workspace || can('analysis:create')) && (
                <NavLink to={workspacePath(ws, 'analyses/new')} className={navClass}>
                  New analysis
                </NavLink>
              )}
              <NavLink to="/repositories" className={navClass}>
                Repositories
              </NavLink>
              <NavLink to="/docs/api" className={navClass} aria-label="API reference">
                {/* "API" until the header has room for the whole name. */}
                <span className="2xl:hidden">API</span>
                <span className="max-2xl:hidden">API reference</span>
              </NavLink>
            </nav>
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-2">
            <button
              type="button"
              onClick={toggle}
              aria-pressed={dark}
              aria-label={dark ? 'Switch to light mode' : 'Switch to dark mode'}
              title={dark ? 'Switch to light mode' : 'Switch to dark mode'}
              data-testid="theme-toggle"
              className="inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-200 text-slate-600 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              {dark ? <SunIcon /> : <MoonIcon />}
            </button>
            <BalanceBadge />
            <div className="max-lg:hidden">
              <UserMenu />
            </div>
            <MobileNav />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">
        <VerifyEmailBanner />
        <InstanceAdminNotice />
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Vigil {meta.data ? (/^\d/.test(meta.data.version) ? `v${meta.data.version}` : meta.data.version) : ''} · self-hosted code security analysis
      </footer>
    </div>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8}>
      <path strokeLinecap="round" strokeLinejoin="round" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </svg>
  );
}

function SunIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8}>
      <circle cx="12" cy="12" r="4" />
      <path
        strokeLinecap="round"
        d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
      />
    </svg>
  );
}
