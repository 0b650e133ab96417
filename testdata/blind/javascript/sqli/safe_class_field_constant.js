const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

class ProductListing {
  constructor(query) {
    this.requested = query.sort;
    this.sort = query.sort === 'price' ? 'price' : 'name';
  }

  toSql() {
    return `SELECT id, name, price FROM products ORDER BY ${this.sort} LIMIT 20`;
  }
}

app.get('/products', async (req, res) => {
  const listing = new ProductListing(req.query);
  const { rows } = await pool.query(listing.toSql());
  res.json({ sortedBy: listing.sort, rows });
});

module.exports = app;
