// Journey: the AI layer end to end against a fake OpenAI (lib/fake-openai.js).
// The instance has one provider on the fake (tiers fast and strong); the
// first user (the instance admin) sees it configured (no calls yet) on /admin/ai, adds the
// workspace's own key in the workspace settings (a wrong key is refused in
// the form, nothing stored; the right one is listed by its last 4
// characters only), runs a Standard analysis of a zip with an SQL injection
// whose AI verdict, AI-raised finding and fix name the workspace's model and
// were paid for with the workspace's key (cost = reported usage x prices),
// removes the key, runs the same zip again on the instance provider and key
// (not served from the workspace provider's cached answers), and sees a
// private base URL refused with the address named.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startFakeOpenAI } from '../lib/fake-openai.js';
import { zipOf } from '../lib/zip.js';
import { signUp, wsRest } from '../lib/app.js';

const INSTANCE_KEY = 'sk-instance-e2e-0000aaaa';
const BYO_KEY = 'sk-proj-byo-e2e-secret-7Q9x';
const WRONG_KEY = 'sk-proj-wrong-e2e-key-0000';

const APP_PY = `import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    uid = request.args.get("id")
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM users WHERE id = " + uid).fetchall()
    return str(rows)
`;

// USD per million tokens, as configured below.
const PRICES = { 'fake-fast': [0.15, 0.6], 'fake-strong': [2.5, 10] };

/** What the calls cost by the configured prices and the usage the fake reported. */
function costOf(requests) {
  return requests
    .filter((r) => r.usage)
    .reduce((sum, r) => sum + (r.usage.prompt_tokens * PRICES[r.model][0] + r.usage.completion_tokens * PRICES[r.model][1]) / 1e6, 0);
}

/** Uploads the SQL injection zip as a Standard analysis and waits for the report. */
async function runStandard(page) {
  await page.goto('/analyses/new');
  await page.locator('#files-input').setInputFiles({ name: 'sqli-app.zip', mimeType: 'application/zip', buffer: zipOf({ 'app/app.py': APP_PY }) });
  await page.getByRole('list', { name: 'Selected files' }).filter({ hasText: 'sqli-app.zip' }).waitFor();
  await page.getByRole('radio', { name: 'Standard' }).check();
  await page.getByRole('button', { name: 'Get quote' }).click();
  const quote = page.getByTestId('quote');
  await quote.waitFor();
  assert.doesNotMatch(await quote.textContent(), /AI review not configured/);
  await page.getByRole('button', { name: 'Confirm and start' }).click();
  await page.waitForURL((u) => /^\/analyses\/[0-9a-f-]{36}$/.test(wsRest(u)));
  const id = new URL(page.url()).pathname.split('/').pop();
  await page.getByTestId('analysis-status').filter({ hasText: 'completed' }).waitFor({ timeout: 60_000 });
  const analysis = await page.evaluate(async (a) => (await fetch(`/api/v1/analyses/${a}`)).json(), id);
  assert.equal(analysis.status, 'completed');
  return analysis;
}

