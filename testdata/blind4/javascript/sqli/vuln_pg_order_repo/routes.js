const express = require('express');
const orders = require('./orderRepository');

const router = express.Router();

router.get('/shops/:shopId/orders', async (req, res, next) => {
  try {
    const rows = await orders.findForShop(req.params.shopId, req.query.status);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
