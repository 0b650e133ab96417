// Checks that do not pin the target to this site: compared with a value the
// request supplies, or checked on a different URL than the one used.
const express = require('express');
const router = express.Router();

router.get('/continue', (req, res) => {
  const next = String(req.query.next || '/');
  const target = new URL(next, 'https://app.example.com');
  if (target.origin !== req.get('origin')) {
    return res.status(400).send('invalid redirect');
  }
  res.redirect(next); // vigil:expect VGL-JS-REDIR-001
});

router.get('/other', (req, res) => {
  const home = new URL('/', 'https://app.example.com');
  if (home.origin !== 'https://app.example.com') {
    return res.sendStatus(500);
  }
  res.redirect(req.query.to); // vigil:expect VGL-JS-REDIR-001
});

module.exports = router;
