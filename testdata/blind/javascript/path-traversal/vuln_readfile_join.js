const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const DOCS = path.join(__dirname, 'docs');

app.get('/docs', (req, res) => {
  const page = req.query.page || 'index.md';
  fs.readFile(path.join(DOCS, page), 'utf8', (err, text) => { // LABEL: CWE-22
    if (err) return res.status(404).send('not found');
    res.type('text/markdown').send(text);
  });
});

module.exports = app;
