import DOMPurify from "dompurify";

export function trust(sanitizer: any, html: string) {
  return sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(html));
}
