const Koa = require('koa');
const crypto = require('crypto');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];

app.use(async (ctx) => {
  if (ctx.path === '/login' && ctx.method === 'POST') {
    const token = crypto.randomBytes(32).toString('hex');
    ctx.cookies.set('auth_token', token, { httpOnly: false, secure: true, signed: true }); // LABEL: CWE-1004
    ctx.body = { ok: true };
  }
});

module.exports = app;
