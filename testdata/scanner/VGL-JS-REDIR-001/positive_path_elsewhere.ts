// The query string names the path: a "//evil.example" value leaves the site.
export function goNext() {
  const next = new URLSearchParams(window.location.search).get("next") || "/";
  window.location.href = `${next}${window.location.hash}`; // vigil:expect VGL-JS-REDIR-001
}

export function back() {
  const params = new URLSearchParams(location.search);
  location.assign(params.get("from") + location.pathname); // vigil:expect VGL-JS-REDIR-001
}
