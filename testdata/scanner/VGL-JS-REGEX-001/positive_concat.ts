export function highlight(req: any, text: string) {
  const word = req.params.word;
  return text.replace(RegExp("\\b" + word + "\\b", "g"), "<mark>$&</mark>"); // vigil:expect VGL-JS-REGEX-001
}
