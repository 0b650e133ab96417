// Journey: the instance admin area with seeded data. The first account is
// told it administers the instance; the overview shows KPIs (sign-ups,
// active users, analyses per day by tier and outcome, credits sold and
// spent, AI cost) as charts; users are searched and one is disabled; the
// audit log is filtered (kept in the URL) and its hash chain verified; an
// ordinary account cannot open the area. At 1440 px and 360 px, light and
// dark: the header stays on one line at 1440 px and nothing scrolls
// sideways at 360 px (tables turn into cards).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { newPage } from '../lib/harness.js';
import { PASSWORD, signUp, useServer } from '../lib/app.js';

/** Runs SQL on the server's SQLite database (WAL: safe beside the server). */
function sql(server, statement) {
  return execFileSync('sqlite3', ['-cmd', '.timeout 5000', path.join(server.dataDir, 'vigil.db'), statement], { encoding: 'utf8' }).trim();
}

/** A stored timestamp moved back by `days`, in the format the server writes. */
function daysAgo(template, days) {
  const d = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  return d + template.slice(10);
}

/** POSTs JSON from the signed-in page (with its CSRF token). */
async function post(page, url, body) {
  return page.evaluate(
    async ([u, b]) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('vigil_csrf='))?.split('=')[1] ?? '';
      const res = await fetch(u, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(b) });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    [url, body],
  );
}

