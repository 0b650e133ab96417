const express = require('express');
const members = require('./members');
const app = express();

// The check does not stop the write.
app.post('/team', (req, res) => {
  const teamId = req.body.teamId;
  const ok = members.isMember(req.session.userId, teamId);
  console.log('member', ok);
  req.session.teamId = teamId; // vigil:expect VGL-JS-TRUST-001
  res.sendStatus(204);
});
