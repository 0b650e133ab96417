const express = require('express');
const app = express();

function normalise(s) {
  return s.trim().toLowerCase();
}

app.get('/go', (req, res) => {
  req.session.returnTo = req.query.next; // vigil:expect VGL-JS-TRUST-001
  req.session.lang = String(req.query.lang).trim(); // vigil:expect VGL-JS-TRUST-001
  req.session.theme = normalise(req.query.theme); // vigil:expect VGL-JS-TRUST-001
  req.session.back = decodeURIComponent(req.query.back); // vigil:expect VGL-JS-TRUST-001
  res.redirect('/');
});
