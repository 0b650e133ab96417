// Journey: the web app reports its own errors to the Sentry the operator
// configured (the server's DSN, served through /api/v1/meta and allowed by
// the page's CSP), and loads no reporting code at all without one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { freePort, launchBrowser, newPage, startServer } from '../lib/harness.js';

/** A fake Sentry ingest server: records every envelope, answers as Sentry does. */
async function startFakeSentry() {
  const envelopes = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      envelopes.push({ path: req.url, body });
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  // VIGIL_E2E_SENTRY_PORT pins the port (an assigned range on a shared machine).
  const port = process.env.VIGIL_E2E_SENTRY_PORT ? Number(process.env.VIGIL_E2E_SENTRY_PORT) : await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, envelopes, close: () => new Promise((r) => server.close(r)) };
}

async function waitFor(check, what, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('browser error reporting', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('sends an uncaught error to the configured Sentry, without the URL token', async () => {
    const sentry = await startFakeSentry();
    const server = await startServer({
      VIGIL_SENTRY_DSN: `http://e2epublickey@127.0.0.1:${sentry.port}/7`,
      VIGIL_SENTRY_ENVIRONMENT: 'e2e',
    });
    const p = await newPage(browser, server);
    try {
      const chunks = [];
      p.page.on('request', (r) => chunks.push(r.url()));
      await p.page.goto('/auth/reset-password?token=e2e-secret-token');
      await waitFor(() => chunks.some((u) => /\/assets\/sentry-[^/]+\.js$/.test(u)), 'the Sentry chunk to load');
      // Reporting is ready once the SDK has wrapped the global handlers.
      await p.page.waitForTimeout(500);
      await p.page.evaluate(() => {
        setTimeout(() => {
          throw new Error('e2e widget exploded');
        });
      });
      const event = await waitFor(
        () => sentry.envelopes.find((e) => e.body.includes('"type":"event"') && e.body.includes('e2e widget exploded')),
        'the error to reach the fake Sentry',
      );
      assert.match(event.path, /^\/api\/7\/envelope\//);
      assert.match(event.body, /"environment":"e2e"/);
      assert.match(event.body, /"release":"vigil@/);
      assert.ok(!sentry.envelopes.some((e) => e.body.includes('e2e-secret-token')), 'the reset token reached Sentry');
      const problems = (await p.problems()).filter((x) => !x.includes('e2e widget exploded'));
      assert.deepEqual(problems, [], `problems in the browser (CSP must allow the DSN):\n${problems.join('\n')}`);
    } finally {
      await p.close();
      await server.stop();
      await sentry.close();
    }
  });

  it('loads no reporting code when no DSN is configured', async () => {
    const server = await startServer();
    const p = await newPage(browser, server);
    try {
      const requests = [];
      p.page.on('request', (r) => requests.push(r.url()));
      await p.page.goto('/');
      await p.page.getByTestId('version').waitFor();
      await p.page.waitForLoadState('networkidle');
      const meta = await p.page.evaluate(async () => (await fetch('/api/v1/meta')).json());
      assert.equal(meta.sentry, undefined);
      assert.ok(!requests.some((u) => u.includes('/assets/sentry-')), `Sentry chunk loaded without a DSN:\n${requests.join('\n')}`);
      const csp = await p.page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
      assert.match(csp, /connect-src 'self';/);
      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.close();
      await server.stop();
    }
  });
});
