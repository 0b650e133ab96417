import type { NextApiRequest, NextApiResponse } from "next";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const order = (req.query.order as string) ?? "created_at";
  const result = await db.raw(`SELECT id, name FROM teams ORDER BY ${order}`);  // LABEL: CWE-89
  res.status(200).json(result.rows);
}
