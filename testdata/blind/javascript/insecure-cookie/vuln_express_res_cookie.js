const express = require('express');
const crypto = require('crypto');
const auth = require('./auth');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const user = await auth.check(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const sid = crypto.randomBytes(32).toString('hex');
  await auth.saveSession(sid, user.id);
  res.cookie('sid', sid, { maxAge: 3600 * 1000 }); // LABEL: CWE-614, CWE-1004
  res.json({ ok: true });
});

module.exports = app;
