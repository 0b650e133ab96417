const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

class ProductListing {
  constructor(query) {
    this.sort = query.sort || 'name';
    this.limit = 20;
  }

  toSql() {
    return `SELECT id, name, price FROM products ORDER BY ${this.sort} LIMIT ${this.limit}`;
  }
}

app.get('/products', async (req, res) => {
  const listing = new ProductListing(req.query);
  const { rows } = await pool.query(listing.toSql()); // LABEL: CWE-89
  res.json(rows);
});

module.exports = app;
