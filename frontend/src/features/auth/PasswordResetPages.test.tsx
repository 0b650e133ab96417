import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ForgotPasswordPage } from './PasswordResetPages';
import { json, serve } from '../../test-utils';

function renderPage() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter>
        <ForgotPasswordPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('forgot password', () => {
  it.each([
    [false, true],
    [true, false],
  ])('instance sends email: %s → says it sends none: %s', async (email, saysNone) => {
    serve((url) => (url === '/api/v1/auth/providers' ? json(200, { password: true, signup: true, email, providers: [] }) : undefined));
    renderPage();
    if (saysNone) {
      expect(await screen.findByTestId('no-mail', {}, { timeout: 5000 })).toHaveTextContent('sends no email');
      expect(screen.queryByRole('button', { name: 'Send reset link' })).toBeNull();
    } else {
      expect(await screen.findByRole('button', { name: 'Send reset link' }, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.queryByTestId('no-mail')).toBeNull();
    }
  });
});
