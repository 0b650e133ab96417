export function trustLink(sanitizer: any, link: string) {
  return sanitizer.bypassSecurityTrustResourceUrl(link); // vigil:expect VGL-JS-ANGULAR-001
}
