// Journey: sign up, see the welcome credits in the header, buy a pack on the
// Billing page (the app asks stripe-mock for a Checkout Session), come back
// to the success page that says "processing" until the signed webhook
// lands, then see the new balance and the purchase in the history.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, startServer } from '../lib/harness.js';
import { deliverEvent, startStripeMock } from '../lib/stripe.js';
import { signUp } from '../lib/app.js';

const WEBHOOK_SECRET = 'whsec_e2e_secret';

describe('billing', () => {
  let server;
  let browser;
  let stripe;

  before(async () => {
    stripe = await startStripeMock();
    server = await startServer({
      VIGIL_STRIPE_SECRET_KEY: 'sk_test_e2e',
      VIGIL_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      VIGIL_STRIPE_API_URL: stripe.url,
      VIGIL_CREDITS_SIGNUP_GRANT: '10',
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    stripe?.stop();
  });

  it('buys a credit pack through Stripe Checkout and shows the new balance', async () => {
    const p = await newPage(browser, server);
    const { page } = p;
    try {
      await signUp(page, { name: 'Bill Ing', email: 'bill@example.com' });
      await assert.doesNotReject(page.getByTestId('header-balance').filter({ hasText: '10 credits' }).waitFor());

      await page.getByTestId('signed-in-as').click(); // the account menu
      await page.getByRole('link', { name: 'Billing', exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/billing');
      await page.getByTestId('billing-balance').filter({ hasText: '10' }).waitFor();
      await page.getByText('Welcome grant').waitFor();
      await p.screenshot('billing-light');

      // Stripe's hosted page is not reachable from here: stand in for it.
      await page.route('https://checkout.stripe.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Stripe Checkout</title><h1>Stripe Checkout (test)</h1>' }),
      );
      // Pass the app's request through untouched, keeping a copy of the answer
      // (the page navigates away before its body could be read later).
      let answer;
      await page.route('**/api/v1/credits/checkout', async (route) => {
        const res = await route.fetch();
        answer = { status: res.status(), body: await res.json() };
        await route.fulfill({ response: res });
      });
      await page.getByRole('button', { name: /^Buy Starter: 100 credits/ }).click();
      await page.waitForURL((u) => u.hostname === 'checkout.stripe.com');
      assert.equal(answer.status, 201);
      const { session_id: sessionId, checkout_id: checkoutId, url } = answer.body;
      assert.match(sessionId, /^cs_/);
      assert.equal(page.url(), url);

      // Stripe sends the buyer back before the webhook arrives.
      await page.goto(`/billing/success?session_id=${encodeURIComponent(sessionId)}`);
      await page.getByTestId('checkout-processing').waitFor();
      await p.screenshot('billing-success-processing-light');

      const completed = {
        id: `evt_e2e_${checkoutId}`,
        type: 'checkout.session.completed',
        data: {
          object: {
            id: sessionId, object: 'checkout.session', status: 'complete', payment_status: 'paid', amount_total: 1000,
            currency: 'usd', payment_intent: 'pi_e2e', client_reference_id: checkoutId, metadata: { checkout_id: checkoutId },
          },
        },
      };
      // Delivered five times (Stripe retries): credited once.
      for (let i = 0; i < 5; i++) assert.equal(await deliverEvent(server.url, WEBHOOK_SECRET, completed), 200);
      // Stripe's charge event brings the receipt link.
      const charge = {
        id: `evt_e2e_charge_${checkoutId}`,
        type: 'charge.succeeded',
        data: { object: { id: 'ch_e2e', object: 'charge', amount: 1000, amount_refunded: 0, payment_intent: 'pi_e2e', receipt_url: 'https://pay.stripe.com/receipts/e2e' } },
      };
      assert.equal(await deliverEvent(server.url, WEBHOOK_SECRET, charge), 200);
      // A forged event is refused.
      assert.equal(await deliverEvent(server.url, 'whsec_wrong', { ...completed, id: 'evt_forged' }), 400);

      await page.getByTestId('checkout-balance').filter({ hasText: '110' }).waitFor({ timeout: 15_000 });
      await page.getByTestId('header-balance').filter({ hasText: '110 credits' }).waitFor();
      await p.screenshot('billing-success-paid-light');

      await page.getByRole('link', { name: 'Back to billing' }).click();
      await page.getByTestId('billing-balance').filter({ hasText: '110' }).waitFor();
      const ledger = page.getByTestId('ledger');
      await ledger.getByText('Purchase').waitFor();
      assert.equal(await ledger.getByText('Purchase').count(), 1);
      await page.getByRole('cell', { name: 'Paid' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Receipt', exact: true }).getAttribute('href'), 'https://pay.stripe.com/receipts/e2e');
      assert.equal(await ledger.getByRole('link', { name: 'receipt' }).getAttribute('href'), 'https://pay.stripe.com/receipts/e2e');
      await p.screenshot('billing-after-purchase-light');

      // A cancelled checkout changes nothing and says so.
      await page.goto('/billing?checkout=cancelled');
      await page.getByText('Checkout cancelled: nothing was charged').waitFor();
      await page.getByTestId('billing-balance').filter({ hasText: '110' }).waitFor();
      await page.getByTestId('theme-toggle').click();
      await p.screenshot('billing-cancelled-dark');

      assert.deepEqual(await p.problems(), []);
    } finally {
      await p.close();
    }
  });
});
