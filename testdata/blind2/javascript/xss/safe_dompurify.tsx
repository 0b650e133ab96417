import React from "react";
import DOMPurify from "dompurify";
import { useSearchParams } from "react-router-dom";

type NoticeProps = { tone?: "info" | "warning" };

export function Notice({ tone = "info" }: NoticeProps) {
  const [params] = useSearchParams();
  const message = DOMPurify.sanitize(params.get("msg") ?? "");
  if (!message) return null;
  return <div className={`notice notice-${tone}`} dangerouslySetInnerHTML={{ __html: message }} />;
}
