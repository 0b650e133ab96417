const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

app.get('/api/devices', async (req, res) => {
  const values = [];
  const conditions = Object.keys(req.query).map((column) => {
    values.push(req.query[column]);
    return `${column} = $${values.length}`;
  });
  const where = conditions.length ? ' WHERE ' + conditions.join(' AND ') : '';
  const { rows } = await pool.query('SELECT id, hostname FROM devices' + where, values); // LABEL: CWE-89
  res.json(rows);
});

module.exports = app;
