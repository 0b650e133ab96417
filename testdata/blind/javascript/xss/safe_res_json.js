const express = require('express');

const app = express();

app.get('/search', (req, res) => {
  const q = String(req.query.q || '');
  res.json({ query: q, results: [] });
});

app.get('/echo', (req, res) => {
  res.type('text/plain').send(String(req.query.msg || ''));
});

module.exports = app;
