const express = require('express');

const router = express.Router();

router.post('/checkout/plan', (req, res) => {
  const { planId, seats, price } = req.body;
  const checkout = { planId: String(planId), seats: Number(seats) || 1, unitPrice: price };
  req.session.checkout = checkout; // LABEL: CWE-501
  res.redirect('/checkout/payment');
});

module.exports = router;
