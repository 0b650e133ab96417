import Koa from "koa";
import bodyParser from "koa-bodyparser";
import Handlebars from "handlebars";

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  const { footer } = ctx.request.body as { footer: string };
  const tpl = Handlebars.compile("<footer>" + footer + "</footer>");  // LABEL: CWE-1336
  ctx.body = tpl({ year: new Date().getFullYear() });
});

app.listen(3006);
