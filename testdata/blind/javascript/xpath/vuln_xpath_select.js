const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.urlencoded({ extended: false }));
const doc = new DOMParser().parseFromString(fs.readFileSync('config/users.xml', 'utf8'), 'text/xml');

app.post('/legacy/login', (req, res) => {
  const { name, password } = req.body;
  const expr = `//user[@name='${name}' and @password='${password}']`;
  const nodes = xpath.select(expr, doc); // LABEL: CWE-643
  if (nodes.length === 0) return res.status(401).end();
  res.json({ role: nodes[0].getAttribute('role') });
});

module.exports = app;
