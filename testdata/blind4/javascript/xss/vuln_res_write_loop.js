const express = require('express');

const router = express.Router();

router.post('/lists/preview', express.urlencoded({ extended: true }), (req, res) => {
  const items = Array.isArray(req.body.items) ? req.body.items : [req.body.items].filter(Boolean);
  res.set('Content-Type', 'text/html; charset=utf-8');
  res.write('<ul class="checklist">');
  for (const item of items) {
    res.write(`<li><input type="checkbox"> ${item}</li>`); // LABEL: CWE-79
  }
  res.end('</ul>');
});

module.exports = router;
