const Koa = require('koa');
const session = require('koa-session');
const billing = require('./billing');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session(app));

app.use(async (ctx) => {
  if (ctx.path === '/export') {
    ctx.assert(ctx.session.userId, 401);
    const subscription = await billing.activeSubscription(ctx.session.userId);
    ctx.assert(subscription && subscription.plan === 'enterprise', 402, 'upgrade required');
    ctx.body = { export: 'started' };
  }
});

module.exports = app;
