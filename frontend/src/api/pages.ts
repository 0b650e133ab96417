// Keyset paging, shared by every list the API pages with a cursor: the
// server answers one page and the cursor of the next (empty at the end).
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { api } from './client';

/** Any page the API returns: its rows under some key, and the next cursor. */
export interface CursorPage {
  next_cursor?: string;
}

/** The URL of the page after cursor ('' for the first) with its limit; the cursor is escaped. */
export function pageURL(path: string, limit: number, cursor: string): string {
  const q = new URLSearchParams({ limit: String(limit) });
  if (cursor) q.set('cursor', cursor);
  return `${path}?${q}`;
}

/** Loads pages one after another ("load more"), each from url(cursor). */
export function useCursorPages<P extends CursorPage>({ queryKey, url, enabled = true }: { queryKey: QueryKey; url: (cursor: string) => string; enabled?: boolean }) {
  return useInfiniteQuery({
    queryKey,
    initialPageParam: '',
    enabled,
    queryFn: ({ pageParam, signal }) => api<P>(url(pageParam), { signal }),
    getNextPageParam: (last) => last.next_cursor || undefined,
  });
}
