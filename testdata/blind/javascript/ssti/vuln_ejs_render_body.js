const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.json());

app.post('/emails/preview', (req, res) => {
  const { template, firstName } = req.body;
  const html = ejs.render(template, { firstName }); // LABEL: CWE-1336
  res.json({ html });
});

module.exports = app;
