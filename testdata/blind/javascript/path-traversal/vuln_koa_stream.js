const Koa = require('koa');
const fs = require('fs');

const app = new Koa();
const BASE = '/srv/avatars/';

app.use(async (ctx) => {
  const name = ctx.cookies.get('avatar') || 'default.png';
  ctx.type = 'image/png';
  ctx.body = fs.createReadStream(BASE + name); // LABEL: CWE-22
});

module.exports = app;
