const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/logout', (ctx) => {
  ctx.cookies.set('sid', null);
  const reason = ctx.query.reason === 'expired' ? 'expired' : 'bye';
  ctx.redirect('/login?reason=' + reason);
});

app.use(router.routes());
module.exports = app;
