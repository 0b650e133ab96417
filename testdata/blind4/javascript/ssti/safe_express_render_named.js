const express = require('express');

const router = express.Router();
const FOOTERS = new Set(['classic', 'minimal', 'holiday']);

router.get('/footer/preview', (req, res) => {
  const variant = FOOTERS.has(req.query.variant) ? req.query.variant : 'classic';
  res.render(`footers/${variant}`, { year: new Date().getFullYear(), shop: req.query.shop || 'My shop' });
});

module.exports = router;
