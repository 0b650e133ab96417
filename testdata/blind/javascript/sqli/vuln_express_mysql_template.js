const express = require('express');
const mysql = require('mysql2');

const app = express();
const pool = mysql.createPool({ host: 'db', user: 'shop', database: 'shop' });

app.get('/products/search', (req, res) => {
  const term = req.query.q || '';
  const sql = `SELECT id, name, price FROM products WHERE name LIKE '%${term}%'`;
  pool.query(sql, (err, rows) => { // LABEL: CWE-89
    if (err) return res.status(500).json({ error: 'query failed' });
    res.json(rows);
  });
});

module.exports = app;
