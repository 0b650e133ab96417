const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/unsubscribe', async (req, res) => {
  const email = req.query.email || '';
  await app.locals.mailing.unsubscribe(email);
  res.send(`<!doctype html><html><body><p>${escapeHtml(email)} will no longer receive our newsletter.</p><a href="/">Back to the shop</a></body></html>`);
});

module.exports = app;
