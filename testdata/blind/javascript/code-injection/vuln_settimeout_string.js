// Browser script of the dashboard: ?then=... names what to run after the page settles.
function refreshBadges() {
  document.querySelectorAll('[data-badge]').forEach((el) => el.classList.add('fresh'));
}

const params = new URLSearchParams(window.location.search);
const followUp = params.get('then') || 'refreshBadges()';
setTimeout(followUp, 500); // LABEL: CWE-95

window.refreshBadges = refreshBadges;
