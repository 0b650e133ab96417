const express = require('express');
const jwt = require('jsonwebtoken');
const { authenticate } = require('./auth');

const app = express();
app.use(express.json());

const TOKEN_CONFIG = {
  issuer: 'orders-api',
  expiresIn: '1h',
  signingKey: 'c3f9a1e7b25d4086a9e0f1b7c6d2e8a4', // LABEL: CWE-798
};

app.post('/token', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const token = jwt.sign({ sub: user.id }, TOKEN_CONFIG.signingKey, {
    issuer: TOKEN_CONFIG.issuer,
    expiresIn: TOKEN_CONFIG.expiresIn,
  });
  res.json({ token });
});

app.listen(3000);
