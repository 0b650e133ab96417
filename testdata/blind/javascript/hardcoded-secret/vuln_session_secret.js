const express = require('express');
const session = require('express-session');

const app = express();
app.use(
  session({
    secret: 'keyboard-cat-2f8d1c7e9b', // LABEL: CWE-798
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

module.exports = app;
