const target = new URLSearchParams(location.search).get("returnTo");
if (target) {
  window.location.href = target; // vigil:expect VGL-JS-REDIR-001
}
