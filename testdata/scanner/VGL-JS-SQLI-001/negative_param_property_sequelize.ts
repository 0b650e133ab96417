import { Request, Response } from "express";
import { Sequelize, QueryTypes } from "sequelize";

export class AccountSearch {
  constructor(private readonly sequelize: Sequelize) {}

  async byName(req: Request, res: Response) {
    const rows = await this.sequelize.query("SELECT id, name FROM accounts WHERE name = :name", {
      replacements: { name: String(req.query.name) },
      type: QueryTypes.SELECT,
    });
    res.json(rows);
  }
}
