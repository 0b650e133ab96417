const panel = document.getElementById('panel') as HTMLDivElement;

function showTab(): void {
  const tab = decodeURIComponent(window.location.hash.slice(1)) || 'overview';
  const heading = document.createElement('h3');
  heading.textContent = tab;
  panel.innerHTML = '<div class="loading">Loading…</div>';
  panel.prepend(heading);
}

window.addEventListener('hashchange', showTab);
showTab();
