import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import type { Quote } from '../api';
import { buildSubmission, fmtBytes, formReducer, initialForm, isReady, parseExclude, type FormAction, type FormState } from './form';
import { otherFieldErrors } from './QuotePanel';
import { loadLanguage } from './PasteEditor';

const QUOTE = { tier: 'static', min_credits: 1, max_credits: 2, files: 1, lines: 3, bytes: 10, ai_configured: true, notes: [] } as unknown as Quote;

function run(...actions: FormAction[]): FormState {
  return actions.reduce(formReducer, initialForm);
}

const file = (name: string, body = 'x') => new File([body], name);

describe('formReducer', () => {
  it.each<[string, FormAction]>([
    ['mode', { type: 'mode', mode: 'paste' }],
    ['files', { type: 'addFiles', files: [file('a.py')] }],
    ['file name', { type: 'filename', value: 'x.go' }],
    ['content', { type: 'content', value: 'x = 1' }],
    ['language', { type: 'lang', lang: 'java' }],
    ['tier', { type: 'tier', tier: 'deep' }],
    ['test files', { type: 'includeTests', value: true }],
    ['exclude', { type: 'exclude', value: 'docs/**' }],
    ['focus', { type: 'focus', id: 'A03', on: true }],
    ['name', { type: 'name', value: 'app' }],
  ])('drops the quote when the %s changes', (_, action) => {
    const quoted = run({ type: 'quoted', quote: QUOTE });
    expect(quoted.quote).toBe(QUOTE);
    expect(formReducer(quoted, action).quote).toBeNull();
  });

  it('keeps the quote when nothing changed (no files added)', () => {
    const quoted = run({ type: 'quoted', quote: QUOTE });
    expect(formReducer(quoted, { type: 'addFiles', files: [] })).toBe(quoted);
  });

  it('replaces a file chosen again under the same name and removes one', () => {
    const a1 = file('a.py', '1');
    const b = file('b.py');
    const a2 = file('a.py', '22');
    const s = run({ type: 'addFiles', files: [a1, b] }, { type: 'addFiles', files: [a2] });
    expect(s.files).toEqual([b, a2]);
    expect(formReducer(s, { type: 'removeFile', file: b }).files).toEqual([a2]);
  });

  it('detects the language from pasted code until the user picks one', () => {
    expect(run({ type: 'content', value: 'package main\n\nfunc main() {}\n' }).lang).toBe('go');
    expect(run({ type: 'content', value: '???' }).lang).toBe('python');
    const picked = run({ type: 'lang', lang: 'php' }, { type: 'content', value: 'package main\n\nfunc main() {}\n' });
    expect(picked.lang).toBe('php');
  });

  it('takes the language from the file name, which then wins over the content', () => {
    const s = run({ type: 'filename', value: 'Main.java' }, { type: 'content', value: 'def f():\n  pass\n' });
    expect(s.lang).toBe('java');
    expect(s.langTouched).toBe(true);
    const unknown = run({ type: 'filename', value: 'notes' });
    expect(unknown).toMatchObject({ filename: 'notes', lang: 'python', langTouched: false });
  });

  it('toggles focus areas', () => {
    const s = run({ type: 'focus', id: 'A01', on: true }, { type: 'focus', id: 'A03', on: true }, { type: 'focus', id: 'A01', on: false });
    expect(s.focus).toEqual(['A03']);
  });
});

describe('buildSubmission', () => {
  it('sends an upload with parsed excludes and a trimmed name', () => {
    const f = file('app.zip');
    const s = run({ type: 'addFiles', files: [f] }, { type: 'exclude', value: 'docs/**, vendor/**\n\n tests/** ' }, { type: 'name', value: '  app  ' }, { type: 'includeTests', value: true });
    expect(buildSubmission(s)).toEqual({ kind: 'upload', tier: 'static', files: [f], options: { include_tests: true, exclude: ['docs/**', 'vendor/**', 'tests/**'] }, name: 'app' });
  });

  it('sends a paste under a file name with the language extension', () => {
    const s = run({ type: 'mode', mode: 'paste' }, { type: 'filename', value: 'snippet' }, { type: 'lang', lang: 'typescript' }, { type: 'content', value: 'let a' });
    expect(buildSubmission(s)).toEqual({ kind: 'paste', tier: 'static', filename: 'snippet.ts', content: 'let a', options: { include_tests: false, exclude: [] }, name: undefined });
  });

  it.each([
    ['static', undefined],
    ['standard', ['A03']],
    ['deep', ['A03']],
  ] as const)('sends focus areas only for AI tiers: %s', (tier, want) => {
    const s = run({ type: 'focus', id: 'A03', on: true }, { type: 'tier', tier });
    expect(buildSubmission(s).options.focus).toEqual(want);
  });
});

describe('form helpers', () => {
  it.each([
    [initialForm, false],
    [run({ type: 'addFiles', files: [file('a.py')] }), true],
    [run({ type: 'mode', mode: 'paste' }, { type: 'content', value: '  \n' }), false],
    [run({ type: 'mode', mode: 'paste' }, { type: 'content', value: 'x' }), true],
    [run({ type: 'addFiles', files: [file('a.py')] }, { type: 'mode', mode: 'paste' }), false],
  ])('isReady #%#', (s, want) => {
    expect(isReady(s)).toBe(want);
  });

  it.each([
    ['', []],
    ['a, b\nc,,', ['a', 'b', 'c']],
  ])('parseExclude(%j)', (text, want) => {
    expect(parseExclude(text)).toEqual(want);
  });

  it.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [3 * 1024 * 1024, '3.0 MiB'],
  ])('fmtBytes(%i) = %s', (n, want) => {
    expect(fmtBytes(n)).toBe(want);
  });

  it('lists only the field errors no input shows', () => {
    const err = new ApiError({ type: 'x', title: 'Invalid', status: 422, errors: [{ field: 'files', message: 'too big' }, { field: 'name', message: 'too long' }] });
    expect(otherFieldErrors(err).map((f) => f.field)).toEqual(['name']);
    expect(otherFieldErrors(new Error('x'))).toEqual([]);
  });

  it.each(['python', 'javascript', 'typescript', 'go', 'java', 'php'] as const)('loads the %s grammar', async (lang) => {
    const ext = await loadLanguage(lang);
    expect(ext).toBeTruthy();
  });
});
