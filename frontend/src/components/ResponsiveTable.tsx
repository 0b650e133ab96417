// One table for every list of records in the app (findings, analyses,
// billing, API keys, members, admin users). From 768 px up it is an
// ordinary table; below, the same elements are laid out as cards by CSS
// alone: every row a card, every cell a line with its column's name
// before it (from data-label), so a phone never scrolls sideways and there
// is one DOM for tests, selection and focus. Explicit ARIA roles keep the
// table's semantics when the cards change its elements' display.
import type { HTMLAttributes, ReactNode } from 'react';

/**
 * How a column shows in the card layout: 'labelled' (default) puts the
 * column's name before the value; 'plain' shows the value alone (titles,
 * badges, buttons); 'lead' pins the value to the card's left edge (a
 * selection checkbox); 'hidden' leaves it out of the cards.
 */
export type CardRole = 'labelled' | 'plain' | 'lead' | 'hidden';

/** One column: its name, how to render a row's cell, and its layout. */
export type Column<T> = {
  /** The column's name: header text, and the label of its value in a card. */
  label: string;
  /** A header to show instead of the label (a "select all" checkbox); the label stays its accessible name. */
  header?: ReactNode;
  /** The cell of one row. */
  cell: (row: T) => ReactNode;
  /** Numbers are right-aligned in the table (left in cards). */
  align?: 'right';
  /** Extra classes for the cell, in both layouts. */
  className?: string;
  card?: CardRole;
};

/** A run of rows under a heading (the report's "group by"). */
export type RowGroup<T> = { key: string; heading?: ReactNode; rows: T[] };

/** Attributes for one row's element (data-testid, data-* state, classes). */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | boolean | undefined };

type Props<T> = {
  /** What the table lists, for screen readers. */
  caption: string;
  columns: Column<T>[];
  /** The rows; or give groups instead. */
  rows?: T[];
  /** Rows in groups with a heading each (ignored when rows is given). */
  groups?: RowGroup<T>[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => RowAttributes;
  /** Shown in one full-width row when there are no rows. */
  empty?: ReactNode;
  /** 'panel' draws its own bordered box; 'plain' sits inside a panel that already has one. */
  variant?: 'panel' | 'plain';
  'data-testid'?: string;
};

const CELL = 'px-3 py-2 align-top max-md:px-0 max-md:py-0.5';
const CARD_CELL: Record<CardRole, string> = {
  labelled:
    'max-md:flex max-md:gap-3 max-md:before:w-24 max-md:before:shrink-0 max-md:before:pt-0.5 max-md:before:text-xs max-md:before:font-medium max-md:before:text-slate-500 max-md:before:content-[attr(data-label)] dark:max-md:before:text-slate-400',
  plain: 'max-md:block',
  lead: 'max-md:absolute max-md:left-3 max-md:top-3',
  hidden: 'max-md:hidden',
};

/**
 * A table that becomes a list of cards below 768 px. Cells of each column
 * come from its cell function; a row's card reads top to bottom in
 * column order.
 */
export function ResponsiveTable<T>({ caption, columns, rows, groups: given, rowKey, rowProps, empty, variant = 'panel', ...rest }: Props<T>) {
  const groups = (rows ? [{ key: '', rows }] : (given ?? [])).filter((g) => g.rows.length > 0);
  const hasLead = columns.some((c) => c.card === 'lead');
  const box =
    variant === 'panel'
      ? 'rounded-lg border border-slate-200 bg-white md:overflow-x-auto dark:border-slate-800 dark:bg-slate-900 max-md:border-0 max-md:bg-transparent dark:max-md:bg-transparent'
      : 'md:overflow-x-auto';
  const card = `max-md:relative max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3 dark:max-md:border-slate-800 dark:max-md:bg-slate-900 ${
    hasLead ? 'max-md:pl-10' : ''
  }`;
  return (
    <div className={box}>
      <table role="table" className="w-full text-left text-sm max-md:block" data-testid={rest['data-testid']}>
        <caption className="sr-only">{caption}</caption>
        <thead
          role="rowgroup"
          className={`text-xs uppercase text-slate-600 max-md:hidden dark:text-slate-300 ${variant === 'panel' ? 'bg-slate-50 dark:bg-slate-800/60' : ''}`}
        >
          <tr role="row">
            {columns.map((c) => (
              <th
                key={c.label}
                role="columnheader"
                scope="col"
                aria-label={c.header ? c.label : undefined}
                className={`px-3 py-2 font-semibold ${c.align === 'right' ? 'text-right' : ''} ${c.card === 'lead' ? 'w-8' : ''}`}
              >
                {c.header ?? c.label}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key} role="rowgroup" className="divide-y divide-slate-200 max-md:block max-md:space-y-3 max-md:divide-y-0 dark:divide-slate-800 max-md:[&+tbody]:mt-3">
            {g.heading !== undefined && (
              <tr role="row" className="bg-slate-100 max-md:block max-md:rounded-md dark:bg-slate-800/70">
                <th role="rowheader" scope="rowgroup" colSpan={columns.length} className="px-3 py-1.5 text-left font-mono text-xs break-all max-md:block">
                  {g.heading}
                </th>
              </tr>
            )}
            {g.rows.map((r) => {
              const props = rowProps?.(r) ?? {};
              return (
                <tr key={rowKey(r)} role="row" {...props} className={`${card} ${props.className ?? ''}`}>
                  {columns.map((c) => (
                    <td
                      key={c.label}
                      role="cell"
                      data-label={c.label}
                      className={`${CELL} ${CARD_CELL[c.card ?? 'labelled']} ${c.align === 'right' ? 'md:text-right md:tabular-nums' : ''} ${c.className ?? ''}`}
                    >
                      <div className="min-w-0 max-md:flex-1">{c.cell(r)}</div>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
        {groups.length === 0 && empty !== undefined && (
          <tbody role="rowgroup" className="max-md:block">
            <tr role="row" className="max-md:block">
              <td role="cell" colSpan={columns.length} className="px-3 py-6 text-center text-slate-500 max-md:block dark:text-slate-400">
                {empty}
              </td>
            </tr>
          </tbody>
        )}
      </table>
    </div>
  );
}
