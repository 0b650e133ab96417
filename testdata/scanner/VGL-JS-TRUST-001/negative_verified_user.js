const express = require('express');
const users = require('./users');
const app = express();

// The session keeps the record the server verified, not the body's text.
app.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  req.session.regenerate(() => {
    req.session.userId = user.id;
    req.session.role = user.role;
    res.sendStatus(204);
  });
});

app.post('/org', async (req, res) => {
  const org = await orgs.bySlug(req.query.org);
  req.session.orgId = org.id;
  res.sendStatus(204);
});
