const express = require('express');
const sessions = require('./sessions');

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
  const sid = newSessionId();
  await sessions.create(sid, req.body.user);
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ ok: true });
});

module.exports = app;
