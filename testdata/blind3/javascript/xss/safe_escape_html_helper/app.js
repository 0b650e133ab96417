const express = require('express');
const { renderBadge } = require('./badge');

const app = express();

app.get('/badge', (req, res) => {
  const label = req.query.label || 'build';
  const status = req.query.status || 'unknown';
  res.type('html');
  res.send(renderBadge(label, status));
});

app.get('/ping', (req, res) => res.send('pong'));

app.listen(3000);
