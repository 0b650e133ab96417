const express = require('express');
const axios = require('axios');

const app = express();

app.get('/link-preview', async (req, res) => {
  const target = req.query.url;
  try {
    const response = await axios.get(target, { timeout: 5000 }); // LABEL: CWE-918
    const match = /<title>([^<]*)<\/title>/i.exec(response.data);
    res.json({ title: match ? match[1] : null });
  } catch (e) {
    res.status(502).json({ error: 'fetch failed' });
  }
});

module.exports = app;
