const express = require('express');
const app = express();

app.post('/logout', (req, res) => {
  res.cookie('session_id', '', { expires: new Date(0) });
  res.cookie('auth_token', null);
  res.redirect('/');
});

module.exports = app;
