// Client-side tab switcher: the active tab name comes from the URL fragment.
const panel = document.getElementById('panel') as HTMLDivElement;

function showTab(): void {
  const tab = decodeURIComponent(window.location.hash.slice(1)) || 'overview';
  panel.innerHTML = `<h3>${tab}</h3><div class="loading">Loading…</div>`; // LABEL: CWE-79
}

window.addEventListener('hashchange', showTab);
showTab();
