const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', (req, res) => {
  req.session.user = req.body.user;
  const next = req.query.next || '/';
  res.redirect(next); // LABEL: CWE-601
});

module.exports = app;
