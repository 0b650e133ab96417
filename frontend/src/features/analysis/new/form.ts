// The New Analysis form's state: one reducer instead of a dozen state
// hooks, so every edit is a named action and the rules between fields (an
// edit drops the quote; the file name or the pasted code picks the
// language) live in one pure, tested place.
import type { Options, Quote, Submission, Tier } from '../api';
import { detectLang, withExt, type Lang } from '../language';

export type SourceMode = 'upload' | 'paste';

export interface FormState {
  mode: SourceMode;
  files: File[];
  filename: string;
  content: string;
  lang: Lang;
  /** The user chose the language (or named the file): pasted content no longer overrides it. */
  langTouched: boolean;
  tier: Tier;
  includeTests: boolean;
  exclude: string;
  focus: string[];
  name: string;
  /** The estimate for the current form; any edit drops it. */
  quote: Quote | null;
}

export type FormAction =
  | { type: 'mode'; mode: SourceMode }
  | { type: 'addFiles'; files: File[] }
  | { type: 'removeFile'; file: File }
  | { type: 'filename'; value: string }
  | { type: 'content'; value: string }
  | { type: 'lang'; lang: Lang }
  | { type: 'tier'; tier: Tier }
  | { type: 'includeTests'; value: boolean }
  | { type: 'exclude'; value: string }
  | { type: 'focus'; id: string; on: boolean }
  | { type: 'name'; value: string }
  | { type: 'quoted'; quote: Quote };

export const initialForm: FormState = {
  mode: 'upload',
  files: [],
  filename: 'snippet.py',
  content: '',
  lang: 'python',
  langTouched: false,
  tier: 'static',
  includeTests: false,
  exclude: '',
  focus: [],
  name: '',
  quote: null,
};

/** Applies one edit; every edit but the quote itself drops the quote. */
export function formReducer(s: FormState, a: FormAction): FormState {
  if (a.type === 'quoted') return { ...s, quote: a.quote };
  const n = edit(s, a);
  return n === s ? s : { ...n, quote: null };
}

function edit(s: FormState, a: Exclude<FormAction, { type: 'quoted' }>): FormState {
  switch (a.type) {
    case 'mode':
      return { ...s, mode: a.mode };
    case 'addFiles': {
      if (a.files.length === 0) return s;
      // A file chosen again under the same name replaces the earlier one.
      const names = new Set(a.files.map((f) => f.name));
      return { ...s, files: [...s.files.filter((f) => !names.has(f.name)), ...a.files] };
    }
    case 'removeFile':
      return { ...s, files: s.files.filter((f) => f !== a.file) };
    case 'filename': {
      const d = detectLang(a.value, '');
      return d ? { ...s, filename: a.value, lang: d, langTouched: true } : { ...s, filename: a.value };
    }
    case 'content': {
      const d = s.langTouched ? undefined : detectLang('', a.value);
      return { ...s, content: a.value, lang: d ?? s.lang };
    }
    case 'lang':
      return { ...s, lang: a.lang, langTouched: true };
    case 'tier':
      return { ...s, tier: a.tier };
    case 'includeTests':
      return { ...s, includeTests: a.value };
    case 'exclude':
      return { ...s, exclude: a.value };
    case 'focus':
      return { ...s, focus: a.on ? [...s.focus, a.id] : s.focus.filter((f) => f !== a.id) };
    case 'name':
      return { ...s, name: a.value };
  }
}

/** Exclude globs as typed: one per line or comma-separated. */
export function parseExclude(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The request the form describes (focus areas only count for AI tiers). */
export function buildSubmission(s: FormState): Submission {
  const options: Options = {
    include_tests: s.includeTests,
    exclude: parseExclude(s.exclude),
    ...(s.tier !== 'static' && s.focus.length > 0 ? { focus: s.focus } : {}),
  };
  const name = s.name.trim() || undefined;
  return s.mode === 'upload'
    ? { kind: 'upload', tier: s.tier, files: s.files, options, name }
    : { kind: 'paste', tier: s.tier, filename: withExt(s.filename, s.lang), content: s.content, options, name };
}

/** There is something to analyse. */
export function isReady(s: FormState): boolean {
  return s.mode === 'upload' ? s.files.length > 0 : s.content.trim().length > 0;
}

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
