import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { authRoutes } from './routes';
import { safeNext } from './api';

type Handler = (url: string, init?: RequestInit) => Response | undefined;

function json(status: number, body: unknown) {
  const ct = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': ct } });
}

function serve(handler: Handler) {
  const calls: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, init });
      return handler(url, init) ?? json(404, { type: 'x', title: 'Not found', status: 404 });
    }),
  );
  return calls;
}

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
    const gh = await screen.findByRole('link', { name: 'Continue with GitHub' });
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

describe('safeNext', () => {
  it('keeps same-site paths only', () => {
    expect(safeNext('/dashboard')).toBe('/dashboard');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
