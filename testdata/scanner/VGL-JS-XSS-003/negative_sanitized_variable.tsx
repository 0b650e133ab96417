import DOMPurify from "dompurify";
import React, { useMemo } from "react";

// The HTML is sanitised once, into a variable, and that variable is what
// the component injects (with or without DOMPurify options).
export function Note({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Memo({ html }: { html: string }) {
  const safe: string = useMemo(
    () => DOMPurify.sanitize(html, { ADD_ATTR: ["target"] }),
    [html]
  );
  return <div dangerouslySetInnerHTML={{ __html: safe }} />;
}

export function Inline({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html, { ADD_ATTR: ["target"] }) }} />;
}
