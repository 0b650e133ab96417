import DOMPurify from "dompurify";
import React from "react";

// A variable that is not (or not always) the sanitiser's result.
export function Raw({ html }: { html: string }) {
  const body = html.trim();
  return <div dangerouslySetInnerHTML={{ __html: body }} />; // vigil:expect VGL-JS-XSS-003
}

export function Sometimes({ html, trusted }: { html: string; trusted: boolean }) {
  let out = DOMPurify.sanitize(html);
  if (trusted) {
    out = html;
  }
  return <div dangerouslySetInnerHTML={{ __html: out }} />; // vigil:expect VGL-JS-XSS-003
}
