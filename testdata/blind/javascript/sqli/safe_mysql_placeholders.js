const express = require('express');
const mysql = require('mysql2');

const app = express();
const pool = mysql.createPool({ host: 'db', user: 'shop', database: 'shop' });

app.get('/products/search', (req, res) => {
  const term = req.query.q || '';
  pool.query('SELECT id, name, price FROM products WHERE name LIKE ?', [`%${term}%`], (err, rows) => {
    if (err) return res.status(500).json({ error: 'query failed' });
    res.json(rows);
  });
});

module.exports = app;
