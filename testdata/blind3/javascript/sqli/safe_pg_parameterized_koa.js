const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const app = new Koa();
const router = new Router();
const pool = new Pool();

router.get('/users/:id/orders', async (ctx) => {
  const status = ctx.query.status || 'paid';
  const { rows } = await pool.query(
    'SELECT id, total, status FROM orders WHERE user_id = $1 AND status = $2 ORDER BY id DESC',
    [ctx.params.id, status],
  );
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3000);
