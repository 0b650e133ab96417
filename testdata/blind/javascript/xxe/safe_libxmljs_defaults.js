const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/invoices/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  const skus = doc.find('//line/sku').map((n) => n.text());
  res.json({ skus });
});

module.exports = app;
