import Stripe from 'stripe';

const STRIPE_SECRET = 'sk_live_51NzQ8vKp3Xw7Tn2Lm9Rb4Hc6Jd1Fg0Se5Ua8Yi3Oq7Wt2Ez'; // LABEL: CWE-798

export const stripe = new Stripe(STRIPE_SECRET, { apiVersion: '2025-02-24.acacia' });

export async function createCheckout(priceId: string, customer: string) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    customer,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: 'https://shop.example.com/done',
  });
}
