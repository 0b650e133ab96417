const express = require('express');
const path = require('path');

const app = express();
const REPORTS = path.join(__dirname, 'reports');

app.get('/reports/download', (req, res) => {
  const file = req.query.file || 'latest.pdf';
  res.download(path.join(REPORTS, file)); // LABEL: CWE-22
});

module.exports = app;
