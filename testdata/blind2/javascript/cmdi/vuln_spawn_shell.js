const { spawn } = require("child_process");
const Koa = require("koa");

const app = new Koa();

app.use(async (ctx) => {
  const branch = ctx.query.branch;
  const child = spawn("git log --oneline -n 20 " + branch, { shell: true, cwd: "/srv/repo" });  // LABEL: CWE-78
  let out = "";
  for await (const chunk of child.stdout) out += chunk;
  ctx.body = out;
});

app.listen(3002);
