// Language of a pasted snippet: from the file name's extension first, then
// from tell-tale content. The server picks its parser by extension too, so
// the chosen language also sets the extension of the paste's file name.

export type Lang = 'python' | 'javascript' | 'typescript' | 'go' | 'java' | 'php';

export const LANGS: { id: Lang; label: string; ext: string }[] = [
  { id: 'python', label: 'Python', ext: 'py' },
  { id: 'javascript', label: 'JavaScript', ext: 'js' },
  { id: 'typescript', label: 'TypeScript', ext: 'ts' },
  { id: 'go', label: 'Go', ext: 'go' },
  { id: 'java', label: 'Java', ext: 'java' },
  { id: 'php', label: 'PHP', ext: 'php' },
];

const BY_EXT: Record<string, Lang> = {
  py: 'python',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  go: 'go',
  java: 'java',
  php: 'php',
};

export function langFromFilename(name: string): Lang | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? BY_EXT[m[1].toLowerCase()] : undefined;
}

export function langFromContent(src: string): Lang | undefined {
  const s = src.slice(0, 4000);
  if (/<\?php/.test(s)) return 'php';
  if (/^\s*package\s+[a-z_]\w*\s*$/m.test(s) && /\bfunc\s/.test(s)) return 'go';
  if (/^\s*package\s+[\w.]+;\s*$/m.test(s) || /\bpublic\s+(?:final\s+)?class\s+\w+/.test(s) || /System\.out\.println/.test(s)) return 'java';
  if (/^\s*(?:def|class)\s+\w+.*:\s*$/m.test(s) || /^\s*(?:from\s+[\w.]+\s+)?import\s+[\w.]+(?:\s+as\s+\w+)?\s*$/m.test(s) && !/;\s*$/m.test(s)) return 'python';
  if (/:\s*(?:string|number|boolean)\b|\binterface\s+\w+\s*\{|\bimport\s+type\b/.test(s)) return 'typescript';
  if (/\b(?:const|let|var|function)\b|=>|require\(|module\.exports/.test(s)) return 'javascript';
  return undefined;
}

/** Filename first (an explicit choice), then content. */
export function detectLang(filename: string, content: string): Lang | undefined {
  return langFromFilename(filename) ?? langFromContent(content);
}

/** The file name with its extension set for lang. */
export function withExt(filename: string, lang: Lang): string {
  const ext = LANGS.find((l) => l.id === lang)!.ext;
  const base = filename.trim() || 'snippet';
  const cur = langFromFilename(base);
  if (cur === lang) return base;
  return base.replace(/\.[a-z0-9]+$/i, '') + '.' + ext;
}
