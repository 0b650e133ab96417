const express = require('express');
const { OrderRepository } = require('./orderRepository');
const db = require('./db');

const router = express.Router();
const orders = new OrderRepository(db);

router.get('/orders', async (req, res, next) => {
  try {
    const rows = await orders.list(req.query.sort, req.query.dir);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
