// Syntax highlighting of a finding's code rows with the CodeMirror
// language parsers the app already ships (read-only: no editor, only the
// parse tree and Lezer's class highlighter). Each line is split into spans
// whose classes (tok-keyword, tok-string, ...) are styled in index.css, so
// the CSP's style-src 'self' holds. Each grammar is its own chunk, fetched
// when a finding in that language is shown: the finding page's own chunk
// stays small and shows plain text until its grammar arrives.
import { useEffect, useState } from 'react';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import type { Parser } from '@lezer/common';
import { langFromFilename, type Lang } from './language';

/** A run of text with its highlight classes ('' for plain text). */
export type Span = { text: string; cls: string };

/** Loads the parser of one language (its grammar's chunk, once). */
export function loadParser(lang: Lang): Promise<Parser> {
  switch (lang) {
    case 'python':
      return import('@codemirror/lang-python').then((m) => m.python().language.parser);
    case 'javascript':
      return import('@codemirror/lang-javascript').then((m) => m.javascript({ jsx: true }).language.parser);
    case 'typescript':
      return import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true, jsx: true }).language.parser);
    case 'go':
      return import('@codemirror/lang-go').then((m) => m.go().language.parser);
    case 'java':
      return import('@codemirror/lang-java').then((m) => m.java().language.parser);
    case 'php':
      return import('@codemirror/lang-php').then((m) => m.php({ plain: false }).language.parser);
  }
}

/** Lines as unhighlighted spans. */
export function plainLines(lines: string[]): Span[][] {
  return lines.map((text) => [{ text, cls: '' }]);
}

/**
 * Highlights lines of one file (picked by its name's extension; unknown
 * languages, and a grammar that fails to load, come back as plain text).
 * The lines are parsed together, so a string or comment spanning lines is
 * coloured across them.
 */
export async function highlightLines(path: string, lines: string[]): Promise<Span[][]> {
  const lang = langFromFilename(path);
  if (!lang || lines.length === 0) return plainLines(lines);
  try {
    return highlightWith(await loadParser(lang), lines);
  } catch {
    return plainLines(lines);
  }
}

/**
 * The highlighted lines of path: plain at first, coloured once the
 * language's grammar has loaded.
 */
export function useHighlightedLines(path: string, lines: string[]): Span[][] {
  const key = `${path}\n${lines.join('\n')}`;
  const [done, setDone] = useState<{ key: string; spans: Span[][] } | null>(null);
  useEffect(() => {
    let live = true;
    highlightLines(path, lines).then((spans) => live && setDone({ key, spans }));
    return () => {
      live = false;
    };
    // key covers path and lines
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return done?.key === key ? done.spans : plainLines(lines);
}

/** Highlights lines with a loaded parser. */
export function highlightWith(parser: Parser, lines: string[]): Span[][] {
  const plain = plainLines(lines);
  if (lines.length === 0) return plain;
  const src = lines.join('\n');
  let tree;
  try {
    tree = parser.parse(src);
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
