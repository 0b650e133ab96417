import Koa from "koa";
import Router from "@koa/router";
import { promises as fsp } from "fs";

const app = new Koa();
const router = new Router();

router.delete("/avatars/:file", async (ctx) => {
  const target = "/var/app/avatars/" + ctx.params.file;
  await fsp.unlink(target);  // LABEL: CWE-22
  ctx.status = 204;
});

app.use(router.routes());
app.listen(3003);
