import { useMemo, useRef, useState, type DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { python } from '@codemirror/lang-python';
import { javascript } from '@codemirror/lang-javascript';
import { go } from '@codemirror/lang-go';
import { java } from '@codemirror/lang-java';
import { php } from '@codemirror/lang-php';
import { ApiError } from '../../api/client';
import { useTheme } from '../../theme';
import { useMe } from '../auth/api';
import { useBalance } from '../billing/api';
import { ErrorNote } from '../auth/ui';
import { useCreateAnalysis, useQuote, type Quote, type Submission, type Tier } from './api';
import { LANGS, detectLang, withExt, type Lang } from './language';
import { Section, inputClass } from './ui';
import { ShadowEditor } from './ShadowEditor';
import { EditorView } from '@codemirror/view';

const TIERS: { id: Tier; name: string; what: string }[] = [
  { id: 'static', name: 'Static', what: 'Rules only: syntax-tree rules, taint flows, secrets and dependency checks. Fast, cheapest, no AI.' },
  {
    id: 'standard',
    name: 'Standard',
    what: 'Static analysis plus AI triage of every finding and an AI review of the riskiest files.',
  },
  {
    id: 'deep',
    name: 'Deep',
    what: 'AI review of all files, suggested fixes and an adversarial re-check of each finding.',
  },
];

const ACCEPT = '.zip,.tar.gz,.tgz,.py,.js,.jsx,.mjs,.ts,.tsx,.go,.java,.php,.rb,.c,.h,.cpp,.cs,.kt,.rs,.json,.txt,.yml,.yaml,.toml,.lock,.xml';

function langExtension(l: Lang) {
  switch (l) {
    case 'python':
      return python();
    case 'javascript':
      return javascript({ jsx: true });
    case 'typescript':
      return javascript({ typescript: true, jsx: true });
    case 'go':
      return go();
    case 'java':
      return java();
    case 'php':
      return php();
  }
}

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** OWASP Top 10 2021 categories a user may ask the AI review to focus on. */
const FOCUS_AREAS: [string, string][] = [
  ['A01', 'Broken access control'],
  ['A02', 'Cryptographic failures'],
  ['A03', 'Injection'],
  ['A04', 'Insecure design'],
  ['A05', 'Security misconfiguration'],
  ['A06', 'Vulnerable components'],
  ['A07', 'Authentication failures'],
  ['A08', 'Software and data integrity'],
  ['A09', 'Logging and monitoring'],
  ['A10', 'Server-side request forgery'],
];

/** New Analysis: upload or paste, tier and options, quote, confirm. */
export function NewAnalysisPage() {
  const me = useMe();
  // With billing off nothing is charged: the estimate must not say otherwise.
  const billing = useBalance(!!me.data);
  const billingOff = billing.data?.billing_enabled === false;
  const navigate = useNavigate();
  const { theme } = useTheme();
  const [mode, setMode] = useState<'upload' | 'paste'>('upload');
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [filename, setFilename] = useState('snippet.py');
  const [content, setContent] = useState('');
  const [lang, setLang] = useState<Lang>('python');
  const [langTouched, setLangTouched] = useState(false);
  const [tier, setTier] = useState<Tier>('static');
  const [includeTests, setIncludeTests] = useState(false);
  const [exclude, setExclude] = useState('');
  const [focus, setFocus] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [quote, setQuote] = useState<Quote | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const quoteM = useQuote();
  const create = useCreateAnalysis();

  const submission: Submission = useMemo(() => {
    const options = {
      include_tests: includeTests,
      exclude: exclude
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
      ...(tier !== 'static' && focus.length > 0 ? { focus } : {}),
    };
    return mode === 'upload'
      ? { kind: 'upload', tier, files, options, name: name.trim() || undefined }
      : { kind: 'paste', tier, filename: withExt(filename, lang), content, options, name: name.trim() || undefined };
  }, [mode, tier, files, includeTests, exclude, focus, name, filename, lang, content]);

  const reset = () => {
    setQuote(null);
    quoteM.reset();
    create.reset();
  };

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const added = Array.from(list);
    setFiles((cur) => {
      const names = new Set(added.map((f) => f.name));
      return [...cur.filter((f) => !names.has(f.name)), ...added];
    });
    reset();
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };

  const onContent = (v: string) => {
    setContent(v);
    if (!langTouched) {
      const d = detectLang('', v);
      if (d) setLang(d);
    }
    reset();
  };

  const onFilename = (v: string) => {
    setFilename(v);
    const d = detectLang(v, '');
    if (d) {
      setLang(d);
      setLangTouched(true);
    }
    reset();
  };

  const ready = mode === 'upload' ? files.length > 0 : content.trim().length > 0;
  const error = create.error ?? quoteM.error;
  const fe = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);
  const otherFieldErrors =
    error instanceof ApiError ? error.fieldErrors.filter((f) => !['files', 'content', 'filename', 'tier', 'options', 'options.focus'].includes(f.field)) : [];

  if (me.data === null) {
    return (
      <p className="text-sm">
        <Link className="text-indigo-600 underline dark:text-indigo-300" to="/signin?next=/analyses/new">
          Sign in
        </Link>{' '}
        to start an analysis.
      </p>
    );
  }

  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${
      on ? 'bg-indigo-600 text-white' : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
    }`;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">New analysis</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Upload an archive or files, or paste a snippet. You see the credit estimate before anything runs.
        </p>
      </div>

      <Section title="Code">
        <div
          role="tablist"
          aria-label="Source"
          onKeyDown={(e) => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const next = mode === 'upload' ? 'paste' : 'upload';
            setMode(next);
            reset();
            document.getElementById(`tab-${next}`)?.focus();
          }}
          className="mb-4 inline-flex gap-1 rounded-lg border border-slate-200 p-1 dark:border-slate-700">
          <button type="button" role="tab" id="tab-upload" aria-controls="panel-upload" aria-selected={mode === 'upload'} tabIndex={mode === 'upload' ? 0 : -1} className={tabClass(mode === 'upload')} onClick={() => { setMode('upload'); reset(); }}>
            Upload
          </button>
          <button type="button" role="tab" id="tab-paste" aria-controls="panel-paste" aria-selected={mode === 'paste'} tabIndex={mode === 'paste' ? 0 : -1} className={tabClass(mode === 'paste')} onClick={() => { setMode('paste'); reset(); }}>
            Paste
          </button>
        </div>

        {mode === 'upload' ? (
          <div role="tabpanel" id="panel-upload" aria-labelledby="tab-upload">
            <div
              data-testid="dropzone"
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              className={`flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-10 text-center ${
                dragging ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-500/10' : 'border-slate-300 dark:border-slate-700'
              }`}
            >
              <p className="text-sm font-medium">Drop a .zip, .tar.gz or .tgz archive, or several source files</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">Nested archives are not expanded; symlinks and paths outside the archive are refused.</p>
              <label htmlFor="files-input" className="cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 focus-within:ring-2 focus-within:ring-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800">
                Choose files
                <input
                  id="files-input"
                  ref={fileInput}
                  type="file"
                  multiple
                  accept={ACCEPT}
                  className="sr-only"
                  aria-describedby={fe('files') ? 'files-error' : undefined}
                  onChange={(e) => {
                    addFiles(e.target.files);
                    e.target.value = '';
                  }}
                />
              </label>
            </div>
            {files.length > 0 && (
              <ul aria-label="Selected files" className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
                {files.map((f) => (
                  <li key={f.name} className="flex items-center justify-between gap-2 px-3 py-2">
                    <span className="truncate font-mono">{f.name}</span>
                    <span className="flex items-center gap-3 text-slate-500 dark:text-slate-400">
                      {fmtBytes(f.size)}
                      <button
                        type="button"
                        aria-label={`Remove ${f.name}`}
                        className="rounded px-2 text-slate-500 hover:bg-slate-100 hover:text-red-600 dark:hover:bg-slate-800"
                        onClick={() => {
                          setFiles((cur) => cur.filter((x) => x !== f));
                          reset();
                        }}
                      >
                        ×
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {fe('files') && (
              <p id="files-error" role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
                {fe('files')}
              </p>
            )}
          </div>
        ) : (
          <div role="tabpanel" id="panel-paste" aria-labelledby="tab-paste" className="space-y-3">
            <div className="flex flex-wrap gap-3">
              <div>
                <label htmlFor="paste-filename" className="block text-sm font-medium">
                  File name
                </label>
                <input id="paste-filename" className={`mt-1 ${inputClass}`} value={filename} onChange={(e) => onFilename(e.target.value)} aria-invalid={!!fe('filename')} />
                {fe('filename') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('filename')}</p>}
              </div>
              <div>
                <label htmlFor="paste-lang" className="block text-sm font-medium">
                  Language
                </label>
                <select
                  id="paste-lang"
                  className={`mt-1 ${inputClass}`}
                  value={lang}
                  onChange={(e) => {
                    setLang(e.target.value as Lang);
                    setLangTouched(true);
                    reset();
                  }}
                >
                  {LANGS.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div>
              <span id="paste-code-label" className="block text-sm font-medium">
                Code <span className="font-normal text-slate-500 dark:text-slate-400">(sent as {withExt(filename, lang)})</span>
              </span>
              <div className="mt-1 overflow-hidden rounded-md border border-slate-300 dark:border-slate-700" data-testid="paste-editor">
                <ShadowEditor
                  value={content}
                  height="320px"
                  theme={theme === 'dark' ? 'dark' : 'light'}
                  extensions={[langExtension(lang), EditorView.contentAttributes.of({ 'aria-label': 'Code to analyse' })]}
                  onChange={onContent}
                  basicSetup={{ foldGutter: false }}
                />
              </div>
              <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Press Escape then Tab to move focus out of the editor.</p>
              {fe('content') && <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('content')}</p>}
            </div>
          </div>
        )}
      </Section>

      <Section title="Tier">
        <fieldset>
          <legend className="sr-only">Tier</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {TIERS.map((t) => (
              <label
                key={t.id}
                className={`flex cursor-pointer flex-col gap-1 rounded-lg border p-4 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${
                  tier === t.id ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-500/10' : 'border-slate-200 dark:border-slate-700'
                }`}
              >
                <span className="flex items-center gap-2 font-semibold">
                  <input
                    type="radio"
                    name="tier"
                    value={t.id}
                    checked={tier === t.id}
                    onChange={() => {
                      setTier(t.id);
                      reset();
                    }}
                  />
                  {t.name}
                </span>
                <span className="text-slate-600 dark:text-slate-400">{t.what}</span>
                {t.id !== 'static' && quote && !quote.ai_configured && (
                  <span className="text-xs font-medium text-amber-700 dark:text-amber-300">AI review not configured: runs static-only</span>
                )}
              </label>
            ))}
          </div>
          {fe('tier') && <p className="mt-2 text-sm text-red-600 dark:text-red-400">{fe('tier')}</p>}
        </fieldset>
      </Section>

      <Section title="Options">
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="analysis-name" className="block text-sm font-medium">
              Name <span className="font-normal text-slate-500 dark:text-slate-400">(optional; analyses with the same name are compared)</span>
            </label>
            <input id="analysis-name" className={`mt-1 w-full ${inputClass}`} value={name} onChange={(e) => { setName(e.target.value); reset(); }} />
            {fe('name') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('name')}</p>}
          </div>
          <div>
            <label htmlFor="exclude" className="block text-sm font-medium">
              Exclude globs <span className="font-normal text-slate-500 dark:text-slate-400">(one per line or comma-separated)</span>
            </label>
            <textarea id="exclude" rows={2} placeholder="docs/**, vendor/**" className={`mt-1 w-full font-mono ${inputClass}`} value={exclude} onChange={(e) => { setExclude(e.target.value); reset(); }} />
            {fe('options') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('options')}</p>}
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={includeTests} onChange={(e) => { setIncludeTests(e.target.checked); reset(); }} />
            Include test files
          </label>
        </div>
        {tier !== 'static' && (
          <fieldset className="mt-4">
            <legend className="text-sm font-medium">
              Focus areas <span className="font-normal text-slate-500 dark:text-slate-400">(optional; the AI review looks at these first; static rules always all run)</span>
            </legend>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {FOCUS_AREAS.map(([id, label]) => (
                <label key={id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={focus.includes(id)}
                    onChange={(e) => {
                      setFocus((cur) => (e.target.checked ? [...cur, id] : cur.filter((f) => f !== id)));
                      reset();
                    }}
                  />
                  <span>
                    <span className="font-mono text-xs">{id}</span> {label}
                  </span>
                </label>
              ))}
            </div>
            {fe('options.focus') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('options.focus')}</p>}
          </fieldset>
        )}
      </Section>

      <Section title="Estimate">
        {error && !(error instanceof ApiError && error.fieldErrors.length > 0 && otherFieldErrors.length === 0) && <ErrorNote error={error} />}
        {otherFieldErrors.length > 0 && (
          <ul role="alert" className="mb-3 list-disc pl-5 text-sm text-red-600 dark:text-red-400">
            {otherFieldErrors.map((f) => (
              <li key={f.field}>
                {f.field}: {f.message}
              </li>
            ))}
          </ul>
        )}
        {quote ? (
          <div data-testid="quote" className="space-y-2 text-sm">
            <p className="text-base">
              <strong className="text-2xl">
                {quote.min_credits === quote.max_credits ? quote.min_credits : `${quote.min_credits}–${quote.max_credits}`}
              </strong>{' '}
              {quote.max_credits === 1 ? 'credit' : 'credits'} for {quote.files} file(s), {quote.lines.toLocaleString()} lines ({fmtBytes(quote.bytes)}).
            </p>
            <p className="text-slate-600 dark:text-slate-400" data-testid="quote-charge">
              {billingOff
                ? 'Billing is off on this instance: nothing is charged; the estimate shows the size of the work.'
                : 'The maximum is held while the analysis runs; you are charged the actual cost and the rest is released.'}
            </p>
            {!quote.ai_configured && tier !== 'static' && (
              <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">AI review not configured on this server: the analysis runs the static rules only.</p>
            )}
            {quote.notes.length > 0 && (
              <ul className="list-disc pl-5 text-slate-600 dark:text-slate-400">
                {quote.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{ready ? 'Get a quote to see the cost.' : 'Add code first.'}</p>
        )}
        <div className="mt-4 flex gap-2">
          <button
            type="button"
            disabled={!ready || quoteM.isPending}
            onClick={() => quoteM.mutate(submission, { onSuccess: setQuote })}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {quoteM.isPending ? 'Checking…' : 'Get quote'}
          </button>
          <button
            type="button"
            disabled={!quote || create.isPending}
            onClick={() => create.mutate(submission, { onSuccess: (c) => navigate(`/analyses/${c.id}`) })}
            className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
          >
            {create.isPending ? 'Starting…' : 'Confirm and start'}
          </button>
        </div>
      </Section>
    </div>
  );
}
