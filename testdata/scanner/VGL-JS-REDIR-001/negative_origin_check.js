// The target is parsed against the app's origin and refused unless it stays there.
const express = require('express');
const config = require('./config');

const APP_ORIGIN = 'https://app.example.com';
const router = express.Router();

router.get('/continue', (req, res) => {
  const next = String(req.query.next || '/');
  const target = new URL(next, APP_ORIGIN);
  if (target.origin !== APP_ORIGIN) {
    return res.status(400).send('invalid redirect');
  }
  res.redirect(next);
});

router.get('/back', (req, res) => {
  const dest = new URL(req.query.to, config.publicUrl);
  if (dest.origin !== new URL(config.publicUrl).origin) {
    return res.sendStatus(400);
  }
  res.redirect(dest.pathname + dest.search);
});

router.get('/inline', (req, res) => {
  const r = req.query.r;
  if (new URL(r, APP_ORIGIN).origin === APP_ORIGIN) {
    return res.redirect(r);
  }
  res.redirect('/');
});

module.exports = router;
