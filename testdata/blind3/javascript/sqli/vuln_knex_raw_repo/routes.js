const express = require('express');
const { ProductRepository } = require('./productRepository');
const db = require('./db');

const router = express.Router();
const products = new ProductRepository(db);

router.get('/products', async (req, res, next) => {
  try {
    let sort = req.query.sort;
    if (!sort) {
      sort = 'name';
    }
    const rows = await products.listByCategory(req.query.category || 'all', sort);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
