const express = require('express');

const app = express();

app.get('/exports/:file', (req, res) => {
  // With the root option, send refuses paths that climb out of it.
  res.sendFile(req.params.file, { root: '/var/lib/app/exports', dotfiles: 'deny' }, (err) => {
    if (err) res.status(404).end();
  });
});

module.exports = app;
