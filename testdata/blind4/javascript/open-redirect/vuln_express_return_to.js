const express = require('express');
const passport = require('passport');

const router = express.Router();

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  const returnTo = req.body.returnTo || req.query.returnTo || '/account';
  res.redirect(returnTo); // LABEL: CWE-601
});

module.exports = router;
