import { marked } from "marked";

export function Preview({ text }: { text: string }) {
  const html = marked.parse(text);
  return <article dangerouslySetInnerHTML={{ __html: html }} />; // vigil:expect VGL-JS-XSS-003
}
