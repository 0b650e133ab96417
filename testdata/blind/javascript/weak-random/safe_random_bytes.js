const express = require('express');
const crypto = require('crypto');
const sessions = require('./sessions');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const sid = crypto.randomBytes(32).toString('base64url');
  await sessions.create(sid, req.body.user);
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true });
});

module.exports = app;
