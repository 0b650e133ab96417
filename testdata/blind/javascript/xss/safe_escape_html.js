const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', (req, res) => {
  const q = escapeHtml(String(req.query.q || ''));
  res.send(`<h1>Results for ${q}</h1>`);
});

module.exports = app;
