const Koa = require("koa");
const bodyParser = require("koa-bodyparser");

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { name } = ctx.request.body;
  ctx.type = "html";
  ctx.body = "<p>Thanks, " + name + ", we got your message.</p>";  // LABEL: CWE-79
});

app.listen(3004);
