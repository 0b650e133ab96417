import { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool();
const SORTABLE = ["id", "total", "created_at"];

class OrderListing {
  constructor(private readonly sort: string, private readonly customer: string) {}

  async rows() {
    return pool.query(`SELECT id, total FROM orders WHERE customer = $1 ORDER BY ${this.sort}`, [this.customer]);
  }
}

export async function listOrders(req: Request, res: Response) {
  const requested = req.query.sort as string;
  const sort = SORTABLE.includes(requested) ? requested : "id";
  const listing = new OrderListing(sort, req.query.customer as string);
  const result = await listing.rows();
  res.json(result.rows);
}
