import Router from '@koa/router';
import { AssetStore } from './assetStore';

const store = new AssetStore(process.env.ASSET_ROOT ?? '/var/lib/cms/assets');
export const assets = new Router();

assets.get('/assets/:bucket/:name', async (ctx) => {
  ctx.set('Cache-Control', 'public, max-age=3600');
  ctx.body = store.open(ctx.params.bucket, decodeURIComponent(ctx.params.name));
});
