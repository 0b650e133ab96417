import fs from 'node:fs';
import path from 'node:path';
import Router from '@koa/router';

const ROOT = path.resolve(process.env.ASSET_ROOT ?? '/var/lib/cms/assets');
export const assets = new Router();

assets.get('/assets/:bucket/:name', async (ctx) => {
  const file = path.resolve(ROOT, ctx.params.bucket, decodeURIComponent(ctx.params.name));
  if (!file.startsWith(ROOT + path.sep)) {
    ctx.throw(403);
  }
  ctx.set('Cache-Control', 'public, max-age=3600');
  ctx.body = fs.createReadStream(file);
});
