const express = require('express');

const app = express();

app.get('/unsubscribe', async (req, res) => {
  const email = req.query.email || '';
  await app.locals.mailing.unsubscribe(email);
  res.send(`<!doctype html><html><body><p>${email} will no longer receive our newsletter.</p><a href="/">Back to the shop</a></body></html>`); // LABEL: CWE-79
});

module.exports = app;
