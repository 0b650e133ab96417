const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const name = ctx.query.name || 'guest';
  ctx.type = 'text/html';
  ctx.body = '<!doctype html><title>Welcome</title><h1>Welcome back, ' + name + '</h1>'; // LABEL: CWE-79
});

app.listen(3000);
