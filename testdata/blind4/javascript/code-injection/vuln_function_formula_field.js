const express = require('express');

const router = express.Router();

class ShippingRule {
  constructor(formula) {
    this.formula = formula;
  }

  cost(order) {
    const fn = new Function('weight', 'subtotal', 'country', `return (${this.formula});`); // LABEL: CWE-94
    return fn(order.weight, order.subtotal, order.country);
  }
}

router.post('/shipping/rules/test', (req, res) => {
  const rule = new ShippingRule(req.body.formula);
  res.json({ cost: rule.cost(req.body.sampleOrder) });
});

module.exports = router;
