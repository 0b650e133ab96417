import express from 'express';

export const app = express();

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function badge(label: string): string {
  return `<span class="badge">${escapeHtml(label)}</span>`;
}

app.get('/status', (req, res) => {
  const component = String(req.query.component ?? 'api');
  res.send(`<h1>Status</h1><p>${badge(component)}</p>`);
});
