const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  const token = ctx.state.token;
  ctx.cookies.set('session_token', token, { httpOnly: false, secure: true }); // vigil:expect VGL-JS-COOKIE-001
  ctx.cookies.set('auth', token, { secure: false, httpOnly: true }); // vigil:expect VGL-JS-COOKIE-001
  ctx.body = 'ok';
});

app.listen(3000);
