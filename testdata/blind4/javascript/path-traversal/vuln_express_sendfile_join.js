const express = require('express');
const path = require('path');

const router = express.Router();
const MANUALS = path.join(__dirname, '..', 'storage', 'manuals');

router.get('/manuals/download', (req, res) => {
  const lang = req.query.lang || 'en';
  const file = path.join(MANUALS, lang, req.query.file);
  res.sendFile(file, (err) => { // LABEL: CWE-22
    if (err) res.status(404).end();
  });
});

module.exports = router;
