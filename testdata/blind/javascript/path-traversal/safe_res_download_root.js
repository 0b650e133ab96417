const express = require('express');
const path = require('path');

const app = express();
const REPORTS = path.join(__dirname, 'reports');

app.get('/reports/download', (req, res) => {
  const file = String(req.query.file || 'latest.pdf');
  // With root, the file name is resolved inside REPORTS and ".." is refused.
  res.download(file, path.basename(file), { root: REPORTS, dotfiles: 'deny' }, (err) => {
    if (err && !res.headersSent) res.status(404).end();
  });
});

module.exports = app;
