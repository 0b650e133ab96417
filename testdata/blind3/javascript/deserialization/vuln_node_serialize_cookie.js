const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

function readPreferences(req) {
  const raw = req.cookies.prefs;
  if (!raw) {
    return { theme: 'light', pageSize: 20 };
  }
  const text = Buffer.from(raw, 'base64').toString('utf8');
  return serialize.unserialize(text); // LABEL: CWE-502
}

app.get('/inbox', (req, res) => {
  const prefs = readPreferences(req);
  res.json({ theme: prefs.theme, pageSize: prefs.pageSize });
});

app.listen(3000);
