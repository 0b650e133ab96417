const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { spawn } = require('node:child_process');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path !== '/convert' || ctx.method !== 'POST') return;
  const { input, format } = ctx.request.body;
  const child = spawn('ffmpeg', ['-i', input, `out.${format}`], { shell: true }); // LABEL: CWE-78
  const code = await new Promise((resolve) => child.on('close', resolve));
  ctx.body = { ok: code === 0 };
});

module.exports = app;
