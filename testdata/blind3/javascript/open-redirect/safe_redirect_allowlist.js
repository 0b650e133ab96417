const express = require('express');

const app = express();

const TARGETS = new Set(['/dashboard', '/settings', '/billing', '/orders']);

app.get('/continue', (req, res) => {
  const wanted = String(req.query.to || '');
  const target = TARGETS.has(wanted) ? wanted : '/dashboard';
  res.redirect(target);
});

app.get('/dashboard', (req, res) => {
  res.send('dashboard');
});

app.listen(3000);
