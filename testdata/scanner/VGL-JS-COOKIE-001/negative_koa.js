const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  ctx.cookies.set('session_token', ctx.state.token, { httpOnly: true, secure: true, sameSite: 'lax' });
  ctx.cookies.set('theme', ctx.query.theme, { httpOnly: false });
  ctx.set('X-Frame-Options', 'DENY');
  ctx.body = 'ok';
});

app.listen(3000);
