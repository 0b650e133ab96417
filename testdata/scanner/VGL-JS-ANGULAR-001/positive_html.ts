import { Component } from "@angular/core";
import { DomSanitizer } from "@angular/platform-browser";

@Component({ selector: "app-note", template: "<div [innerHTML]='html'></div>" })
export class NoteComponent {
  html: any;
  constructor(private sanitizer: DomSanitizer) {}
  show(note: string) {
    this.html = this.sanitizer.bypassSecurityTrustHtml(note); // vigil:expect VGL-JS-ANGULAR-001
  }
}
