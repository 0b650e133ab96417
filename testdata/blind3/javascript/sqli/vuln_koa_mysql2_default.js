const Koa = require('koa');
const Router = require('@koa/router');
const mysql = require('mysql2/promise');

const app = new Koa();
const router = new Router();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'tickets' });

router.get('/tickets', async (ctx) => {
  const status = ctx.query.status || 'open';
  const filters = [`status = '${status}'`];
  if (ctx.query.assignee) {
    filters.push(`assignee_id = ${Number(ctx.query.assignee)}`);
  }
  const sql = 'SELECT id, title, status FROM tickets WHERE ' + filters.join(' AND ');
  const [rows] = await pool.query(sql); // LABEL: CWE-89
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3000);
