// Parses a unified diff (the AI's suggested fix) into typed lines for
// rendering, with old/new line numbers tracked through hunk headers.

export type DiffLineKind = 'add' | 'del' | 'context' | 'hunk' | 'file';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  oldLine?: number;
  newLine?: number;
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function parseDiff(diff: string): DiffLine[] {
  const out: DiffLine[] = [];
  let oldN = 0;
  let newN = 0;
  const lines = diff.replace(/\r\n/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (line.startsWith('--- ') || line.startsWith('+++ ') || line.startsWith('diff ') || line.startsWith('index ')) {
      out.push({ kind: 'file', text: line });
      continue;
    }
    const h = HUNK.exec(line);
    if (h) {
      oldN = Number(h[1]);
      newN = Number(h[2]);
      out.push({ kind: 'hunk', text: line });
      continue;
    }
    if (line.startsWith('+')) {
      out.push({ kind: 'add', text: line.slice(1), newLine: newN++ });
    } else if (line.startsWith('-')) {
      out.push({ kind: 'del', text: line.slice(1), oldLine: oldN++ });
    } else if (line.startsWith('\\')) {
      out.push({ kind: 'context', text: line });
    } else {
      const text = line.startsWith(' ') ? line.slice(1) : line;
      out.push({ kind: 'context', text, oldLine: oldN++, newLine: newN++ });
    }
  }
  return out;
}
