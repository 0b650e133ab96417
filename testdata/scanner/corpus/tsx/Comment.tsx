import DOMPurify from "dompurify";
import React from "react";

export function Comment({ html, author }: { html: string; author: string }) {
  return (
    <div>
      <b>{author}</b>
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* LABEL: CWE-79 */}
    </div>
  );
}

export function SafeComment({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

export function External({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      open
    </a>
  );
}
