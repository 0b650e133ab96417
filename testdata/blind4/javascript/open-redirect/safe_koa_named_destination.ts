import Router from '@koa/router';

const router = new Router();

const DESTINATIONS: Record<string, string> = {
  billing: '/settings/billing',
  team: '/settings/team',
  home: '/',
};

router.get('/oauth/callback', async (ctx) => {
  await exchangeCode(ctx, ctx.query.code as string);
  const key = ctx.cookies.get('after_login') ?? 'home';
  ctx.redirect(DESTINATIONS[key] ?? '/');
});

export default router;
