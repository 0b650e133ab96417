const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  let prefs = {};
  try {
    prefs = JSON.parse(Buffer.from(req.cookies.prefs || 'e30=', 'base64').toString());
  } catch (e) {
    prefs = {};
  }
  res.json({ theme: prefs.theme === 'dark' ? 'dark' : 'light' });
});

module.exports = app;
