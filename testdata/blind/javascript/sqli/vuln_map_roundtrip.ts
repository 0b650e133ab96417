import express from 'express';
import mysql from 'mysql2/promise';

export const app = express();
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

app.get('/audit', async (req, res) => {
  const criteria = new Map<string, string>();
  criteria.set('actor', String(req.header('x-actor') ?? 'system'));
  criteria.set('limit', '50');
  const sql = `SELECT at, action FROM audit_log WHERE actor = '${criteria.get('actor')}' LIMIT ${criteria.get('limit')}`;
  const [rows] = await pool.query(sql); // LABEL: CWE-89
  res.json(rows);
});
