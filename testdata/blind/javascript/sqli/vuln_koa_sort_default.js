const Koa = require('koa');
const Router = require('@koa/router');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('blog.db');
const app = new Koa();
const router = new Router();

router.get('/posts', async (ctx) => {
  let order = ctx.query.order;
  if (order == null) order = 'created_at';
  const rows = await new Promise((resolve, reject) => {
    db.all('SELECT id, title FROM posts ORDER BY ' + order, (err, r) => (err ? reject(err) : resolve(r))); // LABEL: CWE-89
  });
  ctx.body = rows;
});

app.use(router.routes());
module.exports = app;
