import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MobileNav } from './MobileNav';
import { json, serve } from '../test-utils';

afterEach(() => {
  cleanup();
  document.cookie = 'vigil_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

function renderNav() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={['/analyses']}>
        <MobileNav />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('MobileNav', () => {
  it('opens a drawer with every destination and closes it with Escape, focus back on the button', async () => {
    document.cookie = 'vigil_csrf=tok; path=/';
    serve((url) =>
      url === '/api/v1/auth/me'
        ? json(200, { id: 'u1', email: 'a@example.com', name: 'Ana', instance_admin: false, workspace: { id: 'w1', name: 'W', role: 'owner' }, workspaces: [] })
        : undefined,
    );
    renderNav();
    const button = await screen.findByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Menu' });
    const links = Array.from(dialog.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Dashboard', '/w/w1/'],
      ['Analyses', '/w/w1/analyses'],
      ['New analysis', '/w/w1/analyses/new'],
      ['Repositories', '/repositories'],
      ['API reference', '/docs/api'],
      ['Billing', '/billing'],
      ['Workspaces', '/settings/workspaces'],
      ['Account', '/settings/account'],
    ]);
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('offers a viewer no New analysis, as the header does', async () => {
    document.cookie = 'vigil_csrf=tok; path=/';
    serve((url) =>
      url === '/api/v1/auth/me'
        ? json(200, { id: 'u1', email: 'v@example.com', name: 'Vi', instance_admin: false, workspace: { id: 'w2', name: 'T', role: 'viewer' }, workspaces: [] })
        : undefined,
    );
    renderNav();
    await userEvent.click(await screen.findByRole('button', { name: 'Menu' }));
    const names = Array.from(screen.getByRole('dialog').querySelectorAll('a')).map((a) => a.textContent);
    expect(names).toContain('Analyses');
    expect(names).not.toContain('New analysis');
  });

  it('offers sign-in to a visitor', async () => {
    renderNav();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin');
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
  });
});
