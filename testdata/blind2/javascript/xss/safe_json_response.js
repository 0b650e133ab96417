const Koa = require("koa");
const bodyParser = require("koa-bodyparser");

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { name } = ctx.request.body;
  ctx.type = "application/json";
  ctx.body = { message: "Thanks, " + name + ", we got your message." };
});

app.listen(3004);
