const express = require('express');

const app = express();

app.get('/schedule', (req, res) => {
  const action = req.query.action || 'console.log("tick")';
  setTimeout(action, 1000); // LABEL: CWE-95
  res.status(202).json({ scheduled: true });
});

module.exports = app;
