const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const tenants = new DOMParser().parseFromString(fs.readFileSync('config/tenants.xml', 'utf8'), 'text/xml');

app.get('/tenants/:id/settings', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id) || id < 1) return res.status(400).end();
  const node = xpath.select1(`/tenants/tenant[@number=${id}]/settings`, tenants);
  if (!node) return res.status(404).end();
  res.type('application/xml').send(node.toString());
});

module.exports = app;
