import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const router = express.Router();

router.get('/users/:username/orders', async (req: Request, res: Response) => {
  const { username } = req.params;
  const text = "SELECT o.id, o.total FROM orders o JOIN users u ON u.id = o.user_id WHERE u.username = '" + username + "'";
  const result = await pool.query(text); // LABEL: CWE-89
  res.json(result.rows);
});
