function showSection(): void {
  const section = decodeURIComponent(location.hash.slice(1));
  document.write("<h2>" + section + "</h2>"); // vigil:expect VGL-JS-XSS-002
}
showSection();
