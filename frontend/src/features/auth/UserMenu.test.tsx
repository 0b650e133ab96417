import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { initials, UserMenu } from './UserMenu';
import { json, serve } from '../../test-utils';

function renderMenu(admin: boolean) {
  document.cookie = 'vigil_csrf=tok; path=/';
  serve((url) =>
    url === '/api/v1/auth/me'
      ? json(200, { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace-Byron', instance_admin: admin, workspace: { id: 'w1', name: 'W', role: 'owner' }, workspaces: [] })
      : undefined,
  );
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={['/analyses']}>
        <UserMenu />
        <button type="button">elsewhere</button>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('UserMenu', () => {
  it.each([
    ['an administrator', true, ['Account', 'Workspaces', 'Billing', 'Admin']],
    ['an ordinary account', false, ['Account', 'Workspaces', 'Billing']],
  ])("opens the account's links for %s from one button, and closes with Escape", async (_who, admin, want) => {
    renderMenu(admin);
    const button = await screen.findByRole('button', { name: 'Ada Lovelace-Byron' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const nav = screen.getByRole('navigation', { name: 'Account' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(want);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes when focus or a click goes elsewhere', async () => {
    renderMenu(false);
    const button = await screen.findByRole('button', { name: 'Ada Lovelace-Byron' });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull();
    await userEvent.click(button);
    // Tab through the panel's links and past Sign out: the menu closes.
    for (let i = 0; i < 6; i++) await userEvent.tab();
    expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull();
  });

  it.each([
    ['Ada Lovelace-Byron', 'AL'],
    ['ada', 'A'],
    ['ada@example.com', 'A'],
    ['', '?'],
  ])('initials(%j) = %j', (name, want) => expect(initials(name)).toBe(want));
});
