import { Request, Response } from "express";
import { Sequelize, QueryTypes } from "sequelize";

export class AccountSearch {
  constructor(private readonly sequelize: Sequelize) {}

  async byName(req: Request, res: Response) {
    const sql = `SELECT id, name FROM accounts WHERE name = '${req.query.name}'`;
    const rows = await this.sequelize.query(sql, { type: QueryTypes.SELECT }); // vigil:expect VGL-JS-SQLI-001
    res.json(rows);
  }
}
