const Koa = require('koa');
const Router = require('@koa/router');
const cp = require('child_process');

const app = new Koa();
const router = new Router();

function gitLog(author) {
  const args = ['--oneline', '-n', '20'];
  if (author) {
    args.push(`--author="${author}"`);
  }
  return cp.execSync('git -C /srv/repo log ' + args.join(' '), { encoding: 'utf8' }); // LABEL: CWE-78
}

router.get('/my-commits', (ctx) => {
  const author = ctx.get('X-Forwarded-User');
  ctx.body = { commits: gitLog(author).split('\n').filter(Boolean) };
});

app.use(router.routes());
app.listen(3000);
