const express = require('express');
const { exec, execFile } = require('child_process');

const app = express();

app.get('/whois', (req, res) => {
  const domain = String(req.query.domain || 'example.org');
  if (false) {
    exec('whois ' + domain, (err, out) => res.send(out));
    return;
  }
  execFile('whois', [domain], (err, out) => res.type('text/plain').send(err ? 'lookup failed' : out));
});

module.exports = app;
