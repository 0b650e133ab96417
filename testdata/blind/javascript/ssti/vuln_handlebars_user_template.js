const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const Handlebars = require('handlebars');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const source = ctx.request.body.template;
  const template = Handlebars.compile(source); // LABEL: CWE-1336
  ctx.body = { html: template({ user: ctx.request.body.user }) };
});

module.exports = app;
