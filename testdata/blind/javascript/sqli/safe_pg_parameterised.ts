import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const router = express.Router();

router.get('/users/:username/orders', async (req: Request, res: Response) => {
  const result = await pool.query(
    'SELECT o.id, o.total FROM orders o JOIN users u ON u.id = o.user_id WHERE u.username = $1',
    [req.params.username],
  );
  res.json(result.rows);
});
