const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/onboarding/complete', (req, res) => {
  req.session.accountType = req.body.accountType; // LABEL: CWE-501
  res.json({ ok: true });
});

app.get('/admin', (req, res) => {
  if (req.session.accountType !== 'admin') return res.status(403).end();
  res.send('admin area');
});

module.exports = app;
