/**
 * The Sentry SDK, loaded only when the server configured browser error
 * reporting (see reporting.ts). Reports carry no personal data and no
 * URL query strings or fragments (tokens live there), and no console
 * output as breadcrumbs.
 */
import * as Sentry from '@sentry/browser';
import type { ErrorEvent } from '@sentry/browser';
import { scrubURL, type Reporter, type SentryConfig } from './reporting';

/** Scrubs what an event could leak: URLs' queries, cookies, headers. */
export function scrubEvent(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    if (event.request.url) event.request.url = scrubURL(event.request.url);
    delete event.request.query_string;
    delete event.request.cookies;
    delete event.request.headers;
  }
  for (const b of event.breadcrumbs ?? []) {
    const data = b.data as Record<string, unknown> | undefined;
    if (!data) continue;
    for (const k of ['url', 'from', 'to']) {
      if (typeof data[k] === 'string') data[k] = scrubURL(data[k] as string);
    }
  }
  return event;
}

/** Starts the SDK with the server's settings and returns the reporter. */
export function init(cfg: SentryConfig): Reporter {
  Sentry.init({
    dsn: cfg.dsn,
    environment: cfg.environment,
    release: cfg.release,
    sampleRate: cfg.sample_rate,
    dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false },
    // Console output becomes no breadcrumb: whatever the app logs stays here.
    integrations: (defaults) => defaults.filter((i) => i.name !== 'Console'),
    beforeSend: scrubEvent,
  });
  Sentry.setTag('app', 'web');
  return { captureException: (err) => void Sentry.captureException(err) };
}

/** Waits until queued reports are sent (tests, page unload). */
export function flush(timeoutMs = 2000): Promise<boolean> {
  return Sentry.flush(timeoutMs);
}
