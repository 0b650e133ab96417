import { Request, Response } from "express";
import { Pool } from "pg";
import { Model } from "./model";

const pool = new Pool();

export async function getOrder(req: Request, res: Response) {
  const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
}

export async function findOrders(req: Request, res: Response) {
  const status = req.query.status as string;
  const { rows } = await pool.query("SELECT * FROM orders WHERE status = '" + status + "'"); // LABEL: CWE-89
  res.json(rows);
}

export async function login(req: Request, res: Response) {
  const user = await Model.findOne({ email: req.body.email, password: req.body.password }); // LABEL: CWE-943
  res.json({ ok: !!user });
}

export function matcher(req: Request) {
  return new RegExp(req.query.pattern as string); // LABEL: CWE-1333
}
