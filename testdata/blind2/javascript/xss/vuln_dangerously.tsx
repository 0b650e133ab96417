import React from "react";
import { useSearchParams } from "react-router-dom";

export function Notice() {
  const [params] = useSearchParams();
  const message = params.get("msg") ?? "";
  return <div className="notice" dangerouslySetInnerHTML={{ __html: message }} />;  // LABEL: CWE-79
}
