const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const got = require('got');

const app = new Koa();
app.use(bodyParser());
const DEFAULT_HOOK = 'https://hooks.example.com/notify';

app.use(async (ctx) => {
  let url = ctx.request.body.callbackUrl;
  url = url || DEFAULT_HOOK;
  const resp = await got.post(url, { json: { event: 'test' }, throwHttpErrors: false }); // LABEL: CWE-918
  ctx.body = { delivered: resp.statusCode < 300 };
});

module.exports = app;
