// Reload the current page with changed query parameters, keeping its path
// and hash: the destination is the page the user is already on.
function reloadWithParams(params: URLSearchParams) {
  const qs = params.toString();
  const search = qs ? `?${qs}` : "";
  window.location.href = `${window.location.pathname}${search}${window.location.hash}`;
}

export function toggleDebug() {
  const params = new URLSearchParams(window.location.search);
  if (params.has("debug")) params.delete("debug");
  else params.set("debug", "1");
  reloadWithParams(params);
}

export function setTab(tab: string) {
  const params = new URLSearchParams(location.search);
  params.set("tab", tab);
  location.replace(location.pathname + "?" + params.toString() + location.hash);
}
