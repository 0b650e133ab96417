const express = require('express');
const path = require('path');

const router = express.Router();
const MANUALS = path.join(__dirname, '..', 'storage', 'manuals');

router.get('/manuals/download', (req, res) => {
  const lang = req.query.lang === 'de' || req.query.lang === 'fr' ? req.query.lang : 'en';
  res.sendFile(`${lang}/${req.query.file}`, { root: MANUALS, dotfiles: 'deny' }, (err) => {
    if (err) res.status(err.statusCode || 404).end();
  });
});

module.exports = router;
