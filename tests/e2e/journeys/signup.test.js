// Journey: sign up with email and password on an instance that sends
// email, use the app right away with a banner asking to confirm the
// address, confirm it from the emailed link; a second sign-up with the
// same email gets no account and the owner gets a notice instead.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { startFakeSMTP } from '../lib/fake-smtp.js';

describe('sign-up with email confirmation', () => {
  let smtp;
  let server;
  let browser;

  before(async () => {
    smtp = await startFakeSMTP();
    server = await startServer(smtp.env);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  async function signUp(page, email, password) {
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Vera Fied');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
  }

  it('signs up, works unconfirmed, confirms from the emailed link', async () => {
    const p = await newPage(browser, server);
    try {
      await signUp(p.page, 'vera@example.com', 'correct horse battery');
      await p.page.waitForURL((u) => u.pathname === '/');
      const banner = p.page.getByTestId('verify-email-banner');
      await banner.waitFor();
      assert.match((await banner.textContent()) ?? '', /vera@example\.com/);
      await p.screenshot('signup-unconfirmed-banner');

      const mail = await smtp.waitFor((m) => m.includes('To: vera@example.com') && m.includes('/auth/verify-email?token='));
      const link = new URL(mail.match(/(http\S+\/auth\/verify-email\?token=[A-Za-z0-9_-]+)/)[1]);
      await p.page.goto(link.pathname + link.search);
      await p.page.getByRole('button', { name: 'Confirm my email' }).click();
      await p.page.getByTestId('email-verified').waitFor();
      await p.page.getByRole('link', { name: 'Continue' }).click();
      await p.page.waitForURL((u) => u.pathname === '/');
      await p.page.getByTestId('signed-in-as').filter({ hasText: 'Vera Fied' }).waitFor();
      assert.equal(await p.page.getByTestId('verify-email-banner').count(), 0, 'banner gone once confirmed');
      const me = await p.page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
      assert.equal(me.email_verified, true);
      const problems = await p.problems();
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } finally {
      await p.close();
    }
  });

  it('answers a sign-up with a taken email like any other and tells the owner', async () => {
    const p = await newPage(browser, server);
    try {
      // The sign-in that follows sign-up is refused: another password.
      p.allowStatus('/api/v1/auth/login', 401);
      await signUp(p.page, 'vera@example.com', 'not the same password');
      const note = p.page.getByTestId('signup-check-email');
      await note.waitFor();
      assert.match((await note.textContent()) ?? '', /Sign-up received/);
      await p.screenshot('signup-check-email');
      const notice = await smtp.waitFor((m) => m.includes('To: vera@example.com') && m.includes('already has one'));
      assert.match(notice, /\/auth\/reset-password\?token=/);
      const problems = await p.problems();
      assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
    } finally {
      await p.close();
    }
  });
});
