const express = require('express');
const crypto = require('crypto');
const sessions = require('./sessions');
const users = require('./users');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const sid = crypto.randomBytes(32).toString('base64url');
  await sessions.create(sid, user.id);
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true });
});

module.exports = app;
