const express = require('express');
const path = require('path');
const pug = require('pug');

const app = express();
const renderInvoice = pug.compileFile(path.join(__dirname, 'views', 'invoice.pug'));

app.get('/invoices/:number/print', (req, res) => {
  const note = req.query.note || '';
  const html = renderInvoice({
    number: req.params.number,
    note,
    issued: new Date().toISOString().slice(0, 10),
  });
  res.send(html);
});

app.listen(3000);
