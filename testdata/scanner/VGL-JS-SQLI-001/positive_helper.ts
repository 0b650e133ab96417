import { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();

function findByName(name: string) {
  const sql = `SELECT * FROM products WHERE name LIKE '%${name}%'`;
  return pool.query(sql); // vigil:expect VGL-JS-SQLI-001
}

export async function search(req: Request, res: Response) {
  const rows = await findByName(req.body.term as string);
  res.json(rows);
}
