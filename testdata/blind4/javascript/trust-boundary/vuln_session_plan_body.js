const express = require('express');

const router = express.Router();

router.post('/checkout/plan', (req, res) => {
  const { planId, seats, price } = req.body;
  req.session.checkout = { planId, seats: Number(seats) || 1 };
  req.session.checkout.unitPrice = price; // LABEL: CWE-501
  res.redirect('/checkout/payment');
});

module.exports = router;