describe('ai', () => {
  let fake;
  let server;
  let browser;

  before(async () => {
    fake = await startFakeOpenAI({ keys: [INSTANCE_KEY, BYO_KEY], models: ['fake-fast', 'fake-strong'] });
    server = await startServer({
      VIGIL_AI_PROVIDERS: JSON.stringify([
        {
          name: 'instance-openai',
          kind: 'openai',
          base_url: fake.url,
          api_key: INSTANCE_KEY,
          models: [
            { name: 'fake-fast', tier: 'fast', input_price: 0.15, output_price: 0.6, context: 128000 },
            { name: 'fake-strong', tier: 'strong', input_price: 2.5, output_price: 10, context: 128000 },
          ],
        },
      ]),
      VIGIL_OUTBOUND_ALLOW: `127.0.0.1:${fake.port}`,
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('shows provider health, stores a workspace key, runs AI review on it and refuses private addresses', async () => {
    const p = await newPage(browser, server);
    const { page } = p;
    const shot = async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(250); // let colour transitions after a theme switch finish
      await p.screenshot(name);
    };
    try {
      // 1. The first user to sign up is the instance admin.
      await signUp(page, { name: 'Ada Admin', email: 'ada@example.com' });

      await page.goto('/admin/ai');
      await page.getByRole('heading', { name: 'AI providers' }).waitFor();
      const card = page.getByRole('listitem', { name: 'Provider instance-openai' });
      // Configured but never called yet: the page does not claim it works.
      await card.getByText('No calls yet', { exact: true }).waitFor();
      assert.match(await card.textContent(), /fake-fast, fake-strong/);
      const health = await page.evaluate(async () => (await fetch('/api/v1/admin/ai/health')).json());
      assert.equal(health.status.configured, true);
      assert.deepEqual(
        health.providers.map((h) => [h.name, h.breaker]),
        [['instance-openai', 'closed']],
      );
      await shot('ai-admin-health-light');
      await page.getByTestId('theme-toggle').click();
      await card.getByText('No calls yet', { exact: true }).waitFor();
      await shot('ai-admin-health-dark');
      await page.getByTestId('theme-toggle').click();

      // 2. The workspace's own key: a wrong key is refused in the form.
      await page.goto('/settings/workspaces');
      const form = page.getByRole('form', { name: 'Add an AI provider key' });
      await form.waitFor();
      await page.getByText('No keys yet').waitFor();
      const fillProvider = async ({ name, baseURL, key }) => {
        await form.getByLabel('Name').fill(name);
        await form.getByLabel('Kind').selectOption('openai');
        await form.getByLabel('Base URL (optional)').fill(baseURL);
        await form.getByLabel('API key').fill(key);
        await form.getByLabel('Model').fill('fake-strong');
        await form.getByLabel('Tier').selectOption('strong');
        await form.getByLabel('$ / M input').fill('2.5');
        await form.getByLabel('$ / M output').fill('10');
      };
      p.allowStatus('/ai-providers', 422);
      await fillProvider({ name: 'team-openai', baseURL: fake.url, key: WRONG_KEY });
      await form.getByRole('button', { name: 'Check and add' }).click();
      const keyError = form.locator('#field-ai_api_key-error');
      await keyError.waitFor();
      assert.match(await keyError.textContent(), /rejected the API key \(HTTP 401\)/);
      // Said once, under the field; the note above the form points at it.
      assert.match(await form.getByRole('alert').textContent(), /correct the field marked below/);
      assert.equal(await form.getByText(/rejected the API key/).count(), 1);
      assert.equal(await form.getByLabel('API key').getAttribute('aria-invalid'), 'true');
      const wrongSeen = fake.requests().filter((r) => r.key === WRONG_KEY);
      assert.deepEqual(
        wrongSeen.map((r) => `${r.method} ${r.path}`),
        ['GET /v1/models'],
        'the wrong key was tried once, with the free models call',
      );
      const wsId = await page.locator('#ws-select').inputValue();
      let listed = await page.evaluate(async (id) => (await fetch(`/api/v1/workspaces/${id}/ai-providers`)).json(), wsId);
      assert.deepEqual(listed.items, [], 'nothing stored after a rejected key');
      await shot('ai-byo-wrong-key-light');

      // The right key: listed by its last 4 characters only.
      await form.getByLabel('API key').fill(BYO_KEY);
      await form.getByRole('button', { name: 'Check and add' }).click();
      await form.getByRole('status').filter({ hasText: 'Key checked with the provider and stored encrypted.' }).waitFor();
      const row = page.getByRole('listitem').filter({ hasText: 'team-openai' });
      await row.waitFor();
      const rowText = await row.textContent();
      assert.match(rowText, /key ••••7Q9x/);
      assert.ok(!rowText.includes(BYO_KEY.slice(0, -4)), 'the key is never shown');
      assert.equal(await form.getByLabel('API key').inputValue(), '', 'the form forgets the key');
      listed = await page.evaluate(async (id) => (await fetch(`/api/v1/workspaces/${id}/ai-providers`)).json(), wsId);
      assert.equal(listed.items.length, 1);
      assert.equal(listed.items[0].key_last4, '7Q9x');
      assert.ok(!JSON.stringify(listed).includes(BYO_KEY), 'the API never returns the key');
      assert.match(await page.content(), /••••7Q9x/);
      assert.ok(!(await page.content()).includes(BYO_KEY), 'the page holds no copy of the key');
      await shot('ai-byo-key-added-light');

      // 3. A Standard analysis runs its AI review on the workspace's key.
      const before = fake.requests().length;
      const analysis = await runStandard(page);
      assert.equal(analysis.ai_status, 'completed', JSON.stringify(analysis));
      // The executive summary is on the report with the model that wrote it.
      const summary = page.getByTestId('ai-summary');
      await summary.getByText('user input reaches SQL and shell commands unchecked').waitFor();
      assert.match(await summary.textContent(), /SQL injection in the \/user handler/);
      assert.match(await summary.textContent(), /Written by team-openai\/fake-/);

      const table = page.getByTestId('findings-table');
      const sqli = table.getByRole('row').filter({ hasText: 'app/app.py:11' });
      await sqli.first().waitFor();
      assert.equal(await sqli.first().getByTestId('ai-cell').textContent(), 'true positiveteam-openai/fake-strong', 'the report names the model');
      // The AI review's own finding (a handler with no authorization check).
      const aiRow = table.getByRole('row').filter({ hasText: 'vigil.ai.review' });
      await aiRow.waitFor();
      assert.equal(await aiRow.getByTestId('ai-cell').textContent(), 'raised by AIteam-openai/fake-strong');
      await page.mouse.move(0, 0); // no chart tooltip in the screenshot
      await shot('ai-report-light');
      await aiRow.getByRole('link').click();
      await page.waitForURL((u) => wsRest(u)?.startsWith('/findings/'));
      await page.getByTestId('ai').filter({ hasText: 'Raised by the AI review · model team-openai/fake-strong' }).waitFor();
      assert.match(await page.getByTestId('ai').textContent(), /confirmed by model team-openai\/fake-strong/);
      assert.match(await page.getByTestId('fix-model').textContent(), /model team-openai\/fake-strong/);
      assert.match(await page.getByTestId('diff').textContent(), /@login_required/);
      await shot('ai-finding-raised-light');
      await page.getByTestId('theme-toggle').click();
      await shot('ai-finding-raised-dark');
      await page.getByTestId('theme-toggle').click();
      await page.goBack();
      await sqli.first().getByRole('link').click();
      await page.waitForURL((u) => wsRest(u)?.startsWith('/findings/'));
      const ai = page.getByTestId('ai');
      await ai.waitFor();
      const aiText = await ai.textContent();
      assert.match(aiText, /Verdict: true positive/);
      assert.match(aiText, /model team-openai\/fake-strong/, 'the verdict names the workspace model that produced it');
      assert.match(aiText, /concatenates the request parameter/);
      assert.match(await page.getByTestId('fix-model').textContent(), /model team-openai\/fake-strong/);
      assert.match(await page.getByTestId('diff').textContent(), /WHERE id = \?", \(uid,\)/);
      await shot('ai-finding-light');

      const chats = fake.requests().slice(before).filter((r) => r.path === '/v1/chat/completions');
      const tasks = new Set(chats.map((r) => r.task));
      for (const t of ['triage', 'review', 'recheck', 'fix']) assert.ok(tasks.has(t), `${t} reached the fake: ${JSON.stringify(chats)}`);
      assert.ok(chats.every((r) => r.model === 'fake-strong'), 'only the workspace model was asked');
      assert.deepEqual(chats.filter((r) => r.repair), [], 'every scripted answer passed cortex validation the first time');
      assert.ok(Math.abs(analysis.ai_cost_usd - costOf(chats)) < 1e-9, `AI cost ${analysis.ai_cost_usd} = usage × prices ${costOf(chats)}`);
      // Strong-tier tasks stream (SSE with usage in the last chunk); fast ones do not.
      assert.ok(chats.filter((r) => r.task === 'review').every((r) => r.stream), 'review streams');
      assert.ok(chats.filter((r) => r.task === 'triage').every((r) => !r.stream), 'triage does not stream');
      for (const r of chats) {
        assert.equal(r.authorization, `Bearer ${BYO_KEY}`, `${r.task} used the workspace key`);
      }
      assert.ok(
        fake.requests().slice(before).every((r) => r.key !== INSTANCE_KEY),
        'the instance key is not used for a workspace with its own key',
      );

      // 4. Remove the key.
      await page.goto('/settings/workspaces');
      // The key's row shows its provider's health once an analysis used it.
      await page.getByRole('listitem').filter({ hasText: 'team-openai' }).getByText('Healthy', { exact: true }).waitFor();
      await shot('ai-byo-key-used-light');
      await page.getByRole('button', { name: 'Remove team-openai' }).click();
      await page.getByText('No keys yet').waitFor();
      listed = await page.evaluate(async (id) => (await fetch(`/api/v1/workspaces/${id}/ai-providers`)).json(), wsId);
      assert.deepEqual(listed.items, []);

      // Without the key the instance's providers take over, with the
      // instance key, and do not reuse the workspace provider's cached
      // answers for the same code.
      const beforeInstance = fake.requests().length;
      const second = await runStandard(page);
      assert.equal(second.ai_status, 'completed', JSON.stringify(second));
      const instanceChats = fake.requests().slice(beforeInstance);
      assert.ok(instanceChats.some((r) => r.task === 'triage'), `the instance provider was asked: ${JSON.stringify(instanceChats)}`);
      assert.ok(instanceChats.every((r) => r.key === INSTANCE_KEY), 'the instance key is used once the workspace key is gone');
      assert.ok(Math.abs(second.ai_cost_usd - costOf(instanceChats)) < 1e-9, `AI cost ${second.ai_cost_usd} = usage × prices ${costOf(instanceChats)}`);
      await page.getByTestId('findings-table').getByRole('row').filter({ hasText: 'app/app.py:11' }).getByRole('link').click();
      await page.getByTestId('ai').filter({ hasText: 'model instance-openai/fake-fast' }).waitFor();
      await page.goto('/admin/ai');
      const calls = await card.locator('dd').first().textContent();
      assert.ok(Number(calls) >= instanceChats.length, `admin page counts the calls (${calls})`);
      await page.mouse.move(0, 0);
      await shot('ai-admin-health-after-light');

      // 5. A private address not on the operator's allow list is refused.
      await page.goto('/settings/workspaces');
      await form.waitFor();
      const seen = fake.requests().length;
      await fillProvider({ name: 'internal', baseURL: 'http://10.255.255.1/v1', key: BYO_KEY });
      await form.getByRole('button', { name: 'Check and add' }).click();
      const urlError = form.locator('#field-ai_base_url-error');
      await urlError.waitFor({ timeout: 20_000 });
      const urlMsg = await urlError.textContent();
      assert.match(urlMsg, /10\.255\.255\.1/, urlMsg);
      assert.match(urlMsg, /not allowed|private/i, urlMsg);
      assert.equal(fake.requests().length, seen);
      listed = await page.evaluate(async (id) => (await fetch(`/api/v1/workspaces/${id}/ai-providers`)).json(), wsId);
      assert.deepEqual(listed.items, [], 'nothing stored after a refused address');
      await shot('ai-byo-private-refused-light');
      await page.getByTestId('theme-toggle').click();
      await urlError.waitFor();
      await shot('ai-byo-private-refused-dark');

      const problems = await p.problems();
      assert.deepEqual(problems, [], problems.join('\n'));
    } catch (err) {
      await p.screenshot('ai-failure').catch(() => {});
      throw new Error(`${err.message}\n--- server log ---\n${server.logs().slice(-4000)}`);
    } finally {
      await p.close();
    }
  });
});
