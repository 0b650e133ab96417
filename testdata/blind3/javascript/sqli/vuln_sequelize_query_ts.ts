import { Request, Response, Router } from 'express';
import { QueryTypes, Sequelize } from 'sequelize';

export class AccountService {
  constructor(private readonly sequelize: Sequelize) {}

  async findByEmail(email: string) {
    const sql = `SELECT id, email, plan FROM accounts WHERE email = '${email.trim()}' LIMIT 1`;
    return this.sequelize.query(sql, { type: QueryTypes.SELECT }); // LABEL: CWE-89
  }
}

export function accountRoutes(service: AccountService): Router {
  const router = Router();
  router.post('/accounts/lookup', async (req: Request, res: Response) => {
    const { email } = req.body as { email: string };
    const rows = await service.findByEmail(email);
    res.json(rows[0] ?? null);
  });
  return router;
}
