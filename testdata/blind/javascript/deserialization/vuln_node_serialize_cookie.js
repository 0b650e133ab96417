const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  if (!req.cookies.prefs) return res.json({ theme: 'light' });
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
  const prefs = serialize.unserialize(raw); // LABEL: CWE-502
  res.json({ theme: prefs.theme });
});

module.exports = app;
