const crypto = require('crypto');
const express = require('express');
const { RememberTokens } = require('./models');

const app = express();

app.post('/login/remember', async (req, res) => {
  if (!req.user) return res.status(401).end();
  const token = crypto.randomBytes(32).toString('hex');
  await RememberTokens.create({ userId: req.user.id, token });
  res.cookie('remember_me', token, {
    maxAge: 30 * 24 * 3600 * 1000,
    sameSite: 'lax',
    secure: true,
    httpOnly: true,
  });
  res.redirect('/');
});

app.listen(3000);
