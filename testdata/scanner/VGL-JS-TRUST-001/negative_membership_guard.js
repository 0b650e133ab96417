const express = require('express');
const members = require('./members');
const app = express();

// A membership check with an early exit verifies the team before it is kept.
app.post('/team', async (req, res) => {
  const teamId = req.body.teamId;
  if (!(await members.isMember(req.session.userId, teamId))) {
    return res.sendStatus(403);
  }
  req.session.teamId = teamId;
  res.sendStatus(204);
});

app.post('/org', (req, res) => {
  const orgId = req.query.org;
  if (!canJoin(req.session.userId, orgId)) {
    throw new Error('forbidden');
  }
  req.session.orgId = orgId;
  res.sendStatus(204);
});
