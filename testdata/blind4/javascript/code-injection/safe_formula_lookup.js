const express = require('express');

const router = express.Router();

const FORMULAS = {
  flat: () => 4.9,
  weight: (o) => 2.5 + 0.8 * o.weight,
  free_over_50: (o) => (o.subtotal >= 50 ? 0 : 4.9),
  international: (o) => (o.country === 'DE' ? 4.9 : 14.9),
};

router.post('/shipping/rules/test', (req, res) => {
  const formula = Object.prototype.hasOwnProperty.call(FORMULAS, req.body.formula) ? FORMULAS[req.body.formula] : null;
  if (!formula) {
    return res.status(400).json({ error: 'unknown formula' });
  }
  res.json({ cost: formula(req.body.sampleOrder) });
});

module.exports = router;
