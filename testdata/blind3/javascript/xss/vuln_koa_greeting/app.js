const Koa = require('koa');
const Router = require('@koa/router');
const { renderWelcome } = require('./views');

const app = new Koa();
const router = new Router();

router.get('/welcome/:name', async (ctx) => {
  const lang = ctx.get('Accept-Language').split(',')[0] || 'en';
  ctx.type = 'html';
  ctx.body = renderWelcome(ctx.params.name, lang); // LABEL: CWE-79
});

router.get('/healthz', (ctx) => {
  ctx.body = 'ok';
});

app.use(router.routes());
app.listen(3000);