async function noSideScroll(page, what) {
  const { sw, iw, wide } = await page.evaluate(() => {
    const iw = window.innerWidth;
    // The outermost elements that reach past the screen, to name in a failure.
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > iw + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > iw + 1))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join('.')}`);
    return { sw: document.documentElement.scrollWidth, iw, wide };
  });
  assert.ok(sw <= iw, `${what}: page is ${sw} px wide on a ${iw} px screen (${wide.join(', ')})`);
}

describe('admin', () => {
  const env = useServer();

  it('shows KPIs, searches and disables users, filters and verifies the audit log', async () => {
    const p = await newPage(env.browser, env.server, { viewport: { width: 1440, height: 900 } });
    const { page } = p;
    const shot = async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0); // no chart tooltip in the screenshot
      await page.waitForTimeout(250); // colour transitions after a theme switch
      await p.screenshot(name);
    };
    const other = await newPage(env.browser, env.server, { viewport: { width: 1440, height: 900 } });
    try {
      // 1. The first account is told it administers the instance.
      await signUp(page, { name: 'Ada Admin', email: 'ada@example.com' });
      const notice = page.getByTestId('instance-admin-notice');
      await notice.waitFor();
      assert.match(await notice.textContent(), /instance administrator/);
      // The account menu holds the Admin link; the header (switcher, navigation, account
      // menu) stays on one line at 1440 px.
      await page.getByTestId('signed-in-as').click();
      await page.getByTestId('admin-link').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('admin-link').waitFor({ state: 'detached' });
      const rows = await page.evaluate(() => {
        const tops = new Set();
        for (const el of document.querySelectorAll('header a, header button, header select')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top + r.height / 2));
        }
        return [...tops];
      });
      const spread = Math.max(...rows) - Math.min(...rows);
      assert.ok(spread < 12, `header controls sit on more than one line at 1440 px (centres ${rows.join(', ')})`);
      await shot('admin-header-1440-light');

      // 2. A second account (not an administrator) is refused.
      await signUp(other.page, { name: 'Dev Eloper', email: 'dev@example.com' });
      await other.page.goto('/admin');
      await other.page.getByText('Only instance administrators can open the admin area.').waitFor();
      await other.page.getByTestId('signed-in-as').click();
      await other.page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Workspaces' }).waitFor();
      assert.equal(await other.page.getByTestId('admin-link').count(), 0, 'no Admin link for a non-administrator');
      await other.page.keyboard.press('Escape');
      other.allowStatus('/api/v1/admin/', 403);
      const refused = await other.page.evaluate(async () => (await fetch('/api/v1/admin/kpis')).status);
      assert.equal(refused, 403);

      // 3. Seed: a real static analysis and a grant, plus older history.
      const paste = await post(page, '/api/v1/analyses', { tier: 'static', filename: 'app.py', content: 'import os\nos.system(input())\n' });
      assert.equal(paste.status, 201, JSON.stringify(paste.body));
      const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
      const grant = await post(page, '/api/v1/credits/grants', { workspace_id: me.workspace.id, amount: 500, reason: 'pilot programme' });
      assert.equal(grant.status, 200, JSON.stringify(grant.body));
      const stamp = sql(env.server, "SELECT created_at FROM auth_users WHERE email = 'ada@example.com'");
      const ws = randomUUID();
      const inserts = [];
      const outcomes = ['completed', 'completed', 'failed', 'completed', 'canceled', 'completed'];
      const tiers = ['static', 'standard', 'deep'];
      for (let day = 1; day <= 20; day++) {
        if (day % 3 === 0) {
          inserts.push(`INSERT INTO auth_users (id, email, name, created_at, updated_at) VALUES ('${randomUUID()}', 'user${day}@corp.example', 'User ${day}', '${daysAgo(stamp, day)}', '${daysAgo(stamp, day)}');`);
        }
        for (let i = 0; i < (day % 4) + 1; i++) {
          const at = daysAgo(stamp, day);
          const tier = tiers[(day + i) % 3];
          const status = outcomes[(day + i) % outcomes.length];
          const ai = tier === 'static' ? 0 : tier === 'standard' ? 0.12 : 0.85;
          inserts.push(
            `INSERT INTO analyses (id, workspace_id, created_by, name, project_key, source_kind, tier, status, ai_cost_usd, created_at, updated_at) VALUES ('${randomUUID()}', '${ws}', '${randomUUID()}', 'seeded', 'seeded', 'upload', '${tier}', '${status}', ${ai}, '${at}', '${at}');`,
          );
        }
        if (day % 5 === 0) {
          inserts.push(`INSERT INTO credit_ledger (id, workspace_id, kind, amount, balance_after, idempotency_key, created_at) VALUES ('${randomUUID()}', '${ws}', 'purchase', 1000, 0, '${randomUUID()}', '${daysAgo(stamp, day)}');`);
        }
        inserts.push(`INSERT INTO credit_ledger (id, workspace_id, kind, amount, balance_after, idempotency_key, created_at) VALUES ('${randomUUID()}', '${ws}', 'charge', -${40 + day * 3}, 0, '${randomUUID()}', '${daysAgo(stamp, day)}');`);
      }
      sql(env.server, `BEGIN; ${inserts.join(' ')} COMMIT;`);

      // 4. The overview: totals and charts from the seeded data.
      await page.getByTestId('signed-in-as').click();
      await page.getByTestId('admin-link').click();
      await page.waitForURL((u) => u.pathname === '/admin');
      await page.getByTestId('kpi-totals').waitFor();
      const kpis = await page.evaluate(async () => (await fetch('/api/v1/admin/kpis?days=30')).json());
      assert.ok(kpis.totals.analyses >= 40, `analyses in 30 days: ${kpis.totals.analyses}`);
      assert.equal(kpis.totals.credits_sold, 4000);
      assert.ok(kpis.totals.credits_spent > 0 && kpis.totals.ai_cost_usd > 1, JSON.stringify(kpis.totals));
      assert.deepEqual(kpis.tiers, ['deep', 'standard', 'static']);
      const totals = await page.getByTestId('kpi-totals').textContent();
      assert.match(totals, /Credits sold4000/);
      assert.equal(await page.getByTestId('kpi-chart').count(), 5);
      assert.equal(await page.locator('[data-testid=kpi-chart] .recharts-bar-rectangle').count() > 20, true, 'bars drawn');
      await page.getByTestId('tier-outcome').waitFor(); // a table from 768 px, cards below
      // The window is kept in the URL.
      await page.getByRole('button', { name: '7 days' }).click();
      await page.waitForURL((u) => u.search === '?days=7');
      await page.getByRole('button', { name: '30 days' }).click();
      await shot('admin-kpis-1440-light');
      await page.getByTestId('theme-toggle').click();
      await shot('admin-kpis-1440-dark');

      // 5. Users: search (in the URL), then disable the developer.
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Users' }).click();
      await page.getByLabel('Search users by email or name').fill('corp.example');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.search === '?q=corp.example');
      // The previous page stays on screen until the search answers.
      await page.getByTestId('user-row').filter({ hasText: 'ada@example.com' }).waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('user-row').count(), 6);
      await page.getByLabel('Search users by email or name').fill('nobody-here');
      await page.keyboard.press('Enter');
      await page.getByTestId('empty-state').filter({ hasText: 'No account matches' }).waitFor();
      await page.getByLabel('Search users by email or name').fill('dev@');
      await page.keyboard.press('Enter');
      const devRow = page.getByTestId('user-row').filter({ hasText: 'dev@example.com' });
      await devRow.waitFor();
      await devRow.getByRole('button', { name: 'Disable dev@example.com' }).click();
      await devRow.getByText('Disabled', { exact: true }).waitFor();
      // The disabled account's session ends.
      other.allowStatus('/api/v1/', 401);
      const after = await other.page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
      assert.equal(after, 401);
      await shot('admin-users-1440-dark');

      // 6. The audit log: filter by actor and action (in the URL), verify the chain.
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Audit log' }).click();
      await page.getByTestId('audit-row').first().waitFor();
      await page.getByLabel('Actor').fill('ada@');
      await page.getByLabel('Action').fill('admin.');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL((u) => u.searchParams.get('actor') === 'ada@' && u.searchParams.get('action') === 'admin.');
      const row = page.getByTestId('audit-row').filter({ hasText: 'admin.user_disabled' });
      await row.waitFor();
      await page.getByTestId('audit-row').filter({ hasText: 'auth.' }).first().waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('audit-row').count(), 1, 'only the administrator\'s admin.* events');
      assert.match(await row.textContent(), /ada@example\.com/);
      // A bad date is named next to its field, not as a broken page.
      p.allowStatus('/api/v1/admin/audit', 422);
      await page.goto('/admin/audit?from=2026-12-09&to=2026-12-01');
      await page.getByText('must be after from').waitFor();
      await page.goto('/admin/audit?action=admin.');
      await page.getByTestId('audit-row').first().waitFor();
      await page.getByTestId('verify-chain').click();
      const verdict = page.getByTestId('verify-result');
      await verdict.waitFor();
      assert.match(await verdict.textContent(), /The audit log is intact: all \d+ entries/);
      await shot('admin-audit-1440-dark');
      await page.getByTestId('theme-toggle').click();
      await shot('admin-audit-1440-light');

      // 7. A 360 px phone: cards instead of tables, no sideways scrolling.
      await page.setViewportSize({ width: 360, height: 780 });
      for (const [url, name] of [
        ['/admin', 'admin-kpis-360-light'],
        ['/admin/users?q=corp', 'admin-users-360-light'],
        ['/admin/sign-ins', 'admin-sign-ins-360-light'],
        ['/admin/audit', 'admin-audit-360-light'],
      ]) {
        await page.goto(url);
        await page.getByRole('heading', { name: 'Admin', exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        await noSideScroll(page, url);
        await shot(name);
      }
      assert.equal(await page.getByTestId('audit-table').isVisible(), false, 'the audit table becomes cards');
      assert.ok((await page.getByTestId('audit-card').count()) > 0);
      await page.getByTestId('theme-toggle').click();
      for (const [url, name] of [
        ['/admin', 'admin-kpis-360-dark'],
        ['/admin/audit?action=admin.', 'admin-audit-360-dark'],
      ]) {
        await page.goto(url);
        await page.waitForLoadState('networkidle');
        await noSideScroll(page, url);
        await shot(name);
      }
      // Keyboard: the menu button opens the drawer with the Admin link.
      await page.getByTestId('menu-button').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Admin' }).waitFor();
      await page.keyboard.press('Escape');

      const problems = [...(await p.problems()), ...(await other.problems())];
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } catch (err) {
      await p.screenshot('admin-failure').catch(() => {});
      throw err;
    } finally {
      await other.close();
      await p.close();
    }
  });
});
