import { useEffect, useRef, type ReactNode } from 'react';

/** What LoadMore needs from an infinite query (useCursorPages). */
export interface Pages {
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The paging row under a list: how many rows are shown and a "Load more"
 * button while the server has more. Keyboard users keep their place: the
 * button stays focusable while a page loads (aria-disabled, not disabled,
 * which would drop focus to the page), and when the last page arrives and
 * the button goes, focus moves to the count, which is announced.
 */
export function LoadMore({ pages, shown, pendingText = 'Loading…', children }: { pages: Pages; shown: number; pendingText?: string; children?: ReactNode }) {
  const status = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  const { hasNextPage, isFetchingNextPage } = pages;
  useEffect(() => {
    if (isFetchingNextPage) return;
    if (!hasNextPage && hadFocus.current) status.current?.focus();
    hadFocus.current = false;
  }, [hasNextPage, isFetchingNextPage]);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
      <span ref={status} tabIndex={-1} data-testid="paging-status" className="rounded text-slate-600 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-400">
        {pages.isPending ? pendingText : `${shown.toLocaleString()} shown`}
      </span>
      {hasNextPage && (
        <button
          ref={button}
          type="button"
          aria-disabled={isFetchingNextPage || undefined}
          onClick={() => {
            if (isFetchingNextPage) return;
            hadFocus.current = document.activeElement === button.current;
            void pages.fetchNextPage();
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 aria-disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
      {children}
    </div>
  );
}
