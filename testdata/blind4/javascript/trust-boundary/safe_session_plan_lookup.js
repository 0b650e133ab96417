const express = require('express');
const { PLANS } = require('../billing/plans');

const router = express.Router();

router.post('/checkout/plan', (req, res) => {
  const plan = PLANS.find((p) => p.id === req.body.planId);
  if (!plan) {
    return res.status(400).send('unknown plan');
  }
  const seats = Math.min(Math.max(parseInt(req.body.seats, 10) || 1, 1), 500);
  req.session.checkout = { planId: plan.id, seats, unitPrice: plan.unitPrice };
  res.redirect('/checkout/payment');
});

module.exports = router;
