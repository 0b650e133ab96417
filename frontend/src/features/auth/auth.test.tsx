import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { authRoutes } from './routes';
import { safeNext } from './api';
import { VerifyEmailBanner } from './VerifyEmailBanner';
import { json, serve } from '../../test-utils';


function renderAt(path: string) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {authRoutes}
          <Route path="/" element={<p>dashboard</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('sign in', () => {
  it('shows the enabled providers and signs in with a password', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/auth/providers')
        return json(200, { password: true, signup: true, providers: [{ id: 'github', name: 'GitHub', start_url: '/api/v1/auth/oauth/github/start' }] });
      if (url === '/api/v1/auth/login') return json(200, { id: 'u', email: 'a@example.com', workspaces: [] });
    });
    renderAt('/signin?next=/');
    // The first render of the file pays the cold start: allow for a busy machine.
    const gh = await screen.findByRole('link', { name: 'Continue with GitHub' }, { timeout: 5000 });
    expect(gh).toHaveAttribute('href', '/api/v1/auth/oauth/github/start?next=%2F');
    expect(screen.queryByText(/Google/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Email'), 'a@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('dashboard');
    const login = calls.find((c) => c.url === '/api/v1/auth/login');
    expect(JSON.parse(String(login?.init?.body))).toEqual({ email: 'a@example.com', password: 'correct horse battery' });
  });

  it('shows the server message when sign-in is refused', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/providers') return json(200, { password: true, signup: true, providers: [] });
      if (url === '/api/v1/auth/login')
        return json(423, { type: 'x', title: 'Locked', status: 423, detail: 'this account is temporarily locked' });
    });
    renderAt('/signin');
    await userEvent.type(screen.getByLabelText('Email'), 'a@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('temporarily locked');
  });
});

describe('oauth error page', () => {
  it('explains each refusal code', () => {
    serve(() => undefined);
    renderAt('/auth/error?code=email_unverified');
    expect(screen.getByTestId('oauth-error-message')).toHaveTextContent(/no verified primary email/);
  });
});

describe('sign up', () => {
  it('shows field errors from the server', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/register')
        return json(422, { type: 'x', title: 'Invalid', status: 422, detail: 'invalid input', errors: [{ field: 'password', message: 'must be 8 to 256 characters' }] });
    });
    renderAt('/signup');
    await userEvent.type(screen.getByLabelText('Email'), 'a@example.com');
    await userEvent.type(screen.getByLabelText(/Password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByText('must be 8 to 256 characters')).toBeInTheDocument());
  });
});

describe('sign up then sign in', () => {
  it('signs in with the same credentials and lands on next', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/auth/register') return json(202, { status: 'Sign-up received: sign in to continue.' });
      if (url === '/api/v1/auth/login') return json(200, { id: 'u', email: 'a@example.com', email_verified: false, workspaces: [] });
    });
    renderAt('/signup?next=/');
    await userEvent.type(screen.getByLabelText('Email'), 'a@example.com');
    await userEvent.type(screen.getByLabelText(/Password/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByText('dashboard');
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/register', '/api/v1/auth/login']);
    expect(JSON.parse(String(calls[1].init?.body))).toEqual({ email: 'a@example.com', password: 'correct horse battery' });
  });

  it('says to check the inbox when sign-in does not follow (the email was taken)', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/register') return json(202, { status: 'Sign-up received: sign in to continue.' });
      if (url === '/api/v1/auth/login')
        return json(401, { type: 'x', title: 'Unauthorized', status: 401, detail: 'invalid email or password' });
    });
    renderAt('/signup');
    await userEvent.type(screen.getByLabelText('Email'), 'taken@example.com');
    await userEvent.type(screen.getByLabelText(/Password/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByTestId('signup-check-email')).toHaveTextContent('Sign-up received');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'reset your password' })).toHaveAttribute('href', '/auth/forgot-password');
  });
});

describe('email confirmation', () => {
  afterEach(() => {
    document.cookie = 'vigil_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('confirms with the token from the link on a click', async () => {
    const calls = serve((url) => {
      if (url === '/api/v1/auth/verify-email') return json(200, { status: 'your email address is confirmed' });
    });
    renderAt('/auth/verify-email?token=tok123');
    expect(calls.some((c) => c.url === '/api/v1/auth/verify-email')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm my email' }));
    await screen.findByTestId('email-verified');
    const call = calls.find((c) => c.url === '/api/v1/auth/verify-email');
    expect(JSON.parse(String(call?.init?.body))).toEqual({ token: 'tok123' });
  });

  it('shows the server message for a used link', async () => {
    serve((url) => {
      if (url === '/api/v1/auth/verify-email')
        return json(422, { type: 'x', title: 'Invalid', status: 422, detail: 'this confirmation link is invalid, used or expired' });
    });
    renderAt('/auth/verify-email?token=old');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm my email' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('used or expired');
  });

  function renderBanner(verified: boolean) {
    document.cookie = 'vigil_csrf=x; path=/';
    const calls = serve((url) => {
      if (url === '/api/v1/auth/me')
        return json(200, { id: 'u', email: 'a@example.com', email_verified: verified, auth_method: 'cookie', workspaces: [] });
      if (url === '/api/v1/auth/verify-email/resend') return json(202, { status: 'a new confirmation link is on its way' });
    });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <VerifyEmailBanner />
        <p>page</p>
      </QueryClientProvider>,
    );
    return calls;
  }

  it('asks an unconfirmed account to confirm and sends a new link', async () => {
    const calls = renderBanner(false);
    const banner = await screen.findByTestId('verify-email-banner');
    expect(banner).toHaveTextContent('a@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('new confirmation link');
    expect(calls.some((c) => c.url === '/api/v1/auth/verify-email/resend' && c.init?.method === 'POST')).toBe(true);
  });

  it('stays hidden once the address is confirmed', async () => {
    const calls = renderBanner(true);
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/auth/me')).toBe(true));
    await screen.findByText('page');
    expect(screen.queryByTestId('verify-email-banner')).toBeNull();
  });
});

describe('safeNext', () => {
  it('keeps same-site paths only', () => {
    expect(safeNext('/dashboard')).toBe('/dashboard');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
