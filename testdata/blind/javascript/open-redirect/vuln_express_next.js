const express = require('express');
const session = require('express-session');
const users = require('./users');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).send('invalid credentials');
  req.session.userId = user.id;
  const next = req.query.next || '/';
  res.redirect(next); // LABEL: CWE-601
});

module.exports = app;
