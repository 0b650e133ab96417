const express = require('express');
const { exec } = require('child_process');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/diag/ping', (req, res) => {
  const host = req.body.host;
  exec('ping -c 1 ' + host, { timeout: 5000 }, (err, stdout) => { // LABEL: CWE-78
    res.json({ reachable: !err, output: stdout });
  });
});

module.exports = app;
