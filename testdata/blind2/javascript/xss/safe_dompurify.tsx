import React from "react";
import DOMPurify from "dompurify";
import { useSearchParams } from "react-router-dom";

export function Notice() {
  const [params] = useSearchParams();
  const message = DOMPurify.sanitize(params.get("msg") ?? "");
  return <div className="notice" dangerouslySetInnerHTML={{ __html: message }} />;
}
