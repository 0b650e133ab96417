const escapeHtml = require('escape-html');

const COLORS = { passing: '#4c1', failing: '#e05d44' };

function renderBadge(label, status) {
  const color = COLORS[status] || '#9f9f9f';
  return (
    `<span class="badge" style="background:${color}">` +
    `${escapeHtml(label)}: ${escapeHtml(status)}</span>`
  );
}

module.exports = { renderBadge };
