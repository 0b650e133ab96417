const express = require('express');
const passport = require('passport');

const router = express.Router();

function safeLocal(target) {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return '/account';
  }
  return target;
}

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  res.redirect(safeLocal(req.body.returnTo || req.query.returnTo));
});

module.exports = router;
