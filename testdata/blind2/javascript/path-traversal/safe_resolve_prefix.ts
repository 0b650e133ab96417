import Koa from "koa";
import Router from "@koa/router";
import path from "path";
import { promises as fsp } from "fs";

const app = new Koa();
const router = new Router();
const ROOT = path.resolve("/var/app/avatars");

router.delete("/avatars/:file", async (ctx) => {
  const target = path.resolve(ROOT, ctx.params.file);
  if (!target.startsWith(ROOT + path.sep)) {
    ctx.throw(400, "bad name");
  }
  await fsp.unlink(target);
  ctx.status = 204;
});

app.use(router.routes());
