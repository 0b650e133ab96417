const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const tenants = new DOMParser().parseFromString(fs.readFileSync('config/tenants.xml', 'utf8'), 'text/xml');

app.get('/tenant/settings', (req, res) => {
  const tenant = req.get('X-Tenant') || 'default';
  const node = xpath.select1("/tenants/tenant[@id='" + tenant + "']/settings", tenants); // LABEL: CWE-643
  if (!node) return res.status(404).end();
  res.type('application/xml').send(node.toString());
});

module.exports = app;
