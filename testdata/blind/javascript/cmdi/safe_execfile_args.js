const express = require('express');
const { execFile } = require('child_process');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/diag/ping', (req, res) => {
  const host = String(req.body.host || '');
  execFile('ping', ['-c', '1', '--', host], { timeout: 5000 }, (err, stdout) => {
    res.json({ reachable: !err, output: stdout });
  });
});

module.exports = app;
