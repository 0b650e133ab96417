const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true }); // LABEL: CWE-611
  const skus = doc.find('//line/sku').map((n) => n.text());
  res.json({ skus });
});

module.exports = app;
