import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path !== '/maintenance') {
    return next();
  }
  const region = ctx.get('X-Region') || 'global';
  ctx.status = 503;
  ctx.type = 'html';
  ctx.body = `<h1>Scheduled maintenance</h1><p>The ${region} cluster is being upgraded.</p>`; // LABEL: CWE-79
});

export default app;
