// Builds the code view of a finding: its matched lines (highlighted), the
// source lines stored around them, and the lines of the data-flow trace in
// the same file, in line order, with a gap marker wherever lines are
// skipped.
import type { Finding } from './api';

export type CodeRow = { kind: 'line'; n: number; text: string; hit: boolean; note?: string } | { kind: 'gap' };

export function codeRows(f: Finding): CodeRow[] {
  const m = new Map<number, { text: string; hit: boolean; note?: string }>();
  const start = f.location.start_line;
  f.snippet.split('\n').forEach((text, i) => {
    if (start > 0) m.set(start + i, { text, hit: true });
  });
  const end = Math.max(f.location.end_line, start);
  const ctx = f.context;
  if (ctx && start > 0) {
    ctx.lines.forEach((text, i) => {
      const n = ctx.start_line + i;
      if (n >= start && n <= end) m.set(n, { text, hit: true });
      else if (!m.has(n)) m.set(n, { text, hit: false });
    });
  }
  for (const st of f.trace) {
    if (st.location.path !== f.location.path || !st.snippet || st.location.start_line < 1) continue;
    const n = st.location.start_line;
    const cur = m.get(n);
    if (cur) {
      cur.note ??= st.kind;
    } else {
      m.set(n, { text: st.snippet.split('\n')[0], hit: false, note: st.kind });
    }
  }
  const out: CodeRow[] = [];
  let prev = 0;
  for (const n of [...m.keys()].sort((a, b) => a - b)) {
    if (prev && n > prev + 1) out.push({ kind: 'gap' });
    out.push({ kind: 'line', n, ...m.get(n)! });
    prev = n;
  }
  return out;
}
