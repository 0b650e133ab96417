const express = require('express');
const session = require('express-session');
const passport = require('passport');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(passport.initialize());
app.use(passport.session());

app.post(
  '/login',
  passport.authenticate('local', { failureRedirect: '/login?error=1' }),
  (req, res) => {
    const returnTo = req.query.returnTo || '/dashboard';
    res.redirect(returnTo); // LABEL: CWE-601
  },
);

app.listen(3000);
