const express = require('express');
const crypto = require('crypto');
const db = require('./db');

const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  const hash = crypto.createHash('md5').update(password).digest('hex'); // LABEL: CWE-328, CWE-916
  await db.users.insert({ email, passwordHash: hash });
  res.status(201).json({ ok: true });
});

module.exports = app;
