const express = require('express');
const { exec } = require('child_process');

const app = express();
app.use(express.json());

app.post('/scans/self-test', (req, res) => {
  const options = { target: req.body.target };
  // The self-test always scans the loopback interface, whatever was posted.
  options.target = '127.0.0.1';
  exec('nmap -sV -p 22,80,443 ' + options.target, (err, stdout) => {
    res.json({ ok: !err, lines: stdout.split('\n').length });
  });
});

module.exports = app;
