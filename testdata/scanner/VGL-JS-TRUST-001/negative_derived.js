const express = require('express');
const app = express();

app.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  req.session.userId = lookupId();
  res.locals.q = req.query.q;
  res.sendStatus(204);
});
