import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
const router = new Router();

interface ConsentForm {
  accepted?: string;
  continueUrl?: string;
}

router.post('/consent', async (ctx) => {
  const form = ctx.request.body as ConsentForm;
  ctx.cookies.set('consent', form.accepted === 'yes' ? '1' : '0', { httpOnly: true, secure: true });
  const next = form.continueUrl ?? '/';
  ctx.redirect(next); // LABEL: CWE-601
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
