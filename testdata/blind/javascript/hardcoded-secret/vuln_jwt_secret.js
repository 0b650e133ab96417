const express = require('express');
const jwt = require('jsonwebtoken');
const users = require('./users');

const app = express();
app.use(express.json());

app.post('/token', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const token = jwt.sign({ sub: user.id, role: user.role }, 'k9$Tq2!vW7zL#pX4mR8eB1nY', { expiresIn: '1h' }); // LABEL: CWE-798
  res.json({ token });
});

module.exports = app;
