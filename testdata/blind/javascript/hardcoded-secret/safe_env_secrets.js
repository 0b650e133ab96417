const express = require('express');
const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) {
  throw new Error('JWT_SECRET must be set');
}

const app = express();
app.use(express.json());

app.post('/token/refresh', (req, res) => {
  const claims = jwt.verify(String(req.body.token), JWT_SECRET, { algorithms: ['HS256'] });
  res.json({ token: jwt.sign({ sub: claims.sub }, JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' }) });
});

module.exports = app;
