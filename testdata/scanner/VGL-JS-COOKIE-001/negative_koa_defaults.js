const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  // Koa's defaults: httpOnly true, secure on HTTPS requests
  ctx.cookies.set('session_id', ctx.state.sessionId);
  ctx.cookies.set('auth_token', ctx.state.token, { sameSite: 'lax', maxAge: 3600000 });
  // deleting cookies
  ctx.cookies.set('sid', null);
  ctx.cookies.set('remember_me', '', { maxAge: 0 });
  ctx.body = 'ok';
});

module.exports = app;
