import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportError, resetErrorReporting, scrubURL, startErrorReporting, type SentryConfig } from './reporting';

afterEach(() => resetErrorReporting());

const cfg: SentryConfig = { dsn: 'https://pub@sentry.example.com/7', environment: 'staging', release: 'vigil@1.2.3', sample_rate: 1 };

describe('startErrorReporting', () => {
  it.each([
    ['no sentry in meta', undefined],
    ['null', null],
    ['an empty DSN', { ...cfg, dsn: '' }],
  ])('loads nothing with %s', async (_name, given) => {
    const load = vi.fn();
    await expect(startErrorReporting(given, load)).resolves.toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the SDK with the served settings and sends errors queued before it arrived', async () => {
    const captured: unknown[] = [];
    const init = vi.fn(() => ({ captureException: (e: unknown) => captured.push(e) }));
    const early = new Error('before the SDK');
    reportError(early);
    await expect(startErrorReporting(cfg, async () => ({ init }))).resolves.toBe(true);
    expect(init).toHaveBeenCalledWith(cfg);
    const late = new Error('after');
    reportError(late);
    expect(captured).toEqual([early, late]);
    // A second start (a refetched meta) does not load or init again.
    await expect(startErrorReporting(cfg, async () => ({ init }))).resolves.toBe(false);
    expect(init).toHaveBeenCalledTimes(1);
  });
});

describe('scrubURL', () => {
  it.each([
    ['https://vigil.example.com/auth/reset-password?token=abc', 'https://vigil.example.com/auth/reset-password'],
    ['/auth/verify#token=abc', '/auth/verify'],
    ['/analyses/42', '/analyses/42'],
  ])('%s -> %s', (raw, want) => expect(scrubURL(raw)).toBe(want));
});

/**
 * A fake Sentry at the fetch boundary: records every envelope the SDK
 * posts and answers 200. (The browser journey points the SDK at a fake
 * Sentry server over the network, through the page's CSP.)
 */
function fakeSentry() {
  const envelopes: { url: string; body: string }[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    envelopes.push({ url: url.pathname + url.search, body: typeof init?.body === 'string' ? init.body : new TextDecoder().decode(init?.body as Uint8Array) });
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { envelopes };
}

describe('the real SDK against a fake Sentry', () => {
  let fake: ReturnType<typeof fakeSentry>;
  beforeEach(() => {
    fake = fakeSentry();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends an error with release, environment and no token from the URL or the console', async () => {
    window.history.replaceState(null, '', '/auth/reset-password?token=s3cr3t-reset-token#frag');
    // Silenced first, so the SDK's console instrumentation wraps the mock.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const sdk = await import('./sentry');
    const dsn = 'https://publickey@sentry.example.com/42';
    await startErrorReporting({ dsn, environment: 'e2e', release: 'vigil@9.9.9', sample_rate: 1 }, async () => sdk);
    console.error('logged with password=hunter2');
    reportError(new TypeError('widget exploded'));
    await sdk.flush(5000);
    expect(fake.envelopes.length).toBeGreaterThan(0);
    expect(fake.envelopes.every((e) => e.url.startsWith('/api/42/envelope/'))).toBe(true);
    // Release-health session envelopes come too; the error is one event.
    const sent = fake.envelopes.filter((e) => e.body.includes('{"type":"event"}'));
    expect(sent).toHaveLength(1);
    const everything = fake.envelopes.map((e) => e.body).join('\n');
    const lines = sent[0].body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const event = lines.find((l) => l.exception);
    expect(event.exception.values[0]).toMatchObject({ type: 'TypeError', value: 'widget exploded' });
    expect(event.release).toBe('vigil@9.9.9');
    expect(event.environment).toBe('e2e');
    expect(event.tags).toMatchObject({ app: 'web' });
    expect(event.request.url).toBe('http://localhost:3000/auth/reset-password');
    expect(everything).not.toContain('s3cr3t-reset-token');
    expect(everything).not.toContain('hunter2');
  });
});
