const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

app.get('/invoices/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id) || id <= 0) {
    return res.status(400).json({ error: 'bad id' });
  }
  const [rows] = await pool.query(`SELECT id, amount FROM invoices WHERE id = ${id}`);
  return res.json(rows[0] || null);
});

module.exports = app;
