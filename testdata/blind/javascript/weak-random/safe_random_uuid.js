const Koa = require('koa');
const { randomUUID } = require('crypto');

const app = new Koa();

app.use(async (ctx) => {
  const requestId = randomUUID();
  const colour = ['red', 'green', 'blue'][Math.floor(Math.random() * 3)];
  ctx.set('X-Request-Id', requestId);
  ctx.body = { requestId, bannerColour: colour };
});

module.exports = app;
