import Handlebars from 'handlebars';

export class Campaign {
  constructor(readonly subject: string, private readonly bodyTemplate: string) {}

  renderFor(recipient: { firstName: string; company: string }): string {
    const template = Handlebars.compile(this.bodyTemplate); // LABEL: CWE-1336
    return template(recipient);
  }
}
