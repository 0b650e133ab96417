const express = require('express');
const app = express();

app.post('/prefs', (req, res) => {
  req.session.role = req.body.role; // vigil:expect VGL-JS-TRUST-001
  res.sendStatus(204);
});
