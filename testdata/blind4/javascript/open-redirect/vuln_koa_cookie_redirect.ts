import Router from '@koa/router';

const router = new Router();

router.get('/oauth/start', async (ctx) => {
  ctx.cookies.set('after_login', ctx.query.next as string, { httpOnly: true, sameSite: 'lax' });
  ctx.redirect(buildAuthorizeUrl(ctx));
});

router.get('/oauth/callback', async (ctx) => {
  await exchangeCode(ctx, ctx.query.code as string);
  const next = ctx.cookies.get('after_login') ?? '/';
  ctx.cookies.set('after_login', null);
  ctx.redirect(next); // LABEL: CWE-601
});

export default router;
