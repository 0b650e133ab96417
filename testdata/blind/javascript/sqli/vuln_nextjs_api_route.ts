import type { NextApiRequest, NextApiResponse } from 'next';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const email = String(req.query.email ?? '');
  const [rows] = await pool.execute(`SELECT id, name FROM subscribers WHERE email = '${email}'`); // LABEL: CWE-89
  res.status(200).json(rows);
}
