const express = require('express');
const ejs = require('ejs');

const app = express();
app.use(express.json());
const WELCOME = '<p>Hello <%= firstName %>, welcome aboard.</p>';

app.post('/emails/preview', (req, res) => {
  const html = ejs.render(WELCOME, { firstName: String(req.body.firstName || '') });
  res.json({ html });
});

module.exports = app;
