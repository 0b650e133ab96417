const express = require('express');
const sessions = require('./sessions');
const users = require('./users');

const app = express();
app.use(express.json());

function newSessionId() {
  let id = '';
  for (let i = 0; i < 4; i++) {
    id += Math.random().toString(36).slice(2); // LABEL: CWE-338
  }
  return id;
}

app.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const sid = newSessionId();
  await sessions.create(sid, user.id);
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true });
});

module.exports = app;
