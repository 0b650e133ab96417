const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('config/users.xml', 'utf8'), 'text/xml');
const byName = xpath.parse('//user[@name = $name]');

app.get('/legacy/users', (req, res) => {
  const nodes = byName.select({ node: doc, variables: { name: String(req.query.name || '') } });
  res.json(nodes.map((n) => n.getAttribute('role')));
});

module.exports = app;
