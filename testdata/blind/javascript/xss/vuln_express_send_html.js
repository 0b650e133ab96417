const express = require('express');

const app = express();

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  const results = [];
  res.send(`<h1>Results for ${q}</h1><p>${results.length} matches</p>`); // LABEL: CWE-79
});

module.exports = app;
