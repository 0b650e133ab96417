export function addRow(table: HTMLElement, label: string): void {
  table.insertAdjacentHTML("beforeend", "<tr><td>" + label + "</td></tr>"); // vigil:expect VGL-JS-XSS-004
}
