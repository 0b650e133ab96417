import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LoadMore, type Pages } from './LoadMore';
import { pageURL, useCursorPages } from '../api/pages';
import { json, serve } from '../test-utils';

afterEach(() => vi.unstubAllGlobals());

function pages(over: Partial<Pages> = {}): Pages {
  return { isPending: false, hasNextPage: true, isFetchingNextPage: false, fetchNextPage: vi.fn(async () => undefined), ...over };
}

/** A list of numbers paged by the fake server, three pages of two. */
function Numbers() {
  const q = useCursorPages<{ items: number[]; next_cursor: string }>({ queryKey: ['n'], url: (c) => pageURL('/api/v1/n', 2, c) });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <ul>
        {rows.map((n) => (
          <li key={n}>row {n}</li>
        ))}
      </ul>
      <LoadMore pages={q} shown={rows.length} />
    </>
  );
}

describe('pageURL', () => {
  it.each([
    ['/api/v1/analyses', 20, '', '/api/v1/analyses?limit=20'],
    ['/api/v1/credits/ledger', 25, 'a+b/c=', '/api/v1/credits/ledger?limit=25&cursor=a%2Bb%2Fc%3D'],
  ])('%s limit %i after %j', (path, limit, cursor, want) => {
    expect(pageURL(path, limit, cursor)).toBe(want);
  });
});

describe('LoadMore', () => {
  it.each([
    [pages({ isPending: true }), 'Loading findings…', true],
    [pages(), '3 shown', true],
    [pages({ hasNextPage: false }), '3 shown', false],
  ])('shows the count and the button while there is more #%#', (p, text, button) => {
    render(<LoadMore pages={p} shown={3} pendingText="Loading findings…" />);
    expect(screen.getByTestId('paging-status')).toHaveTextContent(text);
    expect(screen.queryByRole('button', { name: 'Load more' }) !== null).toBe(button);
  });

  it('keeps the button focusable while a page loads and ignores presses meanwhile', async () => {
    const p = pages({ isFetchingNextPage: true });
    render(<LoadMore pages={p} shown={3} />);
    const b = screen.getByRole('button', { name: 'Loading…' });
    expect(b).not.toBeDisabled();
    expect(b).toHaveAttribute('aria-disabled', 'true');
    b.focus();
    await userEvent.keyboard('{Enter}');
    expect(p.fetchNextPage).not.toHaveBeenCalled();
    expect(b).toHaveFocus();
  });

  it('pages with the keyboard to the end, then focuses the count', async () => {
    serve((url) => {
      if (url === '/api/v1/n?limit=2') return json(200, { items: [1, 2], next_cursor: 'c2' });
      if (url === '/api/v1/n?limit=2&cursor=c2') return json(200, { items: [3, 4], next_cursor: 'c3' });
      if (url === '/api/v1/n?limit=2&cursor=c3') return json(200, { items: [5], next_cursor: '' });
      return undefined;
    });
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={qc}>
        <Numbers />
      </QueryClientProvider>,
    );
    const more = await screen.findByRole('button', { name: 'Load more' });
    expect(screen.getByTestId('paging-status')).toHaveTextContent('2 shown');
    await userEvent.tab();
    expect(more).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await screen.findByText('row 4');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Load more' })).toHaveFocus());
    await userEvent.keyboard(' ');
    await screen.findByText('row 5');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByTestId('paging-status')).toHaveTextContent('5 shown');
    await waitFor(() => expect(screen.getByTestId('paging-status')).toHaveFocus());
  });
});
