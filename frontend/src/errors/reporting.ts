/**
 * Error reporting for the web app. The server says whether to report (GET
 * /api/v1/meta carries `sentry` only when the operator configured a DSN
 * and allows browser reporting); only then is the Sentry SDK loaded, as a
 * separate chunk. Without it this module is all there is: a no-op.
 */

import type { BrowserSentry } from '../api/generated';

/** Where to report, as /api/v1/meta serves it. */
export type SentryConfig = BrowserSentry;

/** What a started reporter can do. */
export interface Reporter {
  captureException(err: unknown): void;
}

type Loader = () => Promise<{ init(cfg: SentryConfig): Reporter }>;

let reporter: Reporter | null = null;
const pending: unknown[] = [];

/**
 * Starts reporting when cfg names a DSN, loading the SDK then (load is
 * replaceable in tests). Resolves to whether reporting started. Errors
 * passed to reportError before the SDK arrived are sent once it has.
 */
export async function startErrorReporting(cfg: SentryConfig | undefined | null, load: Loader = () => import('./sentry')): Promise<boolean> {
  if (!cfg?.dsn || reporter) return false;
  const mod = await load();
  reporter = mod.init(cfg);
  for (const err of pending.splice(0)) reporter.captureException(err);
  return true;
}

/**
 * Reports an error the app caught itself (an error boundary, a failed
 * action). Uncaught errors and rejections are reported without it.
 */
export function reportError(err: unknown) {
  if (reporter) reporter.captureException(err);
  else if (pending.length < 20) pending.push(err);
}

/** Forgets the reporter (tests). */
export function resetErrorReporting() {
  reporter = null;
  pending.length = 0;
}

/**
 * Drops the query string and fragment of a URL: password-reset,
 * invitation and verification links carry their token there, and such
 * a token must never reach an error report.
 */
export function scrubURL(raw: string): string {
  const cut = raw.search(/[?#]/);
  return cut < 0 ? raw : raw.slice(0, cut);
}
