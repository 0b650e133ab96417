const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const vm = require('vm');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const script = ctx.request.body.script || '';
  const sandbox = { input: ctx.request.body.input, output: null };
  vm.runInNewContext(script, sandbox, { timeout: 100 }); // LABEL: CWE-94
  ctx.body = { output: sandbox.output };
});

module.exports = app;
