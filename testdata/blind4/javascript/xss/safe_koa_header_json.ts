import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path !== '/maintenance') {
    return next();
  }
  const region = ctx.get('X-Region') || 'global';
  ctx.status = 503;
  ctx.body = { message: 'Scheduled maintenance', detail: `The ${region} cluster is being upgraded.` };
});

export default app;
