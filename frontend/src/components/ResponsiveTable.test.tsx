import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ResponsiveTable, type Column } from './ResponsiveTable';

type Row = { id: string; name: string; n: number };

const columns: Column<Row>[] = [
  { label: 'Pick', card: 'lead', header: <input type="checkbox" aria-label="Pick all" />, cell: (r) => <input type="checkbox" aria-label={`Pick ${r.name}`} /> },
  { label: 'Name', card: 'plain', cell: (r) => <strong>{r.name}</strong> },
  { label: 'Count', align: 'right', cell: (r) => r.n },
  { label: 'Internal', card: 'hidden', cell: (r) => r.id },
];

const rows: Row[] = [
  { id: 'a', name: 'Alpha', n: 1 },
  { id: 'b', name: 'Beta', n: 22 },
];

afterEach(cleanup);

describe('ResponsiveTable', () => {
  it('is a table with column headers, one row per record and a caption', () => {
    render(<ResponsiveTable caption="Things" columns={columns} rows={rows} rowKey={(r) => r.id} data-testid="t" />);
    const table = screen.getByRole('table', { name: 'Things' });
    expect(table).toBe(screen.getByTestId('t'));
    expect(within(table).getAllByRole('columnheader').map((h) => h.getAttribute('aria-label') ?? h.textContent)).toEqual(['Pick', 'Name', 'Count', 'Internal']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['', 'Alpha', '1', 'a'],
      ['', 'Beta', '22', 'b'],
    ]);
  });

  it.each([
    // [column, classes the cell must carry for its card layout]
    ['Pick', ['max-md:absolute']],
    ['Name', ['max-md:block']],
    ['Count', ['max-md:flex', 'max-md:before:content-[attr(data-label)]', 'md:text-right']],
    ['Internal', ['max-md:hidden']],
  ])('lays out %s in a card by its role', (label, classes) => {
    render(<ResponsiveTable caption="Things" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const cell = screen.getAllByRole('cell').find((c) => c.getAttribute('data-label') === label)!;
    for (const c of classes) expect(cell.className.split(/\s+/)).toContain(c);
  });

  it('leaves room for a lead column in each card, and none without one', () => {
    const { unmount } = render(<ResponsiveTable caption="Things" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('row')[1].className).toContain('max-md:pl-10');
    unmount();
    render(<ResponsiveTable caption="Things" columns={columns.slice(1)} rows={rows} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('row')[1].className).not.toContain('max-md:pl-10');
  });

  it('passes row attributes through and keeps its card classes', () => {
    render(
      <ResponsiveTable
        caption="Things"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-testid': 'thing', 'data-big': r.n > 10 || undefined, className: 'muted' })}
      />,
    );
    const trs = screen.getAllByTestId('thing');
    expect(trs.map((t) => t.getAttribute('data-big'))).toEqual([null, 'true']);
    expect(trs[0].className).toContain('muted');
    expect(trs[0].className).toContain('max-md:block');
  });

  it('groups rows under headings, skipping empty groups', () => {
    render(
      <ResponsiveTable
        caption="Things"
        columns={columns}
        groups={[
          { key: 'x', heading: 'Group X', rows: [rows[0]] },
          { key: 'y', heading: 'Group Y', rows: [] },
          { key: 'z', heading: 'Group Z', rows: [rows[1]] },
        ]}
        rowKey={(r) => r.id}
      />,
    );
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Group X', 'Group Z']);
    expect(screen.getAllByRole('rowgroup')).toHaveLength(3); // head + two groups
  });

  it.each([
    ['no rows with an empty text', [] as Row[], 'Nothing here.', 'Nothing here.'],
    ['no rows without one', [] as Row[], undefined, null],
  ])('%s', (_, given, empty, want) => {
    render(<ResponsiveTable caption="Things" columns={columns} rows={given} rowKey={(r) => r.id} empty={empty} />);
    const cells = screen.queryAllByRole('cell');
    expect(cells.length ? cells[0].textContent : null).toBe(want);
  });
});
