export function trustLogo(sanitizer: any) {
  return sanitizer.bypassSecurityTrustHtml("<svg></svg>");
}
