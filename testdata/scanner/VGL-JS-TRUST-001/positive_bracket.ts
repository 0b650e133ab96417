import express from 'express';
const app = express();

app.get('/as', (req, res) => {
  const user = req.query.user;
  req.session['userId'] = user; // vigil:expect VGL-JS-TRUST-001
  res.redirect('/');
});
