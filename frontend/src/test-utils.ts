// Shared helpers for component tests: a fetch stand-in that answers from a
// handler (404 problem for anything unhandled) and records every call.
import { vi } from 'vitest';

/** Answers one request, or undefined for "not handled" (404). */
export type Handler = (url: string, init?: RequestInit) => Response | undefined;

/** A JSON response; 4xx/5xx are problem+json as the server sends them. */
export function json(status: number, body: unknown) {
  const ct = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': ct } });
}

/** Replaces fetch with handler and returns the list of calls made. */
export function serve(handler: Handler) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, init });
      return handler(url, init) ?? json(404, { type: 'x', title: 'Not found', status: 404 });
    }),
  );
  return calls;
}
