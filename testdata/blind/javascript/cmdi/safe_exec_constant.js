const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/admin/disk', (req, res) => {
  const unit = req.query.unit === 'k' ? 'k' : 'h';
  const cmd = unit === 'k' ? 'df -k' : 'df -h';
  exec(cmd, (err, stdout) => {
    if (err) return res.status(500).end();
    res.type('text/plain').send(stdout);
  });
});

module.exports = app;
