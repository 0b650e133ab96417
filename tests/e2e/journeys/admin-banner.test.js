// Journey: the instance administrator notice stays compact on a phone. The
// first account of an instance is told it administers the instance; at
// 360 px the notice (text, Admin link, Dismiss) takes at most two short
// rows instead of pushing the page ~200 px down, and Dismiss still hides it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { journey, signUp, useServer } from '../lib/app.js';

describe('instance admin notice', () => {
  const env = useServer();

  it('is compact at 360 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const p = await newPage(env.browser, env.server, { colorScheme, viewport: { width: 360, height: 780 } });
      const { page } = p;
      await journey(env.server, `admin-notice-360-${colorScheme}`, p, async () => {
        if (colorScheme === 'light') {
          await signUp(page, { name: 'Ada Admin', email: 'ada@example.com' });
        } else {
          await page.goto('/signin');
          await page.getByLabel('Email').fill('ada@example.com');
          await page.getByLabel(/^Password/).fill('correct horse battery');
          await page.getByRole('button', { name: /^Sign in/ }).click();
          await page.waitForURL((u) => u.pathname === '/');
        }
        const notice = page.getByTestId('instance-admin-notice');
        await notice.waitFor();
        await p.screenshot(`admin-notice-360-${colorScheme}`);
        const box = await notice.boundingBox();
        assert.ok(box.height <= 72, `the notice is ${box.height} px high at 360 px (want at most 72)`);
        assert.ok(box.width <= 360, `the notice is ${box.width} px wide`);
        await notice.getByRole('link', { name: 'Admin' }).waitFor();
        await notice.getByRole('button', { name: /Dismiss/ }).click();
        await notice.waitFor({ state: 'detached' });
      });
    }
  });
});
