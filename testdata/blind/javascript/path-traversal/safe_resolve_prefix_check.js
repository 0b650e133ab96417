const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const DOCS = path.resolve(__dirname, 'docs');

app.get('/docs', (req, res) => {
  const target = path.resolve(DOCS, String(req.query.page || 'index.md'));
  if (!target.startsWith(DOCS + path.sep)) {
    return res.status(400).send('bad path');
  }
  fs.readFile(target, 'utf8', (err, text) => {
    if (err) return res.status(404).send('not found');
    res.type('text/markdown').send(text);
  });
});

module.exports = app;
