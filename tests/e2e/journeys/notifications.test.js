// Journey: notifications. An owner adds, in the workspace settings, a
// signed webhook (its secret shown once), a Slack channel and an email
// address, each with its own events; "Send test" reaches the webhook
// (signature checked by the receiver) and the answer shows at once; a
// pasted analysis then notifies the channels that chose "Analysis
// completed" (webhook and email) and not the Slack one that chose only
// "Analysis failed"; the delivery log lists each delivery with its status
// and response code. Screenshots in light and dark, desktop and 390 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startFakeSMTP } from '../lib/fake-smtp.js';
import { signUp } from '../lib/app.js';

/** A receiver keeping every request (Slack and webhook fakes). */
async function startReceiver() {
  const hits = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push({ path: req.url, headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { hits, port: server.address().port, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** What a receiver does: recompute v1=HMAC-SHA256(secret, ts + "." + body). */
function signatureOK(secret, hit) {
  const ts = hit.headers['x-vigil-timestamp'];
  const want = 'v1=' + crypto.createHmac('sha256', secret).update(`${ts}.${hit.body}`).digest('hex');
  const got = hit.headers['x-vigil-signature'] ?? '';
  const fresh = Math.abs(Date.now() / 1000 - Number(ts)) < 300;
  return fresh && got.length === want.length && crypto.timingSafeEqual(Buffer.from(got), Buffer.from(want));
}

async function until(cond, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('notifications', () => {
  let hook;
  let slack;
  let smtp;
  let server;
  let browser;

  before(async () => {
    hook = await startReceiver();
    slack = await startReceiver();
    smtp = await startFakeSMTP();
    server = await startServer({
      ...smtp.env,
      // The receivers are on loopback, which the SSRF guard refuses unless allowed.
      VIGIL_OUTBOUND_ALLOW: `127.0.0.1:${hook.port},127.0.0.1:${slack.port}`,
      VIGIL_JOBS_POLL_INTERVAL: '200ms',
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await hook?.close();
    await slack?.close();
    await smtp?.close?.();
  });

  it('adds channels, sends a test, notifies on an analysis and shows the delivery log', async () => {
    const p = await newPage(browser, server);
    const { page } = p;
    try {
      await signUp(page, { name: 'Olga Owner', email: 'olga@example.com' });

      await page.goto('/settings/workspaces');
      const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Notifications' }) });
      await panel.getByText(/No channels yet/).waitFor();
      const form = panel.getByRole('form', { name: 'Add a notification channel' });
      const add = async (name, kind, target, events) => {
        await form.getByLabel('Name').fill(name);
        await form.getByLabel('Kind').selectOption(kind);
        await form.getByLabel(/URL|Email address/).fill(target);
        for (const box of await form.getByRole('checkbox').all()) {
          const label = (await box.evaluate((el) => el.parentElement.textContent)).trim();
          await box.setChecked(events.includes(label));
        }
        await form.getByRole('button', { name: 'Add channel' }).click();
        await form.getByRole('status').filter({ hasText: `Channel “${name}” added` }).waitFor();
      };

      // A private address is refused, with the reason under the field.
      await form.getByLabel('Name').fill('internal');
      await form.getByLabel('Kind').selectOption('webhook');
      await form.getByLabel('Endpoint URL').fill('http://10.0.0.5/hook');
      p.allowStatus('/api/v1/integrations/notifications', 422);
      await form.getByRole('button', { name: 'Add channel' }).click();
      await form.getByText(/may not be called from the server/).waitFor();

      await add('CI webhook', 'webhook', `${hook.url}/vigil`, ['Analysis completed', 'New critical or high findings']);
      const secret = (await form.locator('code').textContent()).trim();
      assert.match(secret, /^whsec_/);
      await add('Team Slack', 'slack', `${slack.url}/services/T0/B0/tok3n`, ['Analysis failed']);
      await add('Security inbox', 'email', 'security@example.com', ['Analysis completed']);
      // The form forgot the URL; the list shows hosts only.
      const list = panel.getByRole('list', { name: 'Notification channels' });
      assert.doesNotMatch(await list.textContent(), /tok3n|\/vigil/);

      // Send test: one attempt now, answered in the row.
      const hookRow = list.locator('li[data-channel="CI webhook"]');
      await hookRow.getByRole('button', { name: 'Send test' }).click();
      await hookRow.getByRole('status').filter({ hasText: 'delivered HTTP 200' }).waitFor();
      assert.equal(hook.hits.length, 1);
      assert.ok(signatureOK(secret, hook.hits[0]), 'the test delivery is signed with the secret shown once');
      assert.equal(hook.hits[0].headers['x-vigil-event'], 'test');

      // An analysis: the webhook hears "completed" and "new critical or high", email "completed", Slack nothing.
      const created = await page.evaluate(async () => {
        const csrf = document.cookie.split('; ').find((c) => c.startsWith('vigil_csrf='))?.split('=')[1] ?? '';
        const res = await fetch('/api/v1/analyses', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
          body: JSON.stringify({ tier: 'static', filename: 'app.py', content: "import os\n\ndef handler(request):\n    os.system(request.args.get('c'))\n" }),
        });
        return { status: res.status, body: await res.json() };
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const started = Date.now();
      await until(() => hook.hits.length >= 3, 'two analysis events at the webhook');
      const events = hook.hits.slice(1).map((h) => JSON.parse(h.body));
      assert.deepEqual(events.map((e) => e.type).sort(), ['analysis.completed', 'findings.critical_high']);
      for (const e of events) assert.equal(e.data.analysis_id, created.body.id);
      for (const h of hook.hits.slice(1)) assert.ok(signatureOK(secret, h), 'analysis deliveries are signed');
      const mail = await smtp.waitFor((m) => m.includes('security@example.com') && m.includes('[Vigil] Analysis of'));
      assert.match(mail, new RegExp(`/analyses/${created.body.id}`));
      console.log(`analysis created -> webhook deliveries received: ${Date.now() - started} ms (from the API answer)`);
      assert.equal(slack.hits.length, 0, 'Slack chose only "Analysis failed"');

      // The delivery log shows each delivery with its code.
      await hookRow.getByRole('button', { name: 'Deliveries' }).click();
      const log = hookRow.getByRole('table', { name: 'Delivery log' });
      await log.getByText('New critical or high findings').waitFor();
      const rows = await log.locator('tbody tr').allTextContents();
      assert.equal(rows.length, 3);
      for (const r of rows) assert.match(r, /delivered.*200/);

      const shot = async (name) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(250);
        await p.screenshot(name);
      };
      await panel.scrollIntoViewIfNeeded();
      await shot('notifications-light');
      await page.getByTestId('theme-toggle').click();
      await page.waitForSelector('html.dark', { state: 'attached' });
      await shot('notifications-dark');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot('notifications-dark-390');
      await page.getByTestId('theme-toggle').click();
      await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));
      await shot('notifications-light-390');

      assert.deepEqual(await p.problems(), []);
    } catch (err) {
      await p.screenshot('notifications-failure').catch(() => {});
      throw err;
    } finally {
      await p.close();
    }
  });
});
