import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import CodeMirror, { type ReactCodeMirrorProps } from '@uiw/react-codemirror';

/**
 * CodeMirror inside a shadow root. CodeMirror injects its styles at run
 * time; in a shadow root it uses constructable style sheets, which the
 * app's CSP (style-src 'self') allows, where a <style> element would be
 * blocked.
 */
export function ShadowEditor(props: ReactCodeMirrorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [shadow, setShadow] = useState<ShadowRoot | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    setShadow(el.shadowRoot ?? el.attachShadow({ mode: 'open' }));
  }, []);
  return <div ref={host}>{shadow && createPortal(<CodeMirror {...props} root={shadow} />, shadow)}</div>;
}
