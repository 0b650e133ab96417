import Router from '@koa/router';
import { pool } from '../db/pool';

const router = new Router({ prefix: '/api/fleet' });

router.get('/depots/:depotId/vehicles', async (ctx) => {
  const depotId = Number(ctx.params.depotId);
  if (!Number.isInteger(depotId) || depotId <= 0) {
    ctx.throw(400, 'invalid depot');
  }
  const sql = `SELECT id, plate, model FROM vehicles WHERE depot_id = ${depotId} ORDER BY plate`;
  const result = await pool.query(sql);
  ctx.body = result.rows;
});

export default router;
