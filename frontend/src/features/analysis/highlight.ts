// Syntax highlighting of a finding's code rows with the CodeMirror
// language parsers the app already ships (no editor: only the parse tree
// and Lezer's class highlighter). Each line is split into spans whose
// classes (tok-keyword, tok-string, ...) are styled in index.css, so the
// CSP's style-src 'self' holds.
import { classHighlighter, highlightTree } from '@lezer/highlight';
import type { Parser } from '@lezer/common';
import { python } from '@codemirror/lang-python';
import { javascript } from '@codemirror/lang-javascript';
import { go } from '@codemirror/lang-go';
import { java } from '@codemirror/lang-java';
import { php } from '@codemirror/lang-php';
import { langFromFilename, type Lang } from './language';

/** A run of text with its highlight classes ('' for plain text). */
export type Span = { text: string; cls: string };

function parserFor(lang: Lang): Parser {
  switch (lang) {
    case 'python':
      return python().language.parser;
    case 'javascript':
      return javascript({ jsx: true }).language.parser;
    case 'typescript':
      return javascript({ typescript: true, jsx: true }).language.parser;
    case 'go':
      return go().language.parser;
    case 'java':
      return java().language.parser;
    case 'php':
      return php({ plain: false }).language.parser;
  }
}

/**
 * Highlights lines of one file (picked by its name's extension; unknown
 * languages come back as plain text). The lines are parsed together, so a
 * string or comment spanning lines is coloured across them.
 */
export function highlightLines(path: string, lines: string[]): Span[][] {
  const plain = lines.map((text) => [{ text, cls: '' }]);
  const lang = langFromFilename(path);
  if (!lang || lines.length === 0) return plain;
  const src = lines.join('\n');
  let tree;
  try {
    tree = parserFor(lang).parse(src);
  } catch {
    return plain;
  }
  // classes per character offset range, then cut per line
  const marks: { from: number; to: number; cls: string }[] = [];
  highlightTree(tree, classHighlighter, (from, to, cls) => marks.push({ from, to, cls }));
  const out: Span[][] = [];
  let offset = 0;
  let mi = 0;
  for (const line of lines) {
    const start = offset;
    const end = start + line.length;
    const spans: Span[] = [];
    let pos = start;
    while (mi < marks.length && marks[mi].to <= start) mi++;
    for (let j = mi; j < marks.length && marks[j].from < end; j++) {
      const from = Math.max(marks[j].from, start);
      const to = Math.min(marks[j].to, end);
      if (from > pos) spans.push({ text: src.slice(pos, from), cls: '' });
      if (to > from) spans.push({ text: src.slice(from, to), cls: marks[j].cls });
      pos = Math.max(pos, to);
    }
    if (pos < end) spans.push({ text: src.slice(pos, end), cls: '' });
    out.push(spans.length ? spans : [{ text: '', cls: '' }]);
    offset = end + 1;
  }
  return out;
}
