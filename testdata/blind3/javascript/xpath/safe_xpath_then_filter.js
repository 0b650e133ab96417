const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const rolesDoc = new DOMParser().parseFromString(fs.readFileSync('./config/roles.xml', 'utf8'), 'text/xml');

app.get('/roles/permissions', (req, res) => {
  const role = String(req.query.role || 'viewer');
  const roles = xpath.select('//role', rolesDoc);
  const match = roles.find((node) => node.getAttribute('name') === role);
  const perms = match ? xpath.select('permission/text()', match).map((n) => n.nodeValue) : [];
  res.json({ role, permissions: perms });
});

app.listen(3000);
