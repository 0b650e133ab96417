import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.status(405).end();
    return;
  }
  const slug = Array.isArray(req.query.slug) ? req.query.slug[0] : req.query.slug;
  const { rows } = await pool.query( // LABEL: CWE-89
    `SELECT title, body, published_at FROM articles WHERE slug = '${slug}' AND published = true`,
  );
  if (rows.length === 0) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json(rows[0]);
}
