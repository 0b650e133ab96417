const Koa = require('koa');
const session = require('koa-session');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session(app));
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path === '/plan' && ctx.method === 'POST') {
    ctx.session.plan = ctx.request.body.plan; // LABEL: CWE-501
    ctx.body = { ok: true };
  } else if (ctx.path === '/export') {
    ctx.assert(ctx.session.plan === 'enterprise', 402, 'upgrade required');
    ctx.body = { export: 'started' };
  }
});

module.exports = app;
