import { Request, Response, Router } from 'express';
import { QueryTypes, Sequelize } from 'sequelize';

export class MemberService {
  constructor(private readonly sequelize: Sequelize) {}

  async search(team: string, name: string) {
    return this.sequelize.query(
      'SELECT id, name, role FROM members WHERE team = :team AND name ILIKE :name',
      { replacements: { team, name: `%${name}%` }, type: QueryTypes.SELECT },
    );
  }
}

export function memberRoutes(service: MemberService): Router {
  const router = Router();
  router.get('/teams/:team/members', async (req: Request, res: Response) => {
    const name = String(req.query.name ?? '');
    res.json(await service.search(req.params.team, name));
  });
  return router;
}
