import Router from '@koa/router';
import { pool } from '../db/pool';

const router = new Router({ prefix: '/api/fleet' });

router.get('/vehicles/:depot', async (ctx) => {
  const where: string[] = [`depot = '${ctx.params.depot}'`];
  const { model, fuel } = ctx.query;
  if (typeof model === 'string') {
    where.push(`model = '${model}'`);
  }
  if (typeof fuel === 'string') {
    where.push(`fuel_type = '${fuel}'`);
  }
  const sql = `SELECT id, plate, model FROM vehicles WHERE ${where.join(' AND ')}`;
  const result = await pool.query(sql); // LABEL: CWE-89
  ctx.body = result.rows;
});

export default router;
