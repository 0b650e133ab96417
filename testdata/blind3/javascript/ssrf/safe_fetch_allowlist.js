const express = require('express');

const app = express();
const ALLOWED = new Set(['api.github.com', 'gitlab.com']);

app.get('/repo-info', async (req, res) => {
  let url;
  try {
    url = new URL(String(req.query.url));
  } catch {
    return res.status(400).json({ error: 'bad url' });
  }
  if (url.protocol !== 'https:' || !ALLOWED.has(url.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const upstream = await fetch(url, { redirect: 'error' });
  res.status(upstream.status).json(await upstream.json());
});

app.listen(3000);
