const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/logout', (ctx) => {
  ctx.cookies.set('sid', null);
  const returnTo = ctx.query.returnTo || '/';
  ctx.redirect(returnTo); // LABEL: CWE-601
});

app.use(router.routes());
module.exports = app;
