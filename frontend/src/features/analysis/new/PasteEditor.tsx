import { useEffect, useState } from 'react';
import type { Extension } from '@uiw/react-codemirror';
import { EditorView } from '@codemirror/view';
import { useTheme } from '../../../theme';
import type { Lang } from '../language';
import { ShadowEditor } from '../ShadowEditor';

/**
 * Each language's grammar is its own chunk, fetched when that language is
 * picked (PHP alone brings HTML, CSS and JavaScript grammars).
 */
export function loadLanguage(l: Lang): Promise<Extension> {
  switch (l) {
    case 'python':
      return import('@codemirror/lang-python').then((m) => m.python());
    case 'javascript':
      return import('@codemirror/lang-javascript').then((m) => m.javascript({ jsx: true }));
    case 'typescript':
      return import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true, jsx: true }));
    case 'go':
      return import('@codemirror/lang-go').then((m) => m.go());
    case 'java':
      return import('@codemirror/lang-java').then((m) => m.java());
    case 'php':
      return import('@codemirror/lang-php').then((m) => m.php());
  }
}

const label = EditorView.contentAttributes.of({ 'aria-label': 'Code to analyse' });

/** The paste editor: CodeMirror in a shadow root, highlighting the chosen language once its grammar is loaded. */
export function PasteEditor({ value, lang, onChange }: { value: string; lang: Lang; onChange: (v: string) => void }) {
  const { theme } = useTheme();
  const [grammar, setGrammar] = useState<{ lang: Lang; ext: Extension } | null>(null);
  useEffect(() => {
    let live = true;
    loadLanguage(lang).then(
      (ext) => live && setGrammar({ lang, ext }),
      () => live && setGrammar(null), // plain text rather than no editor
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return (
    <ShadowEditor
      value={value}
      height="320px"
      theme={theme === 'dark' ? 'dark' : 'light'}
      extensions={grammar && grammar.lang === lang ? [grammar.ext, label] : [label]}
      onChange={onChange}
      basicSetup={{ foldGutter: false }}
    />
  );
}
