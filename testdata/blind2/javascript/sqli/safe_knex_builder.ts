import type { NextApiRequest, NextApiResponse } from "next";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const team = String(req.query.team ?? "");
  const rows = await db("members").select("id", "name").where({ team_id: team }).orderBy("name");
  res.status(200).json(rows);
}
