import { Route } from 'react-router';
import { BillingPage } from './BillingPage';
import { CheckoutSuccessPage } from './CheckoutSuccessPage';

/** The billing pages, mounted inside the app shell's layout route. */
export const billingRoutes = [
  <Route key="billing" path="billing" element={<BillingPage />} />,
  <Route key="billing-success" path="billing/success" element={<CheckoutSuccessPage />} />,
];
