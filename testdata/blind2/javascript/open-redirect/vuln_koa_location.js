const Koa = require("koa");

const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === "/out") {
    ctx.status = 302;
    ctx.set("Location", ctx.query.to);  // LABEL: CWE-601
    return;
  }
  ctx.body = "ok";
});

app.listen(3005);
