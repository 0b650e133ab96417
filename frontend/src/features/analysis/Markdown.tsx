// A small Markdown renderer for fix texts and AI explanations: paragraphs,
// headings (as bold lines), bullet and numbered lists, fenced code, inline code, bold, italics and
// http(s) links. It builds React elements (never HTML strings), so
// whatever the text holds is shown as text: nothing in it can run or load.
import type { ReactNode } from 'react';

const INLINE = /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\[[^\]\n]+\]\((https?:\/\/[^)\s]+)\))|(\*[^*\s][^*\n]*\*)/g;

/** Inline markup of one block of text. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const [all, code, bold, link, href, em] = m;
    if (code) out.push(<code key={k++} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">{code.slice(1, -1)}</code>);
    else if (bold) out.push(<strong key={k++}>{bold.slice(2, -2)}</strong>);
    else if (link)
      out.push(
        <a key={k++} href={href} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
          {link.slice(1, link.indexOf(']('))}
        </a>,
      );
    else if (em) out.push(<em key={k++}>{em.slice(1, -1)}</em>);
    else out.push(all);
    last = m.index + all.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Renders Markdown text as sanitised React elements. */
export function Markdown({ text, className = '' }: { text: string; className?: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  let k = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
      i++;
      blocks.push(
        <pre key={k++} className="overflow-x-auto rounded bg-slate-100 px-3 py-2 font-mono text-xs dark:bg-slate-950">
          {body.join('\n')}
        </pre>,
      );
      continue;
    }
    const bullet = /^\s*[-*]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const re = bullet.test(line) ? bullet : numbered;
      const items: string[] = [];
      while (i < lines.length && re.test(lines[i])) items.push(lines[i++].replace(re, ''));
      const li = items.map((t, j) => <li key={j}>{inline(t)}</li>);
      blocks.push(re === bullet ? <ul key={k++} className="list-disc space-y-1 pl-5">{li}</ul> : <ol key={k++} className="list-decimal space-y-1 pl-5">{li}</ol>);
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    // A heading stays a line of bold text: the page's own headings keep the outline.
    const heading = /^\s*#{1,6}\s+/;
    if (heading.test(line)) {
      blocks.push(
        <p key={k++} className="font-semibold">
          {inline(line.replace(heading, '').replace(/\s+#+\s*$/, ''))}
        </p>,
      );
      i++;
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      !/^\s*```/.test(lines[i]) &&
      !bullet.test(lines[i]) &&
      !numbered.test(lines[i]) &&
      !heading.test(lines[i])
    )
      para.push(lines[i++]);
    blocks.push(<p key={k++}>{inline(para.join(' '))}</p>);
  }
  return <div className={`space-y-2 break-words ${className}`}>{blocks}</div>;
}
