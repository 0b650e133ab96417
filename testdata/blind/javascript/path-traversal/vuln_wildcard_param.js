const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const SHARE = '/srv/share';

app.get('/files/*', (req, res) => {
  const rel = req.params[0];
  fs.readFile(path.join(SHARE, rel), (err, data) => { // LABEL: CWE-22
    if (err) return res.status(404).end();
    res.type('application/octet-stream').send(data);
  });
});

module.exports = app;
