const Koa = require('koa');
const Router = require('@koa/router');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('blog.db');
const app = new Koa();
const router = new Router();
const ORDERS = new Map([
  ['newest', 'created_at DESC'],
  ['title', 'title ASC'],
]);

router.get('/posts', async (ctx) => {
  const order = ORDERS.get(ctx.query.order) || 'created_at DESC';
  const rows = await new Promise((resolve, reject) => {
    db.all('SELECT id, title FROM posts ORDER BY ' + order, (err, r) => (err ? reject(err) : resolve(r)));
  });
  ctx.body = rows;
});

app.use(router.routes());
module.exports = app;
