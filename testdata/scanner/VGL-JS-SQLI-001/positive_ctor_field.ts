import { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();

class OrderListing {
  private direction = "ASC";

  constructor(private readonly sort: string) {}

  descending(flag: string) {
    this.direction = flag;
  }

  async rows() {
    const sql = `SELECT id, total FROM orders ORDER BY ${this.sort}`;
    return pool.query(sql); // vigil:expect VGL-JS-SQLI-001
  }

  async page(n: number) {
    return pool.query("SELECT id FROM orders ORDER BY id " + this.direction + " LIMIT 20"); // vigil:expect VGL-JS-SQLI-001
  }
}

export async function listOrders(req: Request, res: Response) {
  const listing = new OrderListing(req.query.sort as string);
  listing.descending(req.query.dir as string);
  const result = await listing.rows();
  res.json(result.rows);
}
