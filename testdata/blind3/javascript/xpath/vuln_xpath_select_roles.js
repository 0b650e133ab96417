const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const rolesDoc = new DOMParser().parseFromString(fs.readFileSync('./config/roles.xml', 'utf8'), 'text/xml');

app.get('/roles/permissions', (req, res) => {
  const role = req.query.role || 'viewer';
  const expr = "//role[@name='" + role + "']/permission/text()";
  const nodes = xpath.select(expr, rolesDoc); // LABEL: CWE-643
  res.json({ role, permissions: nodes.map((n) => n.nodeValue) });
});

app.listen(3000);
