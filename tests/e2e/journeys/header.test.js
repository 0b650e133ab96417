// Journey: the signed-in header stays on one line, without overflow, at
// the widths between the phone drawer and a wide desktop (768, 1024 and
// 1279 px, light and dark), for an instance admin with a long name: the
// navigation moves into the menu drawer below 1024 px and the account's
// links into the account menu, which opens and closes from the keyboard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { useServer, signUp } from '../lib/app.js';

describe('header', () => {
  const env = useServer();

  /** Centres of the visible header controls, the header's height and the page's width. */
  async function measure(page) {
    return page.evaluate(() => {
      const centres = new Set();
      for (const el of document.querySelectorAll('header a, header button, header select')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) centres.add(Math.round(r.top + r.height / 2));
      }
      const nav = document.querySelector('nav[aria-label="Main"]');
      return {
        centres: [...centres],
        height: Math.round(document.querySelector('header').getBoundingClientRect().height),
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        navScrolls: !!nav && nav.scrollWidth > nav.clientWidth + 1,
      };
    });
  }

  it('keeps one line at 768, 1024 and 1279 px with the account menu keyboard-operable', async () => {
    const p = await newPage(env.browser, env.server, { viewport: { width: 1279, height: 800 } });
    const { page } = p;
    try {
      await signUp(page, { name: 'Ada Augusta Lovelace-Byron', email: 'ada.augusta@example.com' });
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const toggle = page.getByTestId('theme-toggle');
        if ((await toggle.getAttribute('aria-pressed')) !== String(scheme === 'dark')) await toggle.click();
        for (const width of [768, 1024, 1279]) {
          await page.setViewportSize({ width, height: 800 });
          await page.waitForTimeout(250);
          const m = await measure(page);
          const spread = Math.max(...m.centres) - Math.min(...m.centres);
          assert.ok(spread < 12, `${width} px ${scheme}: header controls on more than one line (centres ${m.centres.join(', ')})`);
          assert.ok(m.height <= 72, `${width} px ${scheme}: header ${m.height} px tall`);
          assert.ok(m.scrollWidth <= m.innerWidth, `${width} px ${scheme}: page ${m.scrollWidth} px wide`);
          assert.ok(!m.navScrolls, `${width} px ${scheme}: the navigation scrolls sideways`);
          // Below 1024 px the navigation is in the drawer, from 1024 px in the header.
          assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), width >= 1024, `${width} px: main navigation visibility`);
          assert.equal(await page.getByTestId('menu-button').isVisible(), width < 1024, `${width} px: menu button visibility`);
          await p.screenshot(`header-${width}-${scheme}`);
        }
      }
      // The account menu from the keyboard: Enter opens it, Tab reaches its links, Escape closes it
      // and gives focus back.
      const account = page.getByTestId('signed-in-as');
      await account.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('admin-link').waitFor();
      assert.equal(await account.getAttribute('aria-expanded'), 'true');
      await p.screenshot('header-account-menu-1279-dark');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Account');
      await page.keyboard.press('Escape');
      await page.getByTestId('admin-link').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'signed-in-as');
      const problems = await p.problems();
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } catch (err) {
      await p.screenshot('header-failure').catch(() => {});
      throw err;
    } finally {
      await p.close();
    }
  });
});
