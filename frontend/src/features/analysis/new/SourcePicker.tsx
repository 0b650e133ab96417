import { lazy, Suspense, useState, type Dispatch, type DragEvent } from 'react';
import { LANGS, withExt, type Lang } from '../language';
import { inputClass } from '../ui';
import { fmtBytes, type FormAction, type FormState, type SourceMode } from './form';

// CodeMirror is the heaviest part of the page: it loads when the Paste tab
// is first shown (or hovered/focused, to be ready by then), never for an upload.
const loadEditor = () => import('./PasteEditor');
const PasteEditor = lazy(() => loadEditor().then((m) => ({ default: m.PasteEditor })));

const ACCEPT = '.zip,.tar.gz,.tgz,.py,.js,.jsx,.mjs,.ts,.tsx,.go,.java,.php,.rb,.c,.h,.cpp,.cs,.kt,.rs,.json,.txt,.yml,.yaml,.toml,.lock,.xml';

/** A field's error message from the last quote or create request, if any. */
export type FieldError = (field: string) => string | undefined;

const tabClass = (on: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${
    on ? 'bg-indigo-600 text-white' : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

/** The code to analyse: Upload or Paste tabs (arrow keys switch) and their panels. */
export function SourcePicker({ form, dispatch, fe }: { form: FormState; dispatch: Dispatch<FormAction>; fe: FieldError }) {
  const setMode = (mode: SourceMode) => dispatch({ type: 'mode', mode });
  return (
    <>
      <div
        role="tablist"
        aria-label="Source"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const next = form.mode === 'upload' ? 'paste' : 'upload';
          setMode(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
        className="mb-4 inline-flex gap-1 rounded-lg border border-slate-200 p-1 dark:border-slate-700"
      >
        <button type="button" role="tab" id="tab-upload" aria-controls="panel-upload" aria-selected={form.mode === 'upload'} tabIndex={form.mode === 'upload' ? 0 : -1} className={tabClass(form.mode === 'upload')} onClick={() => setMode('upload')}>
          Upload
        </button>
        <button
          type="button"
          role="tab"
          id="tab-paste"
          aria-controls="panel-paste"
          aria-selected={form.mode === 'paste'}
          tabIndex={form.mode === 'paste' ? 0 : -1}
          className={tabClass(form.mode === 'paste')}
          onClick={() => setMode('paste')}
          onPointerEnter={() => void loadEditor()}
          onFocus={() => void loadEditor()}
        >
          Paste
        </button>
      </div>
      {form.mode === 'upload' ? <UploadPanel files={form.files} dispatch={dispatch} fe={fe} /> : <PastePanel form={form} dispatch={dispatch} fe={fe} />}
    </>
  );
}

function UploadPanel({ files, dispatch, fe }: { files: File[]; dispatch: Dispatch<FormAction>; fe: FieldError }) {
  const [dragging, setDragging] = useState(false);
  const addFiles = (list: FileList | null) => {
    if (list && list.length > 0) dispatch({ type: 'addFiles', files: Array.from(list) });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };
  return (
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
                  onClick={() => dispatch({ type: 'removeFile', file: f })}
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
  );
}

function PastePanel({ form, dispatch, fe }: { form: FormState; dispatch: Dispatch<FormAction>; fe: FieldError }) {
  return (
    <div role="tabpanel" id="panel-paste" aria-labelledby="tab-paste" className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <div>
          <label htmlFor="paste-filename" className="block text-sm font-medium">
            File name
          </label>
          <input id="paste-filename" className={`mt-1 ${inputClass}`} value={form.filename} onChange={(e) => dispatch({ type: 'filename', value: e.target.value })} aria-invalid={!!fe('filename')} />
          {fe('filename') && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('filename')}</p>}
        </div>
        <div>
          <label htmlFor="paste-lang" className="block text-sm font-medium">
            Language
          </label>
          <select id="paste-lang" className={`mt-1 ${inputClass}`} value={form.lang} onChange={(e) => dispatch({ type: 'lang', lang: e.target.value as Lang })}>
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
          Code <span className="font-normal text-slate-500 dark:text-slate-400">(sent as {withExt(form.filename, form.lang)})</span>
        </span>
        <div className="mt-1 overflow-hidden rounded-md border border-slate-300 dark:border-slate-700" data-testid="paste-editor">
          <Suspense fallback={<div className="flex h-[320px] items-center justify-center text-sm text-slate-500 dark:text-slate-400">Loading the editor…</div>}>
            <PasteEditor value={form.content} lang={form.lang} onChange={(value) => dispatch({ type: 'content', value })} />
          </Suspense>
        </div>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Press Escape then Tab to move focus out of the editor.</p>
        {fe('content') && <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">{fe('content')}</p>}
      </div>
    </div>
  );
}
