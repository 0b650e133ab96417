const express = require('express');
const path = require('path');

const app = express();
const REPORT_DIR = path.join(__dirname, 'reports');

app.get('/reports/:name', (req, res) => {
  res.sendFile(req.params.name, { root: REPORT_DIR, dotfiles: 'deny' }, (err) => {
    if (err) {
      res.status(err.status || 404).end();
    }
  });
});

app.get('/reports', (req, res) => {
  res.json({ dir: 'reports' });
});

app.listen(3000);
