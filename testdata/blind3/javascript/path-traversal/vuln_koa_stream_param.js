const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs');
const path = require('path');

const app = new Koa();
const router = new Router();
const ASSET_ROOT = path.join(__dirname, 'themes');

router.get('/themes/:theme/:file', (ctx) => {
  const theme = ctx.params.theme;
  const file = ctx.params.file;
  const full = path.join(ASSET_ROOT, theme, file);
  ctx.type = path.extname(full);
  ctx.body = fs.createReadStream(full); // LABEL: CWE-22
});

app.use(router.routes());
app.listen(3000);
