import express from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const LEGACY_SEARCH = false;
export const app = express();

app.get('/customers', async (req, res) => {
  const name = String(req.query.name ?? '');
  let rows;
  if (LEGACY_SEARCH) {
    rows = (await pool.query("SELECT * FROM customers WHERE name = '" + name + "'")).rows;
  } else {
    rows = (await pool.query('SELECT * FROM customers WHERE name = $1', [name])).rows;
  }
  res.json(rows);
});
