const express = require('express');

const app = express();
app.use(express.text());

app.post('/settings/import', (req, res) => {
  let settings;
  try {
    settings = JSON.parse(req.body);
  } catch (e) {
    return res.status(400).json({ error: 'invalid JSON' });
  }
  res.json({ keys: Object.keys(settings) });
});

module.exports = app;
