const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');
const users = require('./users');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path !== '/login' || ctx.method !== 'POST') return;
  const user = await users.verify(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  const token = crypto.randomBytes(32).toString('hex');
  await users.saveSession(token, user.id);
  ctx.cookies.set('auth_token', token, { httpOnly: false, secure: true, signed: true }); // LABEL: CWE-1004
  ctx.body = { ok: true };
});

module.exports = app;
